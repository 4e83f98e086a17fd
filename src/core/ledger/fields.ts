/**
 * The canonical columns of the three input tables (DESIGN §2). Header detection maps the clerk's
 * headers onto these names; buildLedger reads rows through that mapping.
 */

/** One canonical column; `required` columns are bold in DESIGN §2. */
export interface FieldSpec<F extends string = string> {
  readonly name: F;
  readonly required: boolean;
  /** Another field that stands in for this required one (a name-keyed list has no CustomerID). */
  readonly or?: F;
  /**
   * How much the stand-in counts toward a header row's score (default 1): a due date makes a
   * weaker invoice list than an invoice date, so a header that has its `Date` never loses to one
   * that lost it (a group title row read as a second header row).
   */
  readonly orCounts?: number;
}

export const CUSTOMER_FIELDS = [
  { name: "CustomerID", required: true, or: "Name" },
  { name: "Name", required: true, or: "CustomerID" },
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
  { name: "CustomerID", required: true, or: "CustomerName" },
  // An aging list by due date (Oracle's Aging by Account) prints no invoice date: the due date stands in (readInvoices dates it back).
  { name: "InvoiceDate", required: true, or: "DueDate", orCounts: 0.5 },
  { name: "DueDate", required: false },
  { name: "Amount", required: true, or: "OpenBalance" },
  { name: "Paid", required: false },
  { name: "Currency", required: false },
  { name: "Disputed", required: false },
  { name: "Description", required: false },
  // Real ledgers (DESIGN §2 "Ledgers as clerks keep them"): customer columns on invoice rows, the
  // source system's open balance, a paid date, a transaction type, terms.
  { name: "CustomerName", required: false },
  { name: "OpenBalance", required: false },
  { name: "PaidDate", required: false },
  { name: "Type", required: false },
  /** Paid / Unpaid status (a sheet without amounts paid): Paid settles the invoice in full. */
  { name: "Status", required: false },
  /** Credit notes applied to the row (Xero's Credited): reduces its open amount like Paid. */
  { name: "Credited", required: false },
  /** 贷方 / Credit of a debit/credit ledger (明细账): a receipt or credit of the row's customer. */
  { name: "Credit", required: false },
  /**
   * 两清标志 / 核销标志 (用友 U8 客户往来两清, Kingdee 核销): the source system settled the rows so marked
   * against each other. A marked invoice is paid in full, a marked receipt applied (see clearedMarks.ts).
   */
  { name: "Cleared", required: false },
  /** The running Balance / 余额 beside Debit/Credit: checked against debit − credit, never read as money. */
  { name: "RunningBalance", required: false },
  { name: "Terms", required: false },
  { name: "Email", required: false },
  { name: "CreditLimit", required: false },
  { name: "Language", required: false },
  /**
   * The clerk's own remark (备注, Remarks): never printed for the customer (it is internal), read
   * only for a whole-cell status such as 作废 (void), 已结清 or 坏账.
   */
  { name: "Note", required: false },
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

/**
 * The field that may stand in for a required one, per field.
 *
 * @example
 * standIns(INVOICE_FIELDS).CustomerID //=> "CustomerName"
 */
export function standIns<F extends string>(fields: readonly FieldSpec<F>[]): Partial<Record<F, F>> {
  const out: Partial<Record<F, F>> = {};
  for (const field of fields) if (field.or !== undefined) out[field.name] = field.or;
  return out;
}

/**
 * How much each stand-in counts toward a header's score, per field whose stand-in counts less than 1.
 *
 * @example standInCounts(INVOICE_FIELDS).InvoiceDate //=> 0.5
 */
export function standInCounts<F extends string>(fields: readonly FieldSpec<F>[]): Partial<Record<F, number>> {
  const out: Partial<Record<F, number>> = {};
  for (const field of fields) if (field.or !== undefined && field.orCounts !== undefined) out[field.name] = field.orCounts;
  return out;
}
