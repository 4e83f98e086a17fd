/**
 * The receivables model: what the ledger builder produces from the clerk's rows and what
 * every other core module consumes. Types only; behaviour lives in the concept folders.
 *
 * Amounts are integer minor units (cents, fen, whole yen) tagged with their currency, so a
 * hot loop over a million invoices adds plain integers and never a binary fraction.
 * Dates are {@link DayNumber}s: whole days since 1970-01-01, no clock, no time zone.
 */

/** Whole days since 1970-01-01 (day 0). Branded so a serial or a millisecond count cannot pass for one. */
export type DayNumber = number & { readonly __dayNumber: unique symbol };

/** ISO 4217 code, upper case (`USD`, `CNY`, `JPY`). */
export type CurrencyCode = string;

/** Integer count of a currency's minor unit (cents for USD, fen for CNY, yen for JPY). */
export type Minor = number;

/** An amount that knows its currency. Immutable. */
export interface Money<C extends CurrencyCode = CurrencyCode> {
  readonly currency: C;
  readonly minor: Minor;
}

export type Language = "en" | "zh";

/** Where a value came from in the clerk's workbook: the address a data issue points at. */
export interface SourceRef {
  readonly sheet: string;
  /** 1-based worksheet row number, as Excel shows it. */
  readonly row: number;
}

/** error = row not read; warning = row read with a doubt; info = nothing lost (footer, note, blank rows). */
export type IssueSeverity = "error" | "warning" | "info";

/** A row or value the ledger builder skipped or doubted. Never silent. */
export interface DataIssue {
  readonly severity: IssueSeverity;
  readonly sheet: string;
  /** 1-based worksheet row; 0 when the issue is about a whole table (e.g. a missing column). */
  readonly row: number;
  /** Column header as the clerk wrote it (or the canonical field name when the column is missing). */
  readonly column?: string;
  /** 1-based worksheet column number when known, for "go to" links. */
  readonly columnIndex?: number;
  readonly value?: string;
  readonly reason: string;
  /** Stable code of the issue's kind (see src/core/ledger/issueTexts.ts for its en/zh texts). */
  readonly code?: string;
  /** Values the code's text names, e.g. `{ count: 3 }`. */
  readonly params?: Readonly<Record<string, string | number>>;
}

export interface DiscountTerms {
  /** Percent as a decimal string, e.g. "2" for 2/10. Kept as text so it stays exact. */
  readonly percent: string;
  readonly days: number;
}

export interface Customer {
  readonly id: string;
  /**
   * The id is the customer's name (the ledger has no CustomerID column): not a customer number,
   * so statements print no 客户编号 / Customer No. line and do not number by it.
   */
  readonly keyedByName?: boolean;
  readonly name: string;
  readonly email?: string;
  /** Credit limit in the customer's currency; undefined = no limit set (not applicable). */
  readonly creditLimit?: Money;
  readonly termsDays: number;
  /** Terms run from the end of the invoice's month (`月结30天`, `EOM 30`). */
  readonly termsFromMonthEnd?: boolean;
  readonly discountTerms?: DiscountTerms;
  readonly currency: CurrencyCode;
  readonly language: Language;
  readonly address?: string;
  readonly contact?: string;
  readonly source: SourceRef;
}

export interface Invoice {
  readonly invoiceNo: string;
  readonly customerId: string;
  readonly invoiceDate: DayNumber;
  readonly dueDate: DayNumber;
  /** Negative amount = credit note. */
  readonly amount: Money;
  /** From the Paid column; zero when there is a Payments table (payments come from there). */
  readonly paid: Money;
  readonly disputed: boolean;
  readonly description?: string;
  readonly source: SourceRef;
}

export interface Payment {
  readonly date: DayNumber;
  readonly customerId: string;
  readonly amount: Money;
  readonly invoiceNo?: string;
  readonly reference?: string;
  readonly method?: string;
  readonly source: SourceRef;
}

export interface Ledger {
  readonly customers: readonly Customer[];
  readonly invoices: readonly Invoice[];
  readonly payments: readonly Payment[];
  /**
   * True when payments are dated: a Payments table, payment rows, or paid dates on the invoice
   * rows. False = the Paid column (undated).
   */
  readonly hasPaymentsTable: boolean;
  /**
   * True when an open-balance column gave each row's open amount as the source system computed
   * it: a negative open item is unapplied credit, never re-allocated to other invoices.
   */
  readonly openBalancesGiven?: boolean;
  /**
   * Customers (IDs) some of whose documents came from a list without an invoice date (an aging
   * list by due date): their invoice dates were worked out from the due dates, and their
   * statements say so.
   */
  readonly invoiceDatesFromDue?: readonly string[];
  /**
   * Customers (IDs) some of whose documents came from a list with no document-number column: those
   * are numbered by their row (`第12行`, `Row 12`), and their statements say so.
   */
  readonly invoicesNumberedByRow?: readonly string[];
  /**
   * True when the invoice list's number column holds the clerk's own document numbers (凭证号
   * `记-0012`, 单据编号, Document No, Voucher, Ref), not invoice numbers: what the customer reads
   * labels them 单据号 / Document (core/ledger numberKind.ts). Absent for invoice numbers.
   */
  readonly numbersAreDocuments?: boolean;
  readonly issues: readonly DataIssue[];
  /** Rows that were not read, with their money per currency (DESIGN: never a silently smaller total). */
  readonly unread?: UnreadRows;
  /** What the ledger inferred (currency, language, date order), for `check` and the pane. */
  readonly inferred?: LedgerInference;
}

/** Rows not read because of an error. */
export interface UnreadRows {
  readonly rows: number;
  /** Of them, rows with an amount in them. */
  readonly rowsWithMoney: number;
  /** Sum of their amounts per currency (minor units). */
  readonly byCurrency: Readonly<Record<CurrencyCode, Minor>>;
  /** Rows with money whose amount could not be read at all: counted, not summed. */
  readonly unsummed: number;
  /**
   * The ledger's own totals (合计, Total …) that the rows they close do not add up to: how many, and
   * per currency what they state beyond their rows (negative: the rows hold more). Absent when every
   * total adds up. Every row was read: the figures count the rows as they stand, and a total that is
   * off means a row missing from the sheet or typed wrong.
   */
  readonly totalsOff?: { readonly count: number; readonly byCurrency: Readonly<Record<CurrencyCode, Minor>> };
  /**
   * Month sheets' 上月结转 lines that are not last month's closing balance (the sheet before is
   * read too): each with both sheets and both amounts. Absent when every carry agrees. Told apart
   * from {@link totalsOff} (no total of rows is off: two of the clerk's sheets disagree), and
   * like it the figures count the rows as they stand.
   */
  readonly carriesOff?: readonly CarryOff[];
}

/** A month sheet's carried-forward balance that differs from the previous sheet's closing balance. */
export interface CarryOff {
  /** The sheet whose 上月结转 line carries the balance (`10月`). */
  readonly sheet: string;
  /** Last month's sheet (`9月`). */
  readonly from: string;
  /** The customer's name, as the ledger reads it. */
  readonly customer: string;
  readonly currency: CurrencyCode;
  /** What the 上月结转 line states. */
  readonly carried: Minor;
  /** The closing balance of `from` for the customer (0 when it never names them). */
  readonly closing: Minor;
}

/** How an inferred value was decided. */
export type InferenceSource = "setting" | "markers" | "headers" | "default";

export interface LedgerInference {
  readonly currency: CurrencyCode;
  readonly currencySource: InferenceSource;
  readonly language: Language;
  readonly languageSource: InferenceSource;
  /**
   * Per date column ("Invoices.InvoiceDate" →) how its text dates are read: "mdy" / "dmy" (the
   * values decide), "option-mdy" / "option-dmy" (the --date-order option or ledger.dateOrder
   * setting), "undecided". Codes: each host words them in its language.
   */
  readonly dateOrders: Readonly<Record<string, string>>;
}
