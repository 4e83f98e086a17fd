/**
 * What buildLedger reads: the clerk's blocks with the column chosen for each canonical field.
 */
import type { Language } from "../model";
import type { SourceBlock } from "../source";
import type { CustomerField, InvoiceField, PaymentField } from "./fields";

/** A block plus its column per field: a 0-based index into `block.headers`. Unmapped = absent. */
export interface MappedTable<F extends string> {
  readonly block: SourceBlock;
  readonly columns: Partial<Record<F, number>>;
}

export interface LedgerInput {
  /** Without it (a one-sheet ledger), customers come from the invoice rows. */
  readonly customers?: MappedTable<CustomerField>;
  readonly invoices: MappedTable<InvoiceField>;
  /** Further invoice lists of the same layout (a sheet per customer or per month), read after it. */
  readonly moreInvoices?: readonly MappedTable<InvoiceField>[];
  /** Without it, payments come from the invoices' Paid column (undated). */
  readonly payments?: MappedTable<PaymentField>;
}

export interface LedgerOptions {
  /**
   * Currency of rows and customers without one (`ledger.defaultCurrency`). Without it: the
   * currency markers most used in the amounts, else CNY when the headers are Chinese, else USD.
   */
  readonly defaultCurrency?: string;
  /** Terms of customers without TermsDays; DueDate = InvoiceDate + terms when missing. Default 30. */
  readonly defaultTermsDays?: number;
  /**
   * Language of customers without a Language column and without Chinese characters in their
   * name (`ledger.defaultLanguage`). Without it: the language of the headers.
   */
  readonly defaultLanguage?: Language;
  /**
   * Day/month order for text-date columns whose values do not decide it (`3/4/2026`): a column
   * with `13/1/2026` or `1/13/2026` decides for itself. Without it ambiguous dates are refused.
   */
  readonly dateOrder?: "mdy" | "dmy";
}
