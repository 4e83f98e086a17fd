/**
 * SpecValue and CellStyle → what ExcelJS takes. Strings always stay strings: ExcelJS only makes
 * a formula from a `{ formula }` object, so clerk text such as `=HYPERLINK(...)` or `+cmd` is
 * stored as a text cell.
 */
import type ExcelJS from "exceljs";
import type { Language } from "../../../core/model";
import type { CellStyle, SpecValue } from "../../spec";
import { fitInCell, xmlSafeText } from "./xmlSafeText";

/** Days between 1899-12-30 (Excel's serial 0 in practice) and 1970-01-01. */
export const EXCEL_EPOCH_OFFSET = 25569;

/** Number format given to date cells that carry no format of their own. */
export const DATE_FORMAT = "yyyy-mm-dd";

/**
 * The Excel serial of a DayNumber: integer arithmetic, no Date object (so no time zone).
 * @example serialOfDay(20392) //=> 45961 (2025-10-31)
 */
export function serialOfDay(day: number): number {
  return day + EXCEL_EPOCH_OFFSET;
}

/**
 * The ExcelJS cell value of a spec value, plus a default number format for dates. Text is made
 * XML-safe and cut to Excel's 32,767 characters (see xmlSafeText.ts): ExcelJS writes any string
 * as it is, and one U+FFFF would make the whole file unreadable.
 */
export function excelValue(value: SpecValue, language: Language = "en"): { value: ExcelJS.CellValue; numFmt?: string } {
  if (typeof value === "string") return { value: fitInCell(value, language) };
  if (value === null || typeof value !== "object") return { value: value as number | boolean | null };
  if ("date" in value) return { value: serialOfDay(value.date), numFmt: DATE_FORMAT };
  const result = typeof value.result === "string" ? fitInCell(value.result, language) : value.result;
  const formula = xmlSafeText(value.formula);
  return { value: result === undefined ? { formula } : { formula, result } } as { value: ExcelJS.CellValue };
}

function argb(hex: string): string {
  return `FF${hex.replace(/^#/, "").toUpperCase()}`;
}

const THIN = { style: "thin" } as ExcelJS.Border;
const DOUBLE = { style: "double" } as ExcelJS.Border;

const BORDERS: Record<NonNullable<CellStyle["border"]>, Partial<ExcelJS.Borders>> = {
  "thin-bottom": { bottom: THIN },
  "thin-top": { top: THIN },
  "thin-box": { top: THIN, left: THIN, bottom: THIN, right: THIN },
  "double-bottom": { bottom: DOUBLE },
};

/** The ExcelJS style of a spec style (undefined parts left out so ExcelJS keeps its defaults). */
export function excelStyle(style: CellStyle | undefined, link: boolean): Partial<ExcelJS.Style> {
  const out: { -readonly [K in keyof ExcelJS.Style]?: ExcelJS.Style[K] } = {};
  const font: Partial<ExcelJS.Font> = {};
  if (style?.bold) font.bold = true;
  if (style?.italic) font.italic = true;
  if (style?.size) font.size = style.size;
  if (style?.color) font.color = { argb: argb(style.color) };
  else if (link) font.color = { argb: "FF0563C1" };
  if (link) font.underline = true;
  if (Object.keys(font).length > 0) out.font = font;
  if (style?.fill) out.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(style.fill) } };
  if (style?.numberFormat) out.numFmt = style.numberFormat;
  if (style?.align || style?.valign || style?.wrap) {
    out.alignment = {
      ...(style.align ? { horizontal: style.align } : {}),
      ...(style.valign ? { vertical: style.valign } : {}),
      ...(style.wrap ? { wrapText: true } : {}),
    };
  }
  if (style?.border) out.border = BORDERS[style.border];
  return out;
}
