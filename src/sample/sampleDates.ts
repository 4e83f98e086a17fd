/**
 * The shipped sample ledger's dates (assets/sample-ledger.xlsx): it is generated as of the last
 * day of October 2026, so the demo states October and dates its reminders that day.
 */
export const SAMPLE_AS_OF = "2026-10-31";
export const SAMPLE_MONTH = "2026-10";
