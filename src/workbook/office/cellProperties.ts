/**
 * Cell formats as Office.js `Range.setCellProperties` and `Range.setColumnProperties` take them
 * (ExcelApi 1.9, which the manifest already requires): a band of rows gets all its fonts, fills,
 * alignment and borders in one action, a sheet all its column widths in another, instead of one
 * action per property per rectangle (a formatted statement was ~30 KB of request that way).
 * Properties a cell leaves out are not changed (SettableCellProperties docs), so an unstyled
 * cell is `{}`.
 */
import type { CellSpec, CellStyle } from "../spec";
import { type Rect, columnLetters, rectAddress } from "./a1";
import { utf8Length } from "../../core/text";
import type { OfficeCellBorder, OfficeCellProperties, WriteOp } from "./writeOps";

export type { OfficeCellBorder, OfficeCellProperties, OfficeColumnProperties } from "./writeOps";
import { charsToPoints, officeStyle } from "./styles";

const THIN: OfficeCellBorder = { style: "Continuous", weight: "Thin" };
const DOUBLE: OfficeCellBorder = { style: "Double" };

/** Each cell carries its own border: the same look as edges plus inside lines on a rectangle. */
const BORDERS: Record<NonNullable<CellStyle["border"]>, NonNullable<NonNullable<OfficeCellProperties["format"]>["borders"]>> = {
  "thin-bottom": { bottom: THIN },
  "thin-top": { top: THIN },
  "thin-box": { top: THIN, bottom: THIN, left: THIN, right: THIN },
  "double-bottom": { bottom: DOUBLE },
};

/**
 * The cell properties of a spec style ({} when it has nothing but a number format, which travels
 * with the values).
 * @example cellProperties({ bold: true, fill: "D9E1F2" }) //=> { format: { font: { bold: true }, fill: { color: "#D9E1F2" } } }
 */
export function cellProperties(style: CellStyle | undefined): OfficeCellProperties {
  const s = officeStyle(style);
  if (!s) return {};
  const font = {
    ...(s.bold !== undefined ? { bold: s.bold } : {}),
    ...(s.italic !== undefined ? { italic: s.italic } : {}),
    ...(s.size !== undefined ? { size: s.size } : {}),
    ...(s.color !== undefined ? { color: s.color } : {}),
  };
  return {
    format: {
      ...(Object.keys(font).length ? { font } : {}),
      ...(s.fill !== undefined ? { fill: { color: s.fill } } : {}),
      ...(s.horizontalAlignment ? { horizontalAlignment: s.horizontalAlignment } : {}),
      ...(s.verticalAlignment ? { verticalAlignment: s.verticalAlignment } : {}),
      ...(s.wrapText !== undefined ? { wrapText: s.wrapText } : {}),
      ...(s.border ? { borders: BORDERS[s.border] } : {}),
    },
  };
}

/**
 * setCellProperties blocks for the styled cells: rows grouped into bands (a gap of more than 3
 * rows starts a new one, as the value blocks), each band one rectangle over its styled columns,
 * split by rows so no block passes `maxBlockBytes` of JSON.
 */
export function cellPropertyBlocks(cells: readonly CellSpec[], maxBlockBytes: number): WriteOp[] {
  const styled: { cell: CellSpec; props: OfficeCellProperties }[] = [];
  // Layouts share style objects: convert each once.
  const memo = new Map<CellStyle, OfficeCellProperties>();
  for (const c of cells) {
    if (!c.style) continue;
    let props = memo.get(c.style);
    if (!props) memo.set(c.style, (props = cellProperties(c.style)));
    if (props.format) styled.push({ cell: c, props });
  }
  const ops: WriteOp[] = [];
  let band: typeof styled = [];
  const flush = () => {
    if (band.length) ops.push(...bandOps(band, maxBlockBytes));
    band = [];
  };
  for (const s of styled) {
    if (band.length && s.cell.row - band[band.length - 1].cell.row > 3) flush();
    band.push(s);
  }
  flush();
  return ops;
}

function bandOps(band: readonly { cell: CellSpec; props: OfficeCellProperties }[], maxBlockBytes: number): WriteOp[] {
  const top = band[0].cell.row;
  const bottom = band[band.length - 1].cell.row;
  let left = Infinity;
  let right = 0;
  for (const { cell } of band) {
    left = Math.min(left, cell.col);
    right = Math.max(right, cell.col);
  }
  const rows: OfficeCellProperties[][] = Array.from({ length: bottom - top + 1 }, () => Array.from({ length: right - left + 1 }, () => ({})));
  for (const { cell, props } of band) rows[cell.row - top][cell.col - left] = props;
  const ops: WriteOp[] = [];
  let start = 0;
  let size = 0;
  const push = (from: number, to: number) => {
    const rect: Rect = { top: top + from, left, bottom: top + to - 1, right };
    ops.push({ kind: "cellProperties", address: rectAddress(rect), properties: rows.slice(from, to) });
  };
  for (let i = 0; i < rows.length; i++) {
    const rowBytes = utf8Length(JSON.stringify(rows[i]));
    if (i > start && size + rowBytes > maxBlockBytes) {
      push(start, i);
      start = i;
      size = 0;
    }
    size += rowBytes;
  }
  push(start, rows.length);
  return ops;
}

/**
 * One setColumnProperties op for the spec's column widths (characters → points); columns
 * without a width get `{}` and keep theirs. Undefined when no width is set.
 * @example columnPropertiesOp([10, 0, 20]) //=> { kind: "columnProperties", address: "A:C", properties: [{ format: { columnWidth: 56.25 } }, {}, { format: { columnWidth: 108.75 } }] }
 */
export function columnPropertiesOp(widths: readonly number[]): WriteOp | undefined {
  if (!widths.some((w) => w !== undefined && w > 0)) return undefined;
  return {
    kind: "columnProperties",
    address: `A:${columnLetters(widths.length)}`,
    properties: widths.map((w) => (w !== undefined && w > 0 ? { format: { columnWidth: charsToPoints(w) } } : {})),
  };
}
