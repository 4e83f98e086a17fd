/**
 * The canonical fields of the three input tables (DESIGN §2), as the schema matcher sees them:
 * the ledger's own field lists (src/core/ledger/fields.ts), so a mapping produced here feeds
 * `buildLedger` unchanged.
 */
import {
  CUSTOMER_FIELDS,
  INVOICE_FIELDS,
  PAYMENT_FIELDS,
  requiredFields,
  standIns,
  standInCounts,
  type CustomerField,
  type InvoiceField,
  type PaymentField,
} from "../../core/ledger";

export type TableKind = "customers" | "invoices" | "payments";

export const TABLE_KINDS: readonly TableKind[] = ["customers", "invoices", "payments"];

export const CUSTOMER_FIELD_NAMES: readonly CustomerField[] = CUSTOMER_FIELDS.map((f) => f.name);
export const INVOICE_FIELD_NAMES: readonly InvoiceField[] = INVOICE_FIELDS.map((f) => f.name);
export const PAYMENT_FIELD_NAMES: readonly PaymentField[] = PAYMENT_FIELDS.map((f) => f.name);

export type CustomerFieldName = CustomerField;
export type InvoiceFieldName = InvoiceField;
export type PaymentFieldName = PaymentField;

/** Field name per table kind. */
export interface FieldOf {
  customers: CustomerFieldName;
  invoices: InvoiceFieldName;
  payments: PaymentFieldName;
}

export const FIELDS_OF: { readonly [K in TableKind]: readonly FieldOf[K][] } = {
  customers: CUSTOMER_FIELD_NAMES,
  invoices: INVOICE_FIELD_NAMES,
  payments: PAYMENT_FIELD_NAMES,
};

/** Required fields per table (bold in DESIGN §2). */
export const REQUIRED_FIELDS: { readonly [K in TableKind]: readonly FieldOf[K][] } = {
  customers: requiredFields<CustomerField>(CUSTOMER_FIELDS),
  invoices: requiredFields<InvoiceField>(INVOICE_FIELDS),
  payments: requiredFields<PaymentField>(PAYMENT_FIELDS),
};

/** A field that stands in for a required one (CustomerName for CustomerID on invoices, …). */
export const STAND_INS: { readonly [K in TableKind]: Partial<Record<FieldOf[K], FieldOf[K]>> } = {
  customers: standIns<CustomerField>(CUSTOMER_FIELDS),
  invoices: standIns<InvoiceField>(INVOICE_FIELDS),
  payments: standIns<PaymentField>(PAYMENT_FIELDS),
};

/** How much a stand-in counts toward a header's score, where less than its own quality (InvoiceDate ← DueDate). */
export const STAND_IN_COUNTS: { readonly [K in TableKind]: Partial<Record<FieldOf[K], number>> } = {
  customers: standInCounts<CustomerField>(CUSTOMER_FIELDS),
  invoices: standInCounts<InvoiceField>(INVOICE_FIELDS),
  payments: standInCounts<PaymentField>(PAYMENT_FIELDS),
};

/** Required tables: Customers is optional (a one-sheet ledger derives them), Payments too. */
export const REQUIRED_TABLES: readonly TableKind[] = ["invoices"];
