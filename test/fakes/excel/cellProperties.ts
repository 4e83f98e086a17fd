/**
 * What the fake does with Range.setCellProperties, setRowProperties and setColumnProperties
 * (ExcelApi 1.9), as documented for Excel.SettableCellProperties, SettableRowProperties,
 * SettableColumnProperties, CellPropertiesFormat, CellPropertiesFont, CellPropertiesFill and
 * CellBorderCollection: every property given is set, every property left out is left as it is,
 * and an input whose shape does not match the range is refused. Only the properties AR Desk can
 * meet are modelled; any other name is refused loudly rather than ignored, so a test never
 * passes on a property the fake silently dropped.
 */
import { FakeOfficeError } from "./errors";
import type { CellState } from "./state";

const FORMAT_KEYS = new Set(["font", "fill", "borders", "horizontalAlignment", "verticalAlignment", "wrapText", "columnWidth", "rowHeight"]);
const FONT_KEYS = new Set(["bold", "italic", "size", "color"]);
/** CellBorderCollection → the fake's border indexes (a cell's own edges). */
const BORDER_INDEX: Record<string, string> = { top: "EdgeTop", bottom: "EdgeBottom", left: "EdgeLeft", right: "EdgeRight" };
const BORDER_KEYS = new Set(["style", "weight", "color"]);

function refuse(what: string): never {
  throw new FakeOfficeError("InvalidArgument", `The fake does not model ${what} of setCellProperties.`);
}

function object(value: unknown, what: string): Record<string, unknown> {
  if (value === null || typeof value !== "object" || Array.isArray(value)) throw new FakeOfficeError("InvalidArgument", `${what} must be an object.`);
  return value as Record<string, unknown>;
}

/** Applies one cell's SettableCellProperties (or a row's or column's: their format part is the same shape). */
export function applyCellProperties(cell: CellState, input: unknown): void {
  const props = object(input, "Each cell's properties");
  for (const key of Object.keys(props)) if (key !== "format") refuse(`the property '${key}'`);
  if (props.format === undefined) return;
  const format = object(props.format, "format");
  for (const key of Object.keys(format)) if (!FORMAT_KEYS.has(key)) refuse(`format.${key}`);
  if (format.font !== undefined) {
    const font = object(format.font, "format.font");
    for (const key of Object.keys(font)) if (!FONT_KEYS.has(key)) refuse(`format.font.${key}`);
    if (font.bold !== undefined) cell.bold = font.bold as boolean;
    if (font.italic !== undefined) cell.italic = font.italic as boolean;
    if (font.size !== undefined) cell.size = font.size as number;
    if (font.color !== undefined) cell.color = font.color as string;
  }
  if (format.fill !== undefined) {
    const fill = object(format.fill, "format.fill");
    for (const key of Object.keys(fill)) if (key !== "color") refuse(`format.fill.${key}`);
    if (fill.color !== undefined) cell.fill = fill.color as string;
  }
  if (format.horizontalAlignment !== undefined) cell.hAlign = format.horizontalAlignment as string;
  if (format.verticalAlignment !== undefined) cell.vAlign = format.verticalAlignment as string;
  if (format.wrapText !== undefined) cell.wrap = format.wrapText as boolean;
  if (format.borders !== undefined) {
    const borders = object(format.borders, "format.borders");
    for (const [side, value] of Object.entries(borders)) {
      const index = BORDER_INDEX[side] ?? refuse(`format.borders.${side}`);
      const border = object(value, `format.borders.${side}`);
      for (const key of Object.keys(border)) if (!BORDER_KEYS.has(key)) refuse(`format.borders.${side}.${key}`);
      cell.borders ??= {};
      cell.borders[index] = { ...cell.borders[index], ...(border as { style?: string; weight?: string; color?: string }) };
    }
  }
}

/** The format of a row or column input (SettableRowProperties / SettableColumnProperties), checked. */
export function lineFormat(input: unknown): Record<string, unknown> | undefined {
  const props = object(input, "Each row's or column's properties");
  for (const key of Object.keys(props)) if (key !== "format") refuse(`the property '${key}'`);
  return props.format === undefined ? undefined : object(props.format, "format");
}
