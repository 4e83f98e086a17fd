/**
 * The canonical columns of the three input tables (DESIGN §2). Header detection maps the clerk's
 * headers onto these names; buildLedger reads rows through that mapping.
 */

/** One canonical column; `required` columns are bold in DESIGN §2. */
export interface FieldSpec<F extends string = string> {
  readonly name: F;
  readonly required: boolean;
}

export const CUSTOMER_FIELDS = [
  { name: "CustomerID", required: true },
  { name: "Name", required: true },
  { name: "Email", required: false },
  { name: "CreditLimit", required: false },
  { name: "TermsDays", required: false },
  { name: "DiscountTerms", required: false },
  { name: "Currency", required: false },
  { name: "Language", required: false },
  { name: "Address", required: false },
  { name: "Contact", required: false },
] as const satisfies readonly FieldSpec[];

export const INVOICE_FIELDS = [
  { name: "InvoiceNo", required: true },
  { name: "CustomerID", required: true },
  { name: "InvoiceDate", required: true },
  { name: "DueDate", required: false },
  { name: "Amount", required: true },
  { name: "Paid", required: false },
  { name: "Currency", required: false },
  { name: "Disputed", required: false },
  { name: "Description", required: false },
] as const satisfies readonly FieldSpec[];

export const PAYMENT_FIELDS = [
  { name: "Date", required: true },
  { name: "CustomerID", required: true },
  { name: "Amount", required: true },
  { name: "InvoiceNo", required: false },
  { name: "Reference", required: false },
  { name: "Method", required: false },
] as const satisfies readonly FieldSpec[];

export type CustomerField = (typeof CUSTOMER_FIELDS)[number]["name"];
export type InvoiceField = (typeof INVOICE_FIELDS)[number]["name"];
export type PaymentField = (typeof PAYMENT_FIELDS)[number]["name"];

/**
 * Names of the required fields of a table.
 *
 * @example
 * requiredFields(PAYMENT_FIELDS) //=> ["Date", "CustomerID", "Amount"]
 */
export function requiredFields<F extends string>(fields: readonly FieldSpec<F>[]): F[] {
  return fields.filter((field) => field.required).map((field) => field.name);
}
