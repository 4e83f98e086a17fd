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

/** The invoice the rows under it may be nested in, kept in fields (no object per invoice: the reader's hot loop). */
export class NestedPayments {
  /** The last row of the nest so far (index in the table): the invoice's, then each of its payments'. */
  private row = -2;
  private customerAt = -1;
  /** The invoice's number and ledger position, for the payment nested under it. */
  invoiceNo = "";
  position = -1;
  /** How many payments were nested, and the first one's row: said once per table. */
  count = 0;
  first = -1;

  /** The reader kept an invoice from this row: payments indented under it are its. */
  invoice(row: number, customerAt: number, invoiceNo: string, position: number): void {
    this.row = row;
    this.customerAt = customerAt;
    this.invoiceNo = invoiceNo;
    this.position = position;
  }

  /**
   * True when a payment row without a number is nested under the invoice kept last (then
   * `invoiceNo` and `position` are that invoice's).
   * @param typeCell the row's Type cell as the sheet holds it (untrimmed: the indent is the signal)
   * @example nest.invoice(6, 2, "3077", 4); nest.under(7, "    Payment", 2) //=> true (nest.invoiceNo "3077")
   */
  under(row: number, typeCell: unknown, customerAt: number): boolean {
    if (this.row !== row - 1 || this.customerAt !== customerAt) return false;
    if (typeof typeCell !== "string" || !INDENTED.test(typeCell)) return false;
    this.row = row;
    if (this.count++ === 0) this.first = row;
    return true;
  }
}
