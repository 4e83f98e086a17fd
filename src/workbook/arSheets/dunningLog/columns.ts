/**
 * The columns of the `DunningLog` table, defined once: the writer puts them in this order, the
 * reader finds each by its header wherever it stands, so a clerk who moves a column or inserts
 * one of their own is still read right. What an entry means is core/dunning/log's business.
 */

/** A column of the log: its header, its width on the sheet (characters), and which entry field it holds, as what kind of cell. */
export type LogColumn = { readonly header: string; readonly width: number } & (
  | { readonly kind: "date"; readonly field: "date" }
  | { readonly kind: "text"; readonly field: "customerId" | "invoiceNo" | "stage" }
  | { readonly kind: "currency"; readonly field: "currency" }
  | { readonly kind: "money"; readonly field: "amount" | "fee" | "interest" }
  | { readonly kind: "optional-text"; readonly field: "channel" }
);

export const DUNNING_LOG_COLUMNS: readonly LogColumn[] = [
  { header: "Date", field: "date", kind: "date", width: 12 },
  { header: "CustomerID", field: "customerId", kind: "text", width: 12 },
  { header: "InvoiceNo", field: "invoiceNo", kind: "text", width: 14 },
  { header: "Stage", field: "stage", kind: "text", width: 14 },
  { header: "Currency", field: "currency", kind: "currency", width: 9 },
  { header: "Amount", field: "amount", kind: "money", width: 14 },
  { header: "Fee", field: "fee", kind: "money", width: 10 },
  { header: "Interest", field: "interest", kind: "money", width: 10 },
  // Optional: an entry without a channel is a written notice (older logs have none).
  { header: "Channel", field: "channel", kind: "optional-text", width: 10 },
];

export const DUNNING_LOG_HEADERS: readonly string[] = DUNNING_LOG_COLUMNS.map((c) => c.header);

export const DUNNING_LOG_SHEET = "Dunning log";
export const DUNNING_LOG_TABLE = "DunningLog";
/** Row of the table's header on the sheet AR Desk writes. */
export const DUNNING_LOG_HEADER_ROW = 3;
