/**
 * The invoices read so far, by customer and InvoiceNo: how readInvoices finds a duplicate number
 * and readPayments the invoice a payment quotes. Private to the ledger.
 *
 * Numbers repeat across customers (each keeps its own sequence), so the key is the pair. A map per
 * customer, rather than one map keyed by a `customer + no` string built per row, keeps lookups on
 * the cell's own strings (their hash is computed once and cached): building and hashing a fresh
 * key string for each of a million rows was half of buildLedger's time.
 */
import type { Invoice } from "../../model";

export class InvoicesByNo {
  private readonly byCustomer = new Map<string, Map<string, Invoice>>();

  get(customerId: string, invoiceNo: string): Invoice | undefined {
    return this.byCustomer.get(customerId)?.get(invoiceNo);
  }

  has(customerId: string, invoiceNo: string): boolean {
    return this.get(customerId, invoiceNo) !== undefined;
  }

  /** Files (or refiles) an invoice under its customer and number. */
  set(invoice: Invoice): void {
    let numbers = this.byCustomer.get(invoice.customerId);
    if (numbers === undefined) this.byCustomer.set(invoice.customerId, (numbers = new Map()));
    numbers.set(invoice.invoiceNo, invoice);
  }
}
