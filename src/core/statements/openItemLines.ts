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

/** Open-item lines (oldest first, as the account lists them) with stage, age and any discount offer. */
export function openItemLines(customer: Customer, currency: string, dunning: AccountDunning, asOf: DayNumber): OpenItemLine[] {
  return dunning.invoices.map(({ status, daysOverdue, stage }): OpenItemLine => {
    const { invoice, open } = status;
    const discount = discountOffer(customer, invoice.invoiceNo, invoice.invoiceDate, open, currency, asOf);
    return {
      kind: "open-item",
      invoiceNo: invoice.invoiceNo,
      invoiceDate: invoice.invoiceDate,
      dueDate: invoice.dueDate,
      ...(invoice.description ? { description: invoice.description } : {}),
      amount: invoice.amount.minor,
      open,
      daysOverdue,
      ageDays: asOf - invoice.invoiceDate,
      stage,
      disputed: invoice.disputed,
      ...(discount ? { discount } : {}),
    };
  });
}
