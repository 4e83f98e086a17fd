/**
 * The first customers of every generated ledger, written by hand so that each situation a
 * clerk meets is present whatever the seed: every dunning stage and aging bucket, a partial
 * payment, remittances without invoice numbers, a credit note, unapplied credit, a dispute,
 * no credit limit and limits exceeded. `d` is days overdue at asOf (negative: not yet due).
 */
export interface ShowcaseOpenItem {
  readonly d: number;
  readonly fate?: "open" | "partial";
  readonly disputed?: boolean;
}

export interface ShowcaseCustomer {
  readonly language: "en" | "zh";
  readonly termsDays: number;
  readonly discountTerms?: string;
  readonly limit: "none" | "over" | "normal";
  /** Pays its older invoices by remittance without invoice numbers. */
  readonly remittance?: boolean;
  /** One of those remittances is partly a credit note. */
  readonly creditNote?: boolean;
  /** Pays more than it owes: unapplied credit. */
  readonly overpays?: boolean;
  /** Uses the second non-CNY currency when there is one (e.g. EUR, JPY). */
  readonly otherCurrency?: boolean;
  readonly open: readonly ShowcaseOpenItem[];
}

export const SHOWCASE: readonly ShowcaseCustomer[] = [
  // Upcoming (due in 2 days) and Current; early-payment discount.
  { language: "en", termsDays: 30, discountTerms: "2/10", limit: "normal", open: [{ d: -2 }, { d: -20 }] },
  // Reminder 1, partly paid; history paid by remittance with a credit note.
  { language: "zh", termsDays: 30, limit: "normal", remittance: true, creditNote: true, open: [{ d: 7, fate: "partial" }] },
  // Reminder 2; no credit limit.
  { language: "en", termsDays: 45, limit: "none", open: [{ d: 20 }] },
  // Final notice (31-60) and Reminder 1; over its limit.
  { language: "zh", termsDays: 60, limit: "over", open: [{ d: 45 }, { d: 3 }] },
  // Collections in 61-90 and 90+ (partly paid); a disputed invoice; over its limit.
  { language: "en", termsDays: 30, limit: "over", open: [{ d: 75 }, { d: 120, fate: "partial" }, { d: 50, disputed: true }] },
  // Everything paid, plus a payment on account: unapplied credit.
  { language: "en", termsDays: 30, limit: "normal", overpays: true, open: [] },
  // Due today (Upcoming) and Reminder 1 partly paid; 1/15 discount terms.
  { language: "zh", termsDays: 45, discountTerms: "1/15", limit: "normal", open: [{ d: 0 }, { d: 10, fate: "partial" }] },
  // A third currency when one is configured; due tomorrow.
  { language: "en", termsDays: 60, limit: "normal", otherCurrency: true, open: [{ d: -1 }] },
];
