/**
 * Every amount a total of the ledger can be drawn from: invoice amounts and paid amounts,
 * payments, credit limits. Read from the recorded columns when buildLedger made the ledger, so
 * the exact-totals guard makes no Invoice or Payment object.
 */
import type { Ledger, Money } from "../model";
import { recordedColumns } from "./recordedColumns";

/** @example [...ledgerAmounts(ledger)].length //=> 2 × invoices + payments + credit limits */
export function* ledgerAmounts(ledger: Ledger): Iterable<Money> {
  const record = recordedColumns(ledger);
  if (record === undefined) {
    for (const i of ledger.invoices) {
      yield i.amount;
      yield i.paid;
    }
    for (const p of ledger.payments) yield p.amount;
  } else {
    const { currencies, invoiceCurrency, invoiceMinor, invoicePaid, paymentCurrency, paymentMinor } = record;
    for (let i = 0; i < record.invoiceCount; i++) {
      const currency = currencies[invoiceCurrency[i]];
      yield { currency, minor: invoiceMinor[i] };
      yield { currency, minor: invoicePaid[i] };
    }
    for (let p = 0; p < record.paymentCount; p++) yield { currency: currencies[paymentCurrency[p]], minor: paymentMinor[p] };
  }
  for (const c of ledger.customers) if (c.creditLimit) yield c.creditLimit;
}
