/**
 * Cell styles for Office.js: the spec's style in Office.js names and column widths in points
 * (cellProperties.ts turns them into setCellProperties / setColumnProperties input).
 */
import type { CellStyle } from "../spec";
import type { OfficeStyle } from "./writeOps";

/** "RRGGBB" → "#RRGGBB". */
export function hex(color: string): string {
  return color.startsWith("#") ? color : `#${color}`;
}

/** The Office.js form of a cell style (number format excluded: it travels with the values). */
export function officeStyle(s: CellStyle | undefined): OfficeStyle | undefined {
  if (!s) return undefined;
  const out: { -readonly [K in keyof OfficeStyle]: OfficeStyle[K] } = {};
  if (s.bold !== undefined) out.bold = s.bold;
  if (s.italic !== undefined) out.italic = s.italic;
  if (s.size !== undefined) out.size = s.size;
  if (s.color) out.color = hex(s.color);
  if (s.fill) out.fill = hex(s.fill);
  if (s.align) out.horizontalAlignment = s.align === "left" ? "Left" : s.align === "center" ? "Center" : "Right";
  if (s.valign) out.verticalAlignment = s.valign === "top" ? "Top" : s.valign === "middle" ? "Center" : "Bottom";
  if (s.wrap !== undefined) out.wrapText = s.wrap;
  if (s.border) out.border = s.border;
  return Object.keys(out).length ? out : undefined;
}

/**
 * Excel's column width in points from a width in characters of the default font
 * (8.43 characters = 64 px = 48 pt).
 * @example charsToPoints(8.43) //=> 48
 */
export function charsToPoints(chars: number): number {
  return Math.round((Math.trunc(chars * 7 + 5) * 0.75) * 100) / 100;
}
