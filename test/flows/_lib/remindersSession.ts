/** A ledger session built in code for the reminders job tests (no workbook involved). */
import { DEFAULT_POLICY, type DunningLogEntry, type DunningPolicy } from "../../../src/core/dunning";
import type { Ledger } from "../../../src/core/model";
import { DEFAULT_SETTINGS, type Settings } from "../../../src/core/settings";
import type { LedgerSession } from "../../../src/flows/session";

/** Fees 5 / 10 / 20 / 30 for Reminder 1 … Collections, 8 % a year; Reminder 2 asks for a call (the default). */
export const FEES: Readonly<Record<string, string>> = { "Reminder 1": "5", "Reminder 2": "10", "Final notice": "20", Collections: "30" };
export const POLICY: DunningPolicy = {
  ...DEFAULT_POLICY,
  annualRate: "0.08",
  stages: DEFAULT_POLICY.stages.map((s) => ({ ...s, fee: FEES[s.name] ?? "0" })),
};

export const SETTINGS: Settings = {
  ...DEFAULT_SETTINGS,
  company: { ...DEFAULT_SETTINGS.company, name: "Desk Supplies Ltd", email: "ar@desk.example", phone: "+1 555 0100" },
  payment: { bank: "Bank of Examples, IBAN XX00 1234" },
  dunning: POLICY,
};

export function sessionOf(ledger: Ledger, log: readonly DunningLogEntry[] = [], settings: Settings = SETTINGS): LedgerSession {
  return { settings, settingsFound: true, detection: {} as LedgerSession["detection"], ledger, issues: [], log };
}
