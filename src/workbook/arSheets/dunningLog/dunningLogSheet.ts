/**
 * The `Dunning log` sheet: every notice ever logged (previous runs' rows and this run's), as the
 * table `DunningLog` that the next run reads back so fees are never charged twice.
 */
import type { DunningLogEntry } from "../../../core/dunning";
import type { Language } from "../../../core/model";
import type { CellStyle, SheetSpec, SpecValue } from "../../spec";
import { DATE, Grid, HEADER, NOTE, TITLE, dateValue, moneyStyle, moneyValue, rangeA1 } from "../../layout";
import { DUNNING_LOG_COLUMNS, DUNNING_LOG_HEADER_ROW, DUNNING_LOG_SHEET, DUNNING_LOG_TABLE, dunningLogHeaders, type LogColumn } from "./columns";

export interface DunningLogLayoutOptions {
  /** Final sheet name, default `Dunning log`. */
  readonly name?: string;
  /**
   * The run's language (the CLI's --lang/locale, the pane's): the title, the note and the column
   * headers (the reader takes either language's). Sheet and table names stay. Default "en".
   */
  readonly language?: Language;
}

const WORDS: Record<Language, { readonly title: string; readonly note: string }> = {
  en: { title: "Dunning log", note: "One row per invoice per notice sent. AR Desk reads this table so a stage's fee is never charged twice." },
  zh: { title: "催款记录", note: "每次催款、每张发票一行。AR Desk 会读取此表，确保同一阶段的费用绝不重复收取。" },
};

/** One entry's cell in one column, as its kind is written (the sheet, and rows appended to it: dunningLogAppend.ts). */
export function logCellOf(entry: DunningLogEntry, column: LogColumn): { value: SpecValue | null; style?: CellStyle } {
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
  const language = options.language ?? "en";
  const headers = dunningLogHeaders(language);
  grid.put(1, 1, WORDS[language].title, TITLE);
  grid.put(2, 1, WORDS[language].note, NOTE);
  grid.line(top, 1, headers, HEADER);
  entries.forEach((entry, i) => {
    DUNNING_LOG_COLUMNS.forEach((column, c) => {
      const { value, style } = logCellOf(entry, column);
      grid.put(top + 1 + i, 1 + c, value, style);
    });
  });
  const rowCount = Math.max(1, entries.length); // Excel tables need one data row; an empty one reads as blank
  return {
    name: options.name ?? DUNNING_LOG_SHEET,
    role: "dunning-log",
    language,
    cells: grid.cells,
    columnWidths: DUNNING_LOG_COLUMNS.map((c) => c.width),
    tables: [{ name: DUNNING_LOG_TABLE, top, left: 1, headers, rowCount, style: "TableStyleLight9" }],
    freezeRows: top,
    print: { area: rangeA1(1, 1, top + rowCount, DUNNING_LOG_COLUMNS.length), fitToWidth: true, repeatRows: [top, top] },
  };
}
