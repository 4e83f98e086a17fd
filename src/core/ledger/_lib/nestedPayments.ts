/**
 * A payment printed indented under the invoice it settles (QuickBooks Desktop's "Invoices and
 * Received Payments": each invoice row, then its payments, their Type indented and no number of
 * their own). The nesting is the source system's application: the payment settles that invoice,
 * not the customer's oldest. A payment that is not indented, or not right under its invoice
 * (or under that invoice's other payments), stays unapplied money of its customer (DESIGN §2).
 * Private to the ledger.
 */

/** The Type cell starts with spaces: the report's own indent (full-width and no-break spaces too). */
const INDENTED = /^\s/;

/** The invoice the rows under it may be nested in, as the reader kept it. */
interface Parent {
  /** The last row of the nest so far: the invoice's, then each of its payments'. */
  row: number;
  readonly customerAt: number;
  readonly invoiceNo: string;
  readonly position: number;
}

export class NestedPayments {
  private parent: Parent | undefined;
  /** How many payments were nested, and the first one's row (index in the table): said once per table. */
  count = 0;
  first = -1;

  /** The reader kept an invoice from this row: payments indented under it are its. */
  invoice(row: number, customerAt: number, invoiceNo: string, position: number): void {
    this.parent = { row, customerAt, invoiceNo, position };
  }

  /**
   * The invoice a payment row without a number is nested under, or undefined.
   * @param typeCell the row's Type cell as the sheet holds it (untrimmed: the indent is the signal)
   * @example nest.under(7, "    Payment", 2) //=> { invoiceNo: "3077", position: 4 } after nest.invoice(6, 2, "3077", 4)
   */
  under(row: number, typeCell: unknown, customerAt: number): { readonly invoiceNo: string; readonly position: number } | undefined {
    const parent = this.parent;
    if (parent === undefined || parent.row !== row - 1 || parent.customerAt !== customerAt) return undefined;
    if (typeof typeCell !== "string" || !INDENTED.test(typeCell)) return undefined;
    parent.row = row;
    if (this.count++ === 0) this.first = row;
    return parent;
  }
}
