/**
 * The columns of the `DunningLog` table, defined once: the writer puts them in this order, the
 * reader finds each by its header wherever it stands, so a clerk who moves a column or inserts
 * one of their own is still read right. What an entry means is core/dunning/log's business.
 */
import type { DunningLogEntry } from "../../../core/dunning";

/** How a column's cells are written and read back. */
export type LogColumnKind = "date" | "text" | "currency" | "money" | "optional-text";

export interface LogColumn {
  readonly header: string;
  readonly field: keyof DunningLogEntry;
  readonly kind: LogColumnKind;
  /** Column width on the sheet, in characters. */
  readonly width: number;
}

export const DUNNING_LOG_COLUMNS = [
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
] as const satisfies readonly LogColumn[];

export const DUNNING_LOG_HEADERS = DUNNING_LOG_COLUMNS.map((c) => c.header);

export const DUNNING_LOG_SHEET = "Dunning log";
export const DUNNING_LOG_TABLE = "DunningLog";
/** Row of the table's header on the sheet AR Desk writes. */
export const DUNNING_LOG_HEADER_ROW = 3;
