import type { Minor } from "../model";
import type { Activity } from "./_lib/activity";
import type { ActivityLine, BalanceForwardTotals } from "./types";

const KIND_ORDER = { invoice: 0, "credit-note": 1, payment: 2 } as const;

/** A line while it is built: the running balance is filled in after sorting. */
type DraftLine = { -readonly [K in keyof ActivityLine]: ActivityLine[K] };

/**
 * Balance-forward body: every invoice, credit note and payment of the period in date order
 * (invoices before payments on the same day), with a running balance from `opening`, and the
 * totals: closing = opening + invoiced − paid − credits.
 */
export function activityLines(activity: Activity | undefined, opening: Minor): { lines: ActivityLine[]; totals: BalanceForwardTotals } {
  // Each line is made once in its final shape and key order (no spread copies): a run has many.
  const lines: DraftLine[] = [];
  for (const invoice of activity?.invoices ?? []) {
    const minor = invoice.amount.minor;
    const kind = minor < 0 ? "credit-note" : "invoice";
    const charges = minor < 0 ? 0 : minor;
    const credits = minor < 0 ? -minor : 0;
    const { invoiceDate: date, invoiceNo: reference, dueDate, description } = invoice;
    lines.push(description
      ? { kind, date, reference, dueDate, description, charges, credits, balance: 0 }
      : { kind, date, reference, dueDate, charges, credits, balance: 0 });
  }
  for (const payment of activity?.payments ?? []) {
    const reference = payment.reference ?? payment.invoiceNo ?? "";
    const credits = payment.amount.minor;
    lines.push(payment.method
      ? { kind: "payment", date: payment.date, reference, description: payment.method, charges: 0, credits, balance: 0 }
      : { kind: "payment", date: payment.date, reference, charges: 0, credits, balance: 0 });
  }
  lines.sort((a, b) => a.date - b.date || KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || (a.reference < b.reference ? -1 : a.reference > b.reference ? 1 : 0));

  let balance = opening;
  let invoiced = 0;
  let paid = 0;
  let credits = 0;
  for (const line of lines) {
    balance += line.charges - line.credits;
    line.balance = balance;
    if (line.kind === "invoice") invoiced += line.charges;
    else if (line.kind === "credit-note") credits += line.credits;
    else paid += line.credits;
  }
  return { lines, totals: { opening, invoiced, paid, credits, closing: opening + invoiced - paid - credits } };
}
