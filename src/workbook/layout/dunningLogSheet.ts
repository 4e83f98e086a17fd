/**
 * The `Dunning log` sheet: every notice ever logged (previous runs' rows and this run's), as the
 * table `DunningLog` that the next run reads back so fees are never charged twice.
 */
import type { DunningLogEntry } from "../../core/dunning/log";
import type { SheetSpec } from "../spec";
import { Grid } from "./_lib/grid";
import { DATE, HEADER, NOTE, TITLE, dateValue, moneyStyle, moneyValue } from "./_lib/styles";

export const DUNNING_LOG_SHEET = "Dunning log";
export const DUNNING_LOG_TABLE = "DunningLog";
export const DUNNING_LOG_HEADERS = [
  "Date",
  "CustomerID",
  "InvoiceNo",
  "Stage",
  "Currency",
  "Amount",
  "Fee",
  "Interest",
  "Channel",
] as const;

export interface DunningLogLayoutOptions {
  /** Final sheet name, default `Dunning log`. */
  readonly name?: string;
}

/** Row of the table's header: the reader of the log looks for the table, else this row. */
export const DUNNING_LOG_HEADER_ROW = 3;

/**
 * Lays out the full dunning log, oldest first as given.
 *
 * @example
 * dunningLogSheet([...previous, ...sentNow]) //=> table DunningLog, one row per entry
 */
export function dunningLogSheet(entries: readonly DunningLogEntry[], options: DunningLogLayoutOptions = {}): SheetSpec {
  const grid = new Grid();
  const top = DUNNING_LOG_HEADER_ROW;
  grid.put(1, 1, "Dunning log", TITLE);
  grid.put(2, 1, "One row per invoice per notice sent. AR Desk reads this table so a stage's fee is never charged twice.", NOTE);
  grid.line(top, 1, DUNNING_LOG_HEADERS, HEADER);
  entries.forEach((entry, i) => {
    const row = top + 1 + i;
    const money = moneyStyle(entry.currency);
    grid.put(row, 1, dateValue(entry.date), DATE);
    grid.put(row, 2, entry.customerId);
    grid.put(row, 3, entry.invoiceNo);
    grid.put(row, 4, entry.stage);
    grid.put(row, 5, entry.currency);
    grid.put(row, 6, moneyValue(entry.amount, entry.currency), money);
    grid.put(row, 7, moneyValue(entry.fee, entry.currency), money);
    grid.put(row, 8, moneyValue(entry.interest, entry.currency), money);
    grid.put(row, 9, entry.channel ?? null);
  });
  const rowCount = Math.max(1, entries.length); // Excel tables need one data row; an empty one reads as blank
  return {
    name: options.name ?? DUNNING_LOG_SHEET,
    role: "dunning-log",
    cells: grid.cells,
    columnWidths: [12, 12, 14, 14, 9, 14, 10, 10, 10],
    tables: [{ name: DUNNING_LOG_TABLE, top, left: 1, headers: DUNNING_LOG_HEADERS, rowCount, style: "TableStyleLight9" }],
    freezeRows: top,
    print: { area: `A1:I${top + rowCount}`, fitToWidth: true, repeatRows: [top, top] },
  };
}
