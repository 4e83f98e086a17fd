/**
 * The `Dunning log` sheet: every notice ever logged (previous runs' rows and this run's), as the
 * table `DunningLog` that the next run reads back so fees are never charged twice.
 */
import type { DunningLogEntry } from "../../../core/dunning";
import type { CellStyle, SheetSpec, SpecValue } from "../../spec";
import { DATE, Grid, HEADER, NOTE, TITLE, dateValue, moneyStyle, moneyValue, rangeA1 } from "../../layout";
import { DUNNING_LOG_COLUMNS, DUNNING_LOG_HEADER_ROW, DUNNING_LOG_HEADERS, DUNNING_LOG_SHEET, DUNNING_LOG_TABLE, type LogColumn } from "./columns";

export interface DunningLogLayoutOptions {
  /** Final sheet name, default `Dunning log`. */
  readonly name?: string;
}

/** One entry's cell in one column, as its kind is written. */
function cellOf(entry: DunningLogEntry, column: LogColumn): { value: SpecValue | null; style?: CellStyle } {
  switch (column.kind) {
    case "date":
      return { value: dateValue(entry.date), style: DATE };
    case "money":
      return { value: moneyValue(entry[column.field], entry.currency), style: moneyStyle(entry.currency) };
    default:
      return { value: entry[column.field] ?? null };
  }
}

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
    DUNNING_LOG_COLUMNS.forEach((column, c) => {
      const { value, style } = cellOf(entry, column);
      grid.put(top + 1 + i, 1 + c, value, style);
    });
  });
  const rowCount = Math.max(1, entries.length); // Excel tables need one data row; an empty one reads as blank
  return {
    name: options.name ?? DUNNING_LOG_SHEET,
    role: "dunning-log",
    cells: grid.cells,
    columnWidths: DUNNING_LOG_COLUMNS.map((c) => c.width),
    tables: [{ name: DUNNING_LOG_TABLE, top, left: 1, headers: DUNNING_LOG_HEADERS, rowCount, style: "TableStyleLight9" }],
    freezeRows: top,
    print: { area: rangeA1(1, 1, top + rowCount, DUNNING_LOG_COLUMNS.length), fitToWidth: true, repeatRows: [top, top] },
  };
}
