import type { Minor } from "../model";
import type { Activity } from "./_lib/activity";
import type { ActivityLine, BalanceForwardTotals } from "./types";

const KIND_ORDER = { invoice: 0, "credit-note": 1, payment: 2 } as const;

/**
 * Balance-forward body: every invoice, credit note and payment of the period in date order
 * (invoices before payments on the same day), with a running balance from `opening`, and the
 * totals: closing = opening + invoiced − paid − credits.
 */
export function activityLines(activity: Activity | undefined, opening: Minor): { lines: ActivityLine[]; totals: BalanceForwardTotals } {
  type Draft = Omit<ActivityLine, "balance">;
  const drafts: Draft[] = [];
  for (const invoice of activity?.invoices ?? []) {
    const minor = invoice.amount.minor;
    const common = { date: invoice.invoiceDate, reference: invoice.invoiceNo, dueDate: invoice.dueDate, ...(invoice.description ? { description: invoice.description } : {}) };
    drafts.push(minor < 0 ? { kind: "credit-note", ...common, charges: 0, credits: -minor } : { kind: "invoice", ...common, charges: minor, credits: 0 });
  }
  for (const payment of activity?.payments ?? []) {
    drafts.push({
      kind: "payment",
      date: payment.date,
      reference: payment.reference ?? payment.invoiceNo ?? "",
      ...(payment.method ? { description: payment.method } : {}),
      charges: 0,
      credits: payment.amount.minor,
    });
  }
  drafts.sort((a, b) => a.date - b.date || KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || (a.reference < b.reference ? -1 : a.reference > b.reference ? 1 : 0));

  let balance = opening;
  let invoiced = 0;
  let paid = 0;
  let credits = 0;
  const lines = drafts.map((draft): ActivityLine => {
    balance += draft.charges - draft.credits;
    if (draft.kind === "invoice") invoiced += draft.charges;
    else if (draft.kind === "credit-note") credits += draft.credits;
    else paid += draft.credits;
    return { ...draft, balance };
  });
  return { lines, totals: { opening, invoiced, paid, credits, closing: opening + invoiced - paid - credits } };
}
