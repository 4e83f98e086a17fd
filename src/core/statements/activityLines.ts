import type { DayNumber, Minor } from "../model";
import type { Activity } from "./_lib/activity";
import type { ActivityLine, BalanceForwardTotals } from "./types";

const KIND_ORDER = { invoice: 0, "credit-note": 1, payment: 2 } as const;

/** A line while it is built: the running balance is filled in after sorting. */
type DraftLine = { -readonly [K in keyof ActivityLine]: ActivityLine[K] };

/** Date order, invoices before credit notes before payments on a day, then by reference. */
function inDocumentOrder(a: ActivityLine, b: ActivityLine): number {
  return a.date - b.date || KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || (a.reference < b.reference ? -1 : a.reference > b.reference ? 1 : 0);
}

/**
 * Balance-forward body: every invoice, credit note and payment of the period in date order
 * (invoices before payments on the same day), with a running balance from `opening`, and the
 * totals: closing = opening + invoiced − paid − credits.
 */
export function activityLines(activity: Activity | undefined, opening: Minor): { lines: ActivityLine[]; totals: BalanceForwardTotals } {
  // Each line is made once in its final shape and key order (no spread copies): a run has many.
  // The fields are read by ledger position (from the recorded columns when there are): no
  // Invoice or Payment object is made for a line.
  // Sized once (no backing store grown, and left with spare room, on each statement's push).
  const count = activity === undefined ? 0 : activity.invoiceEnd - activity.invoiceStart + activity.paymentEnd - activity.paymentStart;
  const lines: DraftLine[] = new Array<DraftLine>(count);
  let n = 0;
  if (activity !== undefined) {
    const { fields, invoiceRows, paymentRows } = activity;
    for (let k = activity.invoiceStart; k < activity.invoiceEnd; k++) {
      const i = invoiceRows[k];
      const minor = fields.invoiceMinor(i);
      const kind = minor < 0 ? "credit-note" : "invoice";
      const charges = minor < 0 ? 0 : minor;
      const credits = minor < 0 ? -minor : 0;
      const date = fields.invoiceDate(i) as DayNumber;
      const reference = fields.invoiceNo(i);
      const dueDate = fields.dueDate(i) as DayNumber;
      const description = fields.description(i);
      lines[n++] = description
        ? { kind, date, reference, dueDate, description, charges, credits, balance: 0 }
        : { kind, date, reference, dueDate, charges, credits, balance: 0 };
    }
    for (let k = activity.paymentStart; k < activity.paymentEnd; k++) {
      const p = paymentRows[k];
      const reference = fields.paymentReference(p) ?? "";
      const credits = fields.paymentMinor(p);
      const date = fields.paymentDate(p) as DayNumber;
      const method = fields.paymentMethod(p);
      lines[n++] = method
        ? { kind: "payment", date, reference, description: method, charges: 0, credits, balance: 0 }
        : { kind: "payment", date, reference, charges: 0, credits, balance: 0 };
    }
  }
  // A ledger in date order gives its lines in order: the (stable) sort only when one is out of place.
  for (let k = 1; k < count; k++) {
    if (inDocumentOrder(lines[k - 1], lines[k]) > 0) {
      lines.sort(inDocumentOrder);
      break;
    }
  }

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
