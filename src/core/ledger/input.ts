/**
 * What buildLedger reads: the clerk's blocks with the column chosen for each canonical field.
 */
import type { Language } from "../model";
import type { SourceBlock } from "../../workbook/port";
import type { CustomerField, InvoiceField, PaymentField } from "./fields";

/** A block plus its column per field: a 0-based index into `block.headers`. Unmapped = absent. */
export interface MappedTable<F extends string> {
  readonly block: SourceBlock;
  readonly columns: Partial<Record<F, number>>;
}

export interface LedgerInput {
  readonly customers: MappedTable<CustomerField>;
  readonly invoices: MappedTable<InvoiceField>;
  /** Without it, payments come from the invoices' Paid column (undated). */
  readonly payments?: MappedTable<PaymentField>;
}

export interface LedgerOptions {
  /** Currency of customers without one. Default `USD`. */
  readonly defaultCurrency?: string;
  /** Terms of customers without TermsDays; DueDate = InvoiceDate + terms when missing. Default 30. */
  readonly defaultTermsDays?: number;
  /** Language of customers without one. Default `en`. */
  readonly defaultLanguage?: Language;
  /** Day/month order of text dates like `3/4/2026`; without it only unambiguous ones are read. */
  readonly dateOrder?: "mdy" | "dmy";
}
