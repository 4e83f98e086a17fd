/**
 * The columns of the `DunningLog` table, defined once: the writer puts them in this order, the
 * reader finds each by its header wherever it stands, so a clerk who moves a column or inserts
 * one of their own is still read right. What an entry means is core/dunning/log's business.
 *
 * The headers are a contract the reader relies on (README: a log without Date, CustomerID,
 * InvoiceNo or Stage is not used), and a log outlives the language of the run that wrote it
 * (the CLI in English today, the pane in Chinese tomorrow): a log is written with the headers of
 * the run's language, and each column is found by either header, whichever a run wrote.
 */
import type { Language } from "../../../core/model";

/** A column of the log: its headers (English, Chinese), its width on the sheet (characters), and which entry field it holds, as what kind of cell. */
export type LogColumn = { readonly header: string; readonly headerZh: string; readonly width: number } & (
  | { readonly kind: "date"; readonly field: "date" }
  | { readonly kind: "text"; readonly field: "customerId" | "invoiceNo" | "stage" }
  | { readonly kind: "currency"; readonly field: "currency" }
  | { readonly kind: "money"; readonly field: "amount" | "fee" | "interest" }
  | { readonly kind: "optional-text"; readonly field: "channel" }
);

export const DUNNING_LOG_COLUMNS: readonly LogColumn[] = [
  { header: "Date", headerZh: "日期", field: "date", kind: "date", width: 12 },
  { header: "CustomerID", headerZh: "客户编号", field: "customerId", kind: "text", width: 12 },
  { header: "InvoiceNo", headerZh: "发票号", field: "invoiceNo", kind: "text", width: 14 },
  { header: "Stage", headerZh: "催款阶段", field: "stage", kind: "text", width: 14 },
  { header: "Currency", headerZh: "币种", field: "currency", kind: "currency", width: 9 },
  { header: "Amount", headerZh: "金额", field: "amount", kind: "money", width: 14 },
  { header: "Fee", headerZh: "费用", field: "fee", kind: "money", width: 10 },
  { header: "Interest", headerZh: "利息", field: "interest", kind: "money", width: 10 },
  // Optional: an entry without a channel is a written notice (older logs have none).
  { header: "Channel", headerZh: "方式", field: "channel", kind: "optional-text", width: 10 },
];

/** The English headers, as every log before Chinese headers was written. */
export const DUNNING_LOG_HEADERS: readonly string[] = DUNNING_LOG_COLUMNS.map((c) => c.header);

/**
 * A column's header in a language.
 * @example logHeader(DUNNING_LOG_COLUMNS[3], "zh") //=> "催款阶段"
 */
export function logHeader(column: LogColumn, language: Language): string {
  return language === "zh" ? column.headerZh : column.header;
}

/** The log's headers in a language, in the order they are written. */
export function dunningLogHeaders(language: Language): string[] {
  return DUNNING_LOG_COLUMNS.map((c) => logHeader(c, language));
}

export const DUNNING_LOG_SHEET = "Dunning log";
export const DUNNING_LOG_TABLE = "DunningLog";
/** Row of the table's header on the sheet AR Desk writes. */
export const DUNNING_LOG_HEADER_ROW = 3;
