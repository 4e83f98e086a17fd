/**
 * How many invoices and payments a ledger holds, without making them: a ledger buildLedger made
 * is counted from its recorded columns (ledger.invoices would make every Invoice object only to
 * count them: `ar-desk check` prints these counts for a million-row ledger too).
 */
import type { Ledger } from "../model";
import { recordedColumns } from "./recordedColumns";

/** @example ledgerCounts(ledger) //=> { invoices: 1200, payments: 340 } */
export function ledgerCounts(ledger: Ledger): { readonly invoices: number; readonly payments: number } {
  const record = recordedColumns(ledger);
  if (record !== undefined) return { invoices: record.invoiceCount, payments: record.paymentCount };
  return { invoices: ledger.invoices.length, payments: ledger.payments.length };
}
