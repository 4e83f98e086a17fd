/**
 * Private: the fields a balance-forward statement shows of an invoice or a payment, by its
 * position in the ledger: read from the columns buildLedger recorded when it kept them (no
 * Invoice or Payment object is made for a line), else from the ledger's objects. The values are
 * the objects' own: invoiceAt(i).invoiceNo === invoiceNo(i), and so on.
 */
import { recordedColumns } from "../../ledger/recordedColumns";
import type { Ledger, Minor } from "../../model";

export interface ItemFields {
  invoiceDate(i: number): number;
  dueDate(i: number): number;
  invoiceNo(i: number): string;
  description(i: number): string | undefined;
  /** Amount in minor units (never −0, as Money has it). */
  invoiceMinor(i: number): Minor;
  paymentDate(p: number): number;
  paymentMinor(p: number): Minor;
  /** The payment's Reference, else the InvoiceNo it quotes, else undefined. */
  paymentReference(p: number): string | undefined;
  paymentMethod(p: number): string | undefined;
}

/** The fields of the ledger's items. @example itemFields(ledger).invoiceNo(0) //=> ledger.invoices[0].invoiceNo */
export function itemFields(ledger: Ledger): ItemFields {
  const record = recordedColumns(ledger);
  if (record !== undefined) {
    // `+ 0`: a recorded −0 is the 0 Money makes of it.
    return {
      invoiceDate: (i) => record.invoiceDay[i],
      dueDate: (i) => record.invoiceDue[i],
      invoiceNo: (i) => record.invoiceNumbers[i],
      description: (i) => record.descriptions[i],
      invoiceMinor: (i) => record.invoiceMinor[i] + 0,
      paymentDate: (p) => record.paymentDay[p],
      paymentMinor: (p) => record.paymentMinor[p] + 0,
      paymentReference: (p) => record.references[p] ?? record.paymentNumbers[p],
      paymentMethod: (p) => record.methods[p],
    };
  }
  const { invoices, payments } = ledger;
  return {
    invoiceDate: (i) => invoices[i].invoiceDate,
    dueDate: (i) => invoices[i].dueDate,
    invoiceNo: (i) => invoices[i].invoiceNo,
    description: (i) => invoices[i].description,
    invoiceMinor: (i) => invoices[i].amount.minor,
    paymentDate: (p) => payments[p].date,
    paymentMinor: (p) => payments[p].amount.minor,
    paymentReference: (p) => payments[p].reference ?? payments[p].invoiceNo,
    paymentMethod: (p) => payments[p].method,
  };
}
