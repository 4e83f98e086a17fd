import type { OpenRows } from "../allocation/allocate";
import type { AccountDunning } from "../dunning/accountDunning";
import { cappedRank, dunningCap } from "../dunning/accountDunning";
import type { DunningHistory } from "../dunning/log";
import type { DunningPolicy } from "../dunning/policy";
import { minimumMinor, stageAtRank } from "../dunning/stage";
import type { RecordedColumns } from "../ledger/recordedColumns";
import type { Customer, DayNumber, Minor } from "../model";
import { applyRate } from "../money/decimal";
import type { DiscountOffer, OpenItemLine } from "./types";

/**
 * The early-payment discount still available on an open invoice as of a day (customer terms such
 * as 2/10: 2 % if paid within 10 days of the invoice date), on the open balance.
 */
export function discountOffer(customer: Customer, invoiceNo: string, invoiceDate: DayNumber, open: number, currency: string, asOf: DayNumber): DiscountOffer | undefined {
  const terms = customer.discountTerms;
  if (!terms || open <= 0) return undefined;
  const lastDay = (invoiceDate + terms.days) as DayNumber;
  if (asOf > lastDay) return undefined;
  const discount = applyRate(open, terms.percent, currency, 1, 100);
  if (discount <= 0) return undefined;
  return { invoiceNo, lastDay, percent: terms.percent, discount, payAmount: open - discount };
}

/** A line while it is built: a discount offer is added last, where the spread used to put it. */
type DraftLine = { -readonly [K in keyof OpenItemLine]: OpenItemLine[K] };

/** Open-item lines (oldest first, as the account lists them) with stage, age and any discount offer. */
export function openItemLines(customer: Customer, currency: string, dunning: AccountDunning, asOf: DayNumber): OpenItemLine[] {
  const lines: OpenItemLine[] = [];
  for (const { status, daysOverdue, stage } of dunning.invoices) {
    const { invoice, open } = status;
    const { invoiceNo, invoiceDate, dueDate, description, disputed } = invoice;
    lines.push(openItemLine(customer, currency, asOf, invoiceNo, invoiceDate, dueDate, description, invoice.amount.minor, disputed, open, daysOverdue, stage));
  }
  return lines;
}

/**
 * The open-item lines and the account's dunning stage of a read-once account's open items, by
 * ledger position (allocation's openRowsOf): each invoice's fields read from the recorded columns,
 * no Invoice, InvoiceStatus or InvoiceDunning object per item. The same lines and stage as
 * {@link openItemLines} over accountDunning (a property test pins it).
 */
export function openItemLinesAt(
  record: RecordedColumns,
  rows: OpenRows,
  customer: Customer,
  currency: string,
  asOf: DayNumber,
  policy: DunningPolicy,
  history: DunningHistory,
): { lines: OpenItemLine[]; stage: string } {
  const { positions, open } = rows;
  const { invoiceNumbers, invoiceDay, invoiceDue, descriptions, invoiceMinor, invoiceDisputed } = record;
  const cap = dunningCap(policy, history, customer.id, () => positions.map((i) => invoiceNumbers[i]));
  const minimum = minimumMinor(policy, currency);
  // Sized once: the lines are kept to the end of the run (no spare room grown by pushes).
  const lines = new Array<OpenItemLine>(positions.length);
  let best = 0;
  for (let k = 0; k < positions.length; k++) {
    const i = positions[k];
    const invoiceNo = invoiceNumbers[i];
    const invoiceDate = invoiceDay[i] as DayNumber;
    const dueDate = invoiceDue[i] as DayNumber;
    const disputed = invoiceDisputed[i] === 1;
    const daysOverdue = asOf - dueDate;
    const rank = cappedRank(daysOverdue, open[k], minimum, disputed, policy, cap);
    if (rank > best) best = rank;
    // `+ 0`: a recorded −0 is the 0 Money makes of it.
    lines[k] = openItemLine(customer, currency, asOf, invoiceNo, invoiceDate, dueDate, descriptions[i], invoiceMinor[i] + 0, disputed, open[k], daysOverdue, stageAtRank(rank, policy));
  }
  return { lines, stage: stageAtRank(best, policy) };
}

/**
 * One line, made in its final key order without spread copies (a month-end run makes many); the
 * invoice's fields come one by one, so neither path makes an object per item to pass them.
 */
function openItemLine(
  customer: Customer,
  currency: string,
  asOf: DayNumber,
  invoiceNo: string,
  invoiceDate: DayNumber,
  dueDate: DayNumber,
  description: string | undefined,
  amount: Minor,
  disputed: boolean,
  open: Minor,
  daysOverdue: number,
  stage: string,
): OpenItemLine {
  const ageDays = asOf - invoiceDate;
  const line: DraftLine = description
    ? { kind: "open-item", invoiceNo, invoiceDate, dueDate, description, amount, open, daysOverdue, ageDays, stage, disputed }
    : { kind: "open-item", invoiceNo, invoiceDate, dueDate, amount, open, daysOverdue, ageDays, stage, disputed };
  const discount = discountOffer(customer, invoiceNo, invoiceDate, open, currency, asOf);
  if (discount) line.discount = discount;
  return line;
}
