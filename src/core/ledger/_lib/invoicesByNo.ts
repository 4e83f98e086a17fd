/**
 * The invoices read so far, by customer and InvoiceNo: how readInvoices finds a duplicate number
 * and readPayments the invoice a payment quotes. Private to the ledger.
 *
 * Numbers repeat across customers (each keeps its own sequence), so the key is the pair. Yet most
 * numbers belong to one customer only, so the first invoice of each number is kept in a map keyed
 * by the number alone, and only an invoice whose number another customer already uses goes to a
 * second map, by customer then number. Lookups then hash the cell's own string (its hash is
 * computed once and cached) in one map: building and hashing a `customer + number` string per row
 * was half of buildLedger's time on a million rows, and a map per customer cost as much.
 */
import type { Invoice } from "../../model";

export class InvoicesByNo {
  /** The first customer's invoice of each number. */
  private readonly first = new Map<string, Invoice>();
  /** Invoices of the other customers using a number, by customer then number. */
  private readonly others = new Map<string, Map<string, Invoice>>();

  get(customerId: string, invoiceNo: string): Invoice | undefined {
    const first = this.first.get(invoiceNo);
    if (first === undefined) return undefined;
    if (first.customerId === customerId) return first;
    return this.others.size === 0 ? undefined : this.others.get(customerId)?.get(invoiceNo);
  }

  has(customerId: string, invoiceNo: string): boolean {
    return this.get(customerId, invoiceNo) !== undefined;
  }

  /** Files (or refiles) an invoice under its customer and number. */
  set(invoice: Invoice): void {
    const first = this.first.get(invoice.invoiceNo);
    if (first === undefined || first.customerId === invoice.customerId) {
      this.first.set(invoice.invoiceNo, invoice);
      return;
    }
    let numbers = this.others.get(invoice.customerId);
    if (numbers === undefined) this.others.set(invoice.customerId, (numbers = new Map()));
    numbers.set(invoice.invoiceNo, invoice);
  }
}
