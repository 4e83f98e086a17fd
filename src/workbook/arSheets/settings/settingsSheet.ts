/**
 * The `AR Settings` sheet (DESIGN §2): the settings as a Key / Value / Description table the clerk
 * can read and edit, and the dunning policy as the Excel table `DunningPolicy` beside it (the
 * range `AR.DUNNING_STAGE` can take as its policy argument).
 */
import type { Language } from "../../../core/model";
import type { Settings } from "../../../core/settings";
import type { RawCell } from "../../port";
import type { SheetSpec } from "../../spec";
import { Grid, HEADER, NOTE, TITLE, rangeA1 } from "../../layout";
import { settingsToRows } from "./settingsRows";

export const SETTINGS_SHEET = "AR Settings";
export const SETTINGS_TABLE = "ARSettings";
export const POLICY_TABLE = "DunningPolicy";
/** Row of both tables' headers. */
export const SETTINGS_HEADER_ROW = 4;
/** First column of the DunningPolicy table (E): one blank column after Key / Value / Description. */
export const POLICY_FIRST_COL = 5;

export interface SettingsSheetOptions {
  /** Final sheet name, default `AR Settings`. */
  readonly name?: string;
  /** Language of the explanation lines. Default "en". */
  readonly language?: Language;
}

const EXPLAIN: Record<Language, readonly [string, string]> = {
  en: [
    "AR Desk reads its settings from this sheet. Change a Value and re-run; a value AR Desk cannot use is reported and its default kept.",
    "Dunning policy: an invoice reaches a stage when its days overdue reach 'From days overdue' (plus grace days). Fees are in the invoice's currency.",
  ],
  zh: [
    "AR Desk 从本表读取设置。修改“Value”列后重新运行即可；无法使用的值会被报告，并沿用默认值。",
    "催款政策：发票逾期天数达到“From days overdue”（加宽限天数）即进入该阶段。费用以发票币种计。",
  ],
};

/** A cell value from a settings row; multi-line text wraps. */
function put(grid: Grid, row: number, col: number, value: RawCell | undefined): void {
  const v = value ?? null;
  grid.put(row, col, v, typeof v === "string" && v.includes("\n") ? { wrap: true, valign: "top" } : undefined);
}

/**
 * Lays out the settings.
 *
 * @example
 * settingsSheet(DEFAULT_SETTINGS)
 * //=> tables ARSettings (A4) and DunningPolicy (E4); settingsFromRows reads them back to equal settings
 */
export function settingsSheet(settings: Settings, options: SettingsSheetOptions = {}): SheetSpec {
  const { values, policy } = settingsToRows(settings);
  const [valuesHeader, ...valueRows] = values;
  const [policyHeader, ...policyRows] = policy;
  const grid = new Grid();
  const top = SETTINGS_HEADER_ROW;
  const [line1, line2] = EXPLAIN[options.language ?? "en"];
  grid.put(1, 1, "AR Settings", TITLE);
  grid.put(2, 1, line1, NOTE);
  grid.put(3, POLICY_FIRST_COL, line2, NOTE);

  const keyHeaders = valuesHeader.map(String);
  grid.line(top, 1, keyHeaders, HEADER);
  valueRows.forEach((cells, i) => keyHeaders.forEach((_, c) => put(grid, top + 1 + i, 1 + c, cells[c])));

  const policyHeaders = policyHeader.map(String);
  grid.line(top, POLICY_FIRST_COL, policyHeaders, HEADER);
  policyRows.forEach((cells, i) => policyHeaders.forEach((_, c) => put(grid, top + 1 + i, POLICY_FIRST_COL + c, cells[c])));

  const valueCount = Math.max(1, valueRows.length);
  const policyCount = Math.max(1, policyRows.length);
  const lastRow = top + Math.max(valueCount, policyCount);
  const lastCol = POLICY_FIRST_COL + policyHeaders.length - 1;
  return {
    name: options.name ?? SETTINGS_SHEET,
    role: "settings",
    language: options.language ?? "en",
    cells: grid.cells,
    columnWidths: [30, 40, 50, 3, 16, 18, 10, 12, 40, 10],
    tables: [
      { name: SETTINGS_TABLE, top, left: 1, headers: keyHeaders, rowCount: valueCount, style: "TableStyleLight1" },
      { name: POLICY_TABLE, top, left: POLICY_FIRST_COL, headers: policyHeaders, rowCount: policyCount, style: "TableStyleLight9" },
    ],
    freezeRows: top,
    print: { area: rangeA1(1, 1, lastRow, lastCol), fitToWidth: true, landscape: true, repeatRows: [top, top] },
  };
}
