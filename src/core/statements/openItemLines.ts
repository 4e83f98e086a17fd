import type { AccountDunning } from "../dunning/accountDunning";
import type { Customer, DayNumber } from "../model";
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
  // Each line is made in its final key order without spread copies (a month-end run makes many).
  const lines: OpenItemLine[] = [];
  for (const { status, daysOverdue, stage } of dunning.invoices) {
    const { invoice, open } = status;
    const { invoiceNo, invoiceDate, dueDate, description, disputed } = invoice;
    const amount = invoice.amount.minor;
    const ageDays = asOf - invoiceDate;
    const line: DraftLine = description
      ? { kind: "open-item", invoiceNo, invoiceDate, dueDate, description, amount, open, daysOverdue, ageDays, stage, disputed }
      : { kind: "open-item", invoiceNo, invoiceDate, dueDate, amount, open, daysOverdue, ageDays, stage, disputed };
    const discount = discountOffer(customer, invoiceNo, invoiceDate, open, currency, asOf);
    if (discount) line.discount = discount;
    lines.push(line);
  }
  return lines;
}
