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

/** What the planner knows of a cell beyond its style, to tell whether its formats may be copied. */
export interface CopyRunContext {
  /** The number format the value block gives the cell (null: left as it is). */
  readonly numberFormatOf: (cell: CellSpec) => string | null;
  /** True for a cell inside a merged area. */
  readonly merged: (row: number, col: number) => boolean;
}

/**
 * Shorter runs cost less as cell objects than as a copy (~300 bytes: a range path and an action);
 * a table-header cell's object is ~150 bytes.
 */
export const MIN_COPY_RUN = 4;

/**
 * setCellProperties blocks for the styled cells: rows grouped into bands (a gap of more than 3
 * rows starts a new one, as the value blocks), each band one rectangle over its styled columns,
 * split by rows so no block passes `maxBlockBytes` of JSON. With `runs`, a run of at least
 * {@link MIN_COPY_RUN} cells side by side in a row with the same formats (properties and number
 * format; no link, no merged cell) is styled by its first cell alone, and one `copyFormats` op
 * after the blocks pastes that cell's formats over the rest: a table-header row is one cell
 * object and one copy instead of a repeated ~150-byte object per column.
 */
export function cellPropertyBlocks(cells: readonly CellSpec[], maxBlockBytes: number, runs?: CopyRunContext): WriteOp[] {
  let styled: { cell: CellSpec; props: OfficeCellProperties }[] = [];
  // Layouts share style objects: convert each once.
  const memo = new Map<CellStyle, OfficeCellProperties>();
  for (const c of cells) {
    if (!c.style) continue;
    let props = memo.get(c.style);
    if (!props) memo.set(c.style, (props = cellProperties(c.style)));
    if (props.format) styled.push({ cell: c, props });
  }
  const copies: WriteOp[] = [];
  if (runs) styled = withoutCopiedRuns(styled, runs, copies);
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
  return [...ops, ...copies];
}

/**
 * The styled cells less those a copy will format: for each run (see {@link cellPropertyBlocks})
 * its first cell stays and a `copyFormats` op over the others is pushed to `copies`.
 */
function withoutCopiedRuns(styled: readonly { cell: CellSpec; props: OfficeCellProperties }[], runs: CopyRunContext, copies: WriteOp[]): { cell: CellSpec; props: OfficeCellProperties }[] {
  const keys = new Map<OfficeCellProperties, string>();
  const keyOf = (s: { cell: CellSpec; props: OfficeCellProperties }): string | undefined => {
    if (s.cell.link || runs.merged(s.cell.row, s.cell.col)) return undefined;
    let props = keys.get(s.props);
    if (props === undefined) keys.set(s.props, (props = JSON.stringify(s.props)));
    return `${runs.numberFormatOf(s.cell)}\u0000${props}`;
  };
  const dropped = new Set<CellSpec>();
  // styled is in row, then column order (cellsWithTableHeaders sorts), so runs are consecutive entries.
  for (let i = 0; i < styled.length; ) {
    const key = keyOf(styled[i]);
    let j = i + 1;
    while (
      key !== undefined &&
      j < styled.length &&
      styled[j].cell.row === styled[i].cell.row &&
      styled[j].cell.col === styled[j - 1].cell.col + 1 &&
      keyOf(styled[j]) === key
    ) {
      j++;
    }
    if (key !== undefined && j - i >= MIN_COPY_RUN) {
      const { row, col } = styled[i].cell;
      for (let k = i + 1; k < j; k++) dropped.add(styled[k].cell);
      copies.push({ kind: "copyFormats", address: rectAddress({ top: row, left: col + 1, bottom: row, right: styled[j - 1].cell.col }), source: rectAddress({ top: row, left: col, bottom: row, right: col }) });
    }
    i = j;
  }
  return styled.filter((s) => !dropped.has(s.cell));
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
