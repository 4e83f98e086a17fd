/** Range proxies of the Excel fake: values/formulas/numberFormat with Excel's input parsing, formats, links, merges. */
import { type Rect, overlaps, parseRef, rectA1, sheetPrefix } from "./a1";
import { FakeClientObject, type FakeRequestContext } from "./context";
import { FakeOfficeError } from "./errors";
import { applyCellProperties, lineFormat } from "./cellProperties";
import { MAX_CELL_TEXT, type CellState, type HyperlinkState, type Scalar, type SheetState } from "./state";
import { FakeRangeAreas, mergedAreasOf } from "./rangeAreas";

export interface RangeTarget {
  sheet: SheetState;
  rect: Rect;
}

const DAY_MS = 86400000;
const SERIAL_1970 = 25569;

/**
 * Applies one input value as Excel does when a value is set through `range.values` (or
 * `range.formulas`), following Microsoft's documentation rather than what we would like:
 * - Range.values: "If the value starts with a plus (+), minus (-), or equal sign (=), Excel
 *   interprets this value as a formula." The docs make no exception for a text ("@") number
 *   format, so neither does the fake; "@…" is treated the same way (Excel's legacy formula start).
 * - A leading apostrophe is Excel's quote prefix (as typed in a cell): the rest is text, shown
 *   without the apostrophe. In a text-formatted cell the docs do not say what happens, so the
 *   fake keeps the apostrophe as part of the text (the outcome a writer must not rely on).
 * - Other text in a text ("@") cell stays text; otherwise number-, date- and boolean-looking text
 *   becomes a number, date or boolean.
 * - Text over 32,767 characters (Excel's cell limit) is refused.
 * `calculate` gives a formula's shown value (WorkbookState.calculate).
 */
export function inputCell(cell: CellState, input: unknown, calculate: (formula: string) => Scalar = () => "#NAME?"): void {
  if (input === null || input === undefined) return;
  delete cell.formula;
  delete cell.result;
  delete cell.error;
  delete cell.quotePrefix;
  if (input === "") {
    delete cell.value;
    return;
  }
  if (typeof input === "number") {
    if (!Number.isFinite(input)) throw new FakeOfficeError("InvalidArgument", "The argument is invalid: number is not finite.");
    cell.value = input;
    return;
  }
  if (typeof input === "boolean") {
    cell.value = input;
    return;
  }
  if (typeof input !== "string") throw new FakeOfficeError("InvalidArgument", `The argument is invalid: ${typeof input} cell value.`);
  const text = cell.numberFormat === "@";
  const stored = input.startsWith("'") && !text ? input.length - 1 : input.length;
  if (stored > MAX_CELL_TEXT) {
    throw new FakeOfficeError("InvalidArgument", `The argument is invalid: text of ${stored} characters (a cell holds at most ${MAX_CELL_TEXT}).`);
  }
  if (input.startsWith("'") && !text) {
    cell.value = input.slice(1);
    cell.quotePrefix = true;
    return;
  }
  const t = input.trim();
  if (input.length > 1 && /^[=+\-@]/.test(input) && !/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?%?$/.test(t)) {
    delete cell.value;
    cell.formula = input.startsWith("=") ? input : "=" + input;
    cell.result = calculate(cell.formula);
    return;
  }
  if (text) {
    cell.value = input;
    return;
  }
  const general = cell.numberFormat === undefined || cell.numberFormat === "General";
  if (/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(t)) cell.value = Number(t);
  else if (/^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/.test(t)) cell.value = Number(t.replace(/,/g, ""));
  else if (/^[+-]?\d+(\.\d+)?%$/.test(t)) {
    cell.value = Number(t.slice(0, -1)) / 100;
    if (general) cell.numberFormat = "0%";
  } else if (/^\d{4}-\d{1,2}-\d{1,2}$/.test(t) && isoSerial(t) !== undefined) {
    cell.value = isoSerial(t)!;
    if (general) cell.numberFormat = "yyyy-mm-dd";
  } else if (/^(true|false)$/i.test(t)) cell.value = t.toLowerCase() === "true";
  else cell.value = input;
}

function isoSerial(text: string): number | undefined {
  const [y, m, d] = text.split("-").map(Number);
  const ms = Date.UTC(y, m - 1, d);
  const back = new Date(ms);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== m - 1 || back.getUTCDate() !== d) return undefined;
  return ms / DAY_MS + SERIAL_1970;
}

/** What "Formats" covers of a cell (values, formulas and links are not formats). */
const FORMAT_FIELDS = ["numberFormat", "bold", "italic", "size", "color", "fill", "hAlign", "vAlign", "wrap", "borders"] as const;

function formatOf(cell: CellState | undefined): Partial<CellState> {
  const out: Partial<CellState> = {};
  for (const key of FORMAT_FIELDS) if (cell?.[key] !== undefined) (out as Record<string, unknown>)[key] = cell[key];
  return out;
}

function forEachCell(t: RangeTarget, fn: (cell: CellState, i: number, j: number) => void): void {
  for (let r = t.rect.top; r <= t.rect.bottom; r++) {
    for (let c = t.rect.left; c <= t.rect.right; c++) fn(t.sheet.cellForWrite(r, c), r - t.rect.top, c - t.rect.left);
  }
}

function matrix<T>(t: RangeTarget, fn: (cell: CellState | undefined) => T): T[][] {
  const out: T[][] = [];
  for (let r = t.rect.top; r <= t.rect.bottom; r++) {
    const row: T[] = [];
    for (let c = t.rect.left; c <= t.rect.right; c++) row.push(fn(t.sheet.cell(r, c)));
    out.push(row);
  }
  return out;
}

/** Value if every cell agrees, else null (Office.js returns null for mixed formats). */
function uniform<T>(t: RangeTarget, fn: (cell: CellState | undefined) => T): T | null {
  let first: T | undefined;
  let seen = false;
  for (let r = t.rect.top; r <= t.rect.bottom; r++) {
    for (let c = t.rect.left; c <= t.rect.right; c++) {
      const v = fn(t.sheet.cell(r, c));
      if (!seen) {
        first = v;
        seen = true;
      } else if (v !== first) return null;
    }
  }
  return first ?? null;
}

function checkMatrix(t: RangeTarget, value: unknown, prop: string): unknown[][] {
  const rows = t.rect.bottom - t.rect.top + 1;
  const cols = t.rect.right - t.rect.left + 1;
  if (!Array.isArray(value) || value.length !== rows || value.some((row) => !Array.isArray(row) || row.length !== cols)) {
    throw new FakeOfficeError(
      "InvalidArgument",
      `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${prop}, ${rectA1(t.rect)}).`,
    );
  }
  return value as unknown[][];
}

export class FakeRange extends FakeClientObject {
  protected readonly scalarProps = ["address", "values", "formulas", "numberFormat", "rowCount", "columnCount", "rowIndex", "columnIndex"];
  private formatProxy?: FakeRangeFormat;

  constructor(
    context: FakeRequestContext,
    path: string,
    /** Resolves the target at sync time; undefined = null object. */
    readonly resolveTarget: () => RangeTarget | undefined,
    nullable = false,
  ) {
    super(context, path);
    if (nullable) this.trackNull(() => this.resolveTarget() === undefined);
  }

  private bound?: RangeTarget;
  protected override isNullNow(): boolean {
    return (this.bound ??= this.resolveTarget()) === undefined;
  }
  /** Resolved once, at first use, as Office.js does (a used range does not grow with later writes). */
  target(): RangeTarget {
    const t = (this.bound ??= this.resolveTarget());
    if (!t) throw new FakeOfficeError("InvalidObjectPath", `The range ${this.path} is a null object.`);
    if (t.sheet.deleted) throw new FakeOfficeError("ItemNotFound", `The worksheet of ${this.path} was deleted.`);
    return t;
  }

  protected snapshot(prop: string): unknown {
    const t = this.target();
    switch (prop) {
      case "address":
        return sheetPrefix(t.sheet.name) + rectA1(t.rect);
      case "values":
        // A formula cell reads back what it shows; an error cell reads as its error text ("#N/A").
        return matrix(t, (c) => (c?.value ?? c?.result ?? c?.error ?? "") as Scalar);
      case "formulas":
        return matrix(t, (c) => (c?.formula ?? c?.value ?? c?.error ?? "") as Scalar);
      case "numberFormat":
        return matrix(t, (c) => c?.numberFormat ?? "General");
      case "rowCount":
        return t.rect.bottom - t.rect.top + 1;
      case "columnCount":
        return t.rect.right - t.rect.left + 1;
      case "rowIndex":
        return t.rect.top - 1;
      case "columnIndex":
        return t.rect.left - 1;
      case "hyperlink":
        return t.sheet.cell(t.rect.top, t.rect.left)?.hyperlink ?? null;
      default:
        throw new FakeOfficeError("InvalidArgument", `The fake Range has no property '${prop}'.`);
    }
  }

  get address(): string { return this.read("address"); }
  get values(): Scalar[][] { return this.read("values"); }
  set values(v: unknown[][]) {
    this.write("values", v, () => {
      const t = this.target();
      const m = checkMatrix(t, v, "values");
      const calculate = (formula: string): Scalar => this.context.state.calculate(formula, t.sheet);
      forEachCell(t, (cell, i, j) => inputCell(cell, m[i][j], calculate));
    });
  }
  get formulas(): Scalar[][] { return this.read("formulas"); }
  set formulas(v: unknown[][]) {
    this.write("formulas", v, () => {
      const t = this.target();
      const m = checkMatrix(t, v, "formulas");
      const calculate = (formula: string): Scalar => this.context.state.calculate(formula, t.sheet);
      forEachCell(t, (cell, i, j) => inputCell(cell, m[i][j], calculate));
    });
  }
  get numberFormat(): string[][] { return this.read("numberFormat"); }
  set numberFormat(v: unknown[][]) {
    this.write("numberFormat", v, () => {
      const t = this.target();
      const m = checkMatrix(t, v, "numberFormat");
      forEachCell(t, (cell, i, j) => {
        const f = m[i][j];
        if (f === null || f === undefined) return;
        if (typeof f !== "string") throw new FakeOfficeError("InvalidArgument", "numberFormat entries must be strings.");
        if (f === "" || f === "General") delete cell.numberFormat;
        else cell.numberFormat = f;
      });
    });
  }
  get rowCount(): number { return this.read("rowCount"); }
  get columnCount(): number { return this.read("columnCount"); }
  get rowIndex(): number { return this.read("rowIndex"); }
  get columnIndex(): number { return this.read("columnIndex"); }
  get hyperlink(): HyperlinkState | null { return this.read("hyperlink"); }
  set hyperlink(link: HyperlinkState | null) {
    this.write("hyperlink", link, () => {
      const t = this.target();
      if (!link || (link.address === undefined && link.documentReference === undefined)) {
        throw new FakeOfficeError("InvalidArgument", "A hyperlink needs an address or a documentReference.");
      }
      forEachCell(t, (cell) => (cell.hyperlink = { ...link }));
      if (link.textToDisplay !== undefined) {
        const cell = t.sheet.cellForWrite(t.rect.top, t.rect.left);
        delete cell.formula;
        cell.value = link.textToDisplay;
      }
    });
  }

  /**
   * Range.setCellProperties (ExcelApi 1.9): one properties object per cell, same shape as the
   * range; what a cell's object leaves out is not changed (cellProperties.ts).
   */
  setCellProperties(properties: unknown[][]): void {
    this.call("setCellProperties", [properties], () => {
      const t = this.target();
      const m = checkMatrix(t, properties, "setCellProperties");
      forEachCell(t, (cell, i, j) => applyCellProperties(cell, m[i][j]));
    });
  }

  /** Range.setRowProperties (ExcelApi 1.9): one object per row of the range, applied to its cells (rowHeight is accepted and not modelled). */
  setRowProperties(properties: unknown[]): void {
    this.call("setRowProperties", [properties], () => {
      const t = this.target();
      if (!Array.isArray(properties) || properties.length !== t.rect.bottom - t.rect.top + 1) throw new FakeOfficeError("InvalidArgument", "setRowProperties needs one entry per row of the range.");
      forEachCell(t, (cell, i) => {
        const format = lineFormat(properties[i]);
        if (format) applyCellProperties(cell, { format: { ...format, rowHeight: undefined } });
      });
    });
  }

  /** Range.setColumnProperties (ExcelApi 1.9): one object per column; format.columnWidth sets the width in points. */
  setColumnProperties(properties: unknown[]): void {
    this.call("setColumnProperties", [properties], () => {
      const t = this.target();
      if (!Array.isArray(properties) || properties.length !== t.rect.right - t.rect.left + 1) throw new FakeOfficeError("InvalidArgument", "setColumnProperties needs one entry per column of the range.");
      properties.forEach((p, j) => {
        const format = lineFormat(p);
        if (!format) return;
        const { columnWidth, ...rest } = format;
        if (columnWidth !== undefined) {
          if (typeof columnWidth !== "number" || columnWidth < 0) throw new FakeOfficeError("InvalidArgument", "format.columnWidth must be a number of points.");
          t.sheet.columnWidths.set(t.rect.left + j, columnWidth);
        }
        // other column formats apply to the column's cells the fake holds
        if (Object.keys(rest).length) for (let r = t.rect.top; r <= t.rect.bottom; r++) if (t.sheet.cell(r, t.rect.left + j)) applyCellProperties(t.sheet.cellForWrite(r, t.rect.left + j), { format: rest });
      });
    });
  }

  /**
   * Range.copyFrom (ExcelApi 1.9), which "replicates the Copy and Paste actions of the Excel UI"
   * (cut-copy-paste docs). Only copyType "Formats" is modelled ("the formatting of the range,
   * including font, color, and other format settings, but no values"): number format, font,
   * fill, alignment, wrap and borders, each replaced whole. Range.copyFrom's reference: "if the
   * destination range is an exact multiple greater than the source range in either rows or
   * columns, then the source content is replicated multiple times"; in a dimension that is not a
   * multiple the source is pasted once, at its own size (undocumented; the UI's behaviour). An
   * unqualified source address is on the destination's sheet. Anything else (other copy types,
   * skipBlanks, transpose, merged cells) is refused rather than guessed.
   */
  copyFrom(source: FakeRange | string, copyType = "All", skipBlanks = false, transpose = false): void {
    this.call("copyFrom", [typeof source === "string" ? source : source.path, copyType, skipBlanks, transpose], () => {
      if (copyType !== "Formats" || skipBlanks || transpose) {
        throw new FakeOfficeError("InvalidArgument", `The fake models copyFrom with copyType "Formats" only (got ${copyType}${skipBlanks ? ", skipBlanks" : ""}${transpose ? ", transpose" : ""}).`);
      }
      const dest = this.target();
      const src = targetOf(source, this, () => dest.sheet, (n) => this.context.state.sheetOrThrow(n));
      const h = src.rect.bottom - src.rect.top + 1;
      const w = src.rect.right - src.rect.left + 1;
      const dh = dest.rect.bottom - dest.rect.top + 1;
      const dw = dest.rect.right - dest.rect.left + 1;
      const rows = dh % h === 0 ? dh : h;
      const cols = dw % w === 0 ? dw : w;
      const pasted: Rect = { top: dest.rect.top, left: dest.rect.left, bottom: dest.rect.top + rows - 1, right: dest.rect.left + cols - 1 };
      for (const [t, rect] of [[src, src.rect], [dest, pasted]] as const) {
        if (t.sheet.merges.some((m) => overlaps(m, rect))) throw new FakeOfficeError("InvalidArgument", `The fake does not model copying formats from or onto merged cells (${rectA1(rect)}).`);
      }
      // Read every source cell before writing: source and destination may overlap.
      const formats = Array.from({ length: h }, (_, i) => Array.from({ length: w }, (_, j) => formatOf(src.sheet.cell(src.rect.top + i, src.rect.left + j))));
      for (let r = 0; r < rows; r++) {
        for (let c = 0; c < cols; c++) {
          const cell = dest.sheet.cellForWrite(pasted.top + r, pasted.left + c);
          for (const key of FORMAT_FIELDS) delete cell[key];
          Object.assign(cell, structuredClone(formats[r % h][c % w]));
        }
      }
    });
  }

  /** Selects the range (and activates its sheet), as Office.js `range.select()`. */
  select(): void {
    this.call("select", [], () => {
      const t = this.target();
      this.context.state.selection = { sheet: t.sheet, rect: { ...t.rect } };
    });
  }

  get format(): FakeRangeFormat {
    this.formatProxy ??= new FakeRangeFormat(this);
    return this.formatProxy;
  }

  getCell(row: number, column: number): FakeRange {
    return new FakeRange(this.context, `${this.path}/cell(${row},${column})`, () => {
      const t = this.target();
      const r = t.rect.top + row;
      const c = t.rect.left + column;
      return { sheet: t.sheet, rect: { top: r, left: c, bottom: r, right: c } };
    });
  }

  /**
   * Range.getIntersectionOrNullObject (ExcelApi 1.4): the cells this range shares with another
   * on the same sheet; a null object when they share none (or this range is a null object).
   */
  getIntersectionOrNullObject(another: FakeRange | string): FakeRange {
    return new FakeRange(
      this.context,
      `${this.path}/intersectionOrNull(${JSON.stringify(typeof another === "string" ? another : another.path)})`,
      () => {
        const t = (this.bound ??= this.resolveTarget());
        if (!t) return undefined;
        const o = targetOf(another, this, () => t.sheet, (n) => this.context.state.sheetOrThrow(n));
        if (o.sheet !== t.sheet) throw new FakeOfficeError("InvalidArgument", "The ranges are on different worksheets.");
        const rect = { top: Math.max(t.rect.top, o.rect.top), left: Math.max(t.rect.left, o.rect.left), bottom: Math.min(t.rect.bottom, o.rect.bottom), right: Math.min(t.rect.right, o.rect.right) };
        return rect.top > rect.bottom || rect.left > rect.right ? undefined : { sheet: t.sheet, rect };
      },
      true,
    );
  }

  /** Range.getBoundingRect (ExcelApi 1.1): the smallest range holding this one and another, on the same sheet. */
  getBoundingRect(another: FakeRange | string): FakeRange {
    return new FakeRange(this.context, `${this.path}/boundingRect(${JSON.stringify(typeof another === "string" ? another : another.path)})`, () => {
      const t = this.target();
      const o = targetOf(another, this, () => t.sheet, (n) => this.context.state.sheetOrThrow(n));
      if (o.sheet !== t.sheet) throw new FakeOfficeError("InvalidArgument", "The ranges are on different worksheets.");
      return { sheet: t.sheet, rect: { top: Math.min(t.rect.top, o.rect.top), left: Math.min(t.rect.left, o.rect.left), bottom: Math.max(t.rect.bottom, o.rect.bottom), right: Math.max(t.rect.right, o.rect.right) } };
    });
  }

  /** Row `row` (0-based) of the range. */
  getRow(row: number): FakeRange {
    return new FakeRange(this.context, `${this.path}/row(${row})`, () => {
      const t = this.target();
      const r = t.rect.top + row;
      if (r > t.rect.bottom) throw new FakeOfficeError("InvalidArgument", `Row ${row} is outside ${rectA1(t.rect)}.`);
      return { sheet: t.sheet, rect: { ...t.rect, top: r, bottom: r } };
    });
  }

  /** The range grown (or shrunk) by `deltaRows` and `deltaColumns` from its top-left cell. */
  getResizedRange(deltaRows: number, deltaColumns: number): FakeRange {
    return new FakeRange(this.context, `${this.path}/resized(${deltaRows},${deltaColumns})`, () => {
      const t = this.target();
      const bottom = t.rect.bottom + deltaRows;
      const right = t.rect.right + deltaColumns;
      if (bottom < t.rect.top || right < t.rect.left) throw new FakeOfficeError("InvalidArgument", "The resized range would be empty.");
      return { sheet: t.sheet, rect: { ...t.rect, bottom, right } };
    });
  }

  /**
   * Range.getMergedAreasOrNullObject (ExcelApi 1.13): the merged areas whose top-left cell lies in
   * this range, a null object when none; the request fails past 512 of them, or in an Excel
   * without ExcelApi 1.13 (rangeAreas.ts).
   */
  getMergedAreasOrNullObject(): FakeRangeAreas {
    return new FakeRangeAreas(this.context, `${this.path}/mergedAreasOrNull`, () => {
      const t = (this.bound ??= this.resolveTarget());
      return t ? mergedAreasOf(t, this.context.state.excelApi) : undefined;
    }, (path, target) => new FakeRange(this.context, path, () => target));
  }

  merge(across = false): void {
    this.call("merge", [across], () => {
      const t = this.target();
      const areas: Rect[] = across
        ? Array.from({ length: t.rect.bottom - t.rect.top + 1 }, (_, i) => ({ ...t.rect, top: t.rect.top + i, bottom: t.rect.top + i }))
        : [t.rect];
      for (const a of areas) {
        if (t.sheet.merges.some((m) => overlaps(m, a))) throw new FakeOfficeError("InvalidOperation", `Cannot merge ${rectA1(a)}: overlaps a merged area.`);
        // Excel keeps only the top-left value of a merged area.
        forEachCell({ sheet: t.sheet, rect: a }, (cell, i, j) => {
          if (i === 0 && j === 0) return;
          delete cell.value;
          delete cell.formula;
        });
        t.sheet.merges.push(a);
      }
    });
  }

  unmerge(): void {
    this.call("unmerge", [], () => {
      const t = this.target();
      t.sheet.merges = t.sheet.merges.filter((m) => !overlaps(m, t.rect));
    });
  }

  clear(): void {
    this.call("clear", [], () => {
      const t = this.target();
      for (let r = t.rect.top; r <= t.rect.bottom; r++) for (let c = t.rect.left; c <= t.rect.right; c++) t.sheet.cells.delete((r - 1) * 16384 + (c - 1));
    });
  }
}

/** Format proxies write through to every cell of the range. */
export class FakeRangeFormat extends FakeClientObject {
  protected readonly scalarProps = ["columnWidth", "rowHeight", "horizontalAlignment", "verticalAlignment", "wrapText"];
  readonly font: FakeRangeFont;
  readonly fill: FakeRangeFill;
  readonly borders: FakeRangeBorders;

  constructor(readonly range: FakeRange) {
    super(range.context, `${range.path}/format`);
    this.font = new FakeRangeFont(range);
    this.fill = new FakeRangeFill(range);
    this.borders = new FakeRangeBorders(range);
  }

  protected snapshot(prop: string): unknown {
    const t = this.range.target();
    switch (prop) {
      case "columnWidth":
        return t.sheet.columnWidths.get(t.rect.left) ?? 48;
      case "rowHeight":
        return 15;
      case "horizontalAlignment":
        return uniform(t, (c) => c?.hAlign ?? "General");
      case "verticalAlignment":
        return uniform(t, (c) => c?.vAlign ?? "Bottom");
      case "wrapText":
        return uniform(t, (c) => c?.wrap ?? false);
      default:
        throw new FakeOfficeError("InvalidArgument", `The fake RangeFormat has no property '${prop}'.`);
    }
  }

  private cells(prop: string, value: unknown, fn: (cell: CellState) => void): void {
    this.write(prop, value, () => forEachCell(this.range.target(), fn));
  }

  set columnWidth(points: number) {
    this.write("columnWidth", points, () => {
      const t = this.range.target();
      for (let c = t.rect.left; c <= t.rect.right; c++) t.sheet.columnWidths.set(c, points);
    });
  }
  get columnWidth(): number { return this.read("columnWidth"); }
  set rowHeight(_points: number) { this.write("rowHeight", _points, () => undefined); }
  set horizontalAlignment(v: string) { this.cells("horizontalAlignment", v, (c) => (c.hAlign = v)); }
  get horizontalAlignment(): string { return this.read("horizontalAlignment"); }
  set verticalAlignment(v: string) { this.cells("verticalAlignment", v, (c) => (c.vAlign = v)); }
  get verticalAlignment(): string { return this.read("verticalAlignment"); }
  set wrapText(v: boolean) { this.cells("wrapText", v, (c) => (c.wrap = v)); }
  get wrapText(): boolean { return this.read("wrapText"); }

  autofitColumns(): void {
    this.call("autofitColumns", [], () => undefined);
  }
}

export class FakeRangeFont extends FakeClientObject {
  protected readonly scalarProps = ["bold", "italic", "size", "color"];
  constructor(readonly range: FakeRange) {
    super(range.context, `${range.path}/format/font`);
  }
  protected snapshot(prop: string): unknown {
    const t = this.range.target();
    if (prop === "bold") return uniform(t, (c) => c?.bold ?? false);
    if (prop === "italic") return uniform(t, (c) => c?.italic ?? false);
    if (prop === "size") return uniform(t, (c) => c?.size ?? 11);
    if (prop === "color") return uniform(t, (c) => c?.color ?? "#000000");
    throw new FakeOfficeError("InvalidArgument", `The fake RangeFont has no property '${prop}'.`);
  }
  private cells(prop: string, value: unknown, fn: (cell: CellState) => void): void {
    this.write(prop, value, () => forEachCell(this.range.target(), fn));
  }
  set bold(v: boolean) { this.cells("bold", v, (c) => (c.bold = v)); }
  get bold(): boolean { return this.read("bold"); }
  set italic(v: boolean) { this.cells("italic", v, (c) => (c.italic = v)); }
  get italic(): boolean { return this.read("italic"); }
  set size(v: number) { this.cells("size", v, (c) => (c.size = v)); }
  get size(): number { return this.read("size"); }
  set color(v: string) { this.cells("color", v, (c) => (c.color = v)); }
  get color(): string { return this.read("color"); }
}

export class FakeRangeFill extends FakeClientObject {
  protected readonly scalarProps = ["color"];
  constructor(readonly range: FakeRange) {
    super(range.context, `${range.path}/format/fill`);
  }
  protected snapshot(prop: string): unknown {
    if (prop === "color") return uniform(this.range.target(), (c) => c?.fill ?? null);
    throw new FakeOfficeError("InvalidArgument", `The fake RangeFill has no property '${prop}'.`);
  }
  set color(v: string) {
    this.write("color", v, () => forEachCell(this.range.target(), (c) => (c.fill = v)));
  }
  get color(): string { return this.read("color"); }
  clear(): void {
    this.call("clear", [], () => forEachCell(this.range.target(), (c) => delete c.fill));
  }
}

const BORDER_INDEXES = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight", "InsideVertical", "InsideHorizontal", "DiagonalDown", "DiagonalUp"];

export class FakeRangeBorders {
  constructor(readonly range: FakeRange) {}
  getItem(index: string): FakeRangeBorder {
    if (!BORDER_INDEXES.includes(index)) throw new FakeOfficeError("InvalidArgument", `Unknown border index '${index}'.`);
    return new FakeRangeBorder(this.range, index);
  }
}

export class FakeRangeBorder extends FakeClientObject {
  protected readonly scalarProps = ["style", "weight", "color"];
  constructor(
    readonly range: FakeRange,
    readonly index: string,
  ) {
    super(range.context, `${range.path}/format/borders(${index})`);
  }
  protected snapshot(prop: string): unknown {
    const t = this.range.target();
    return uniform(t, (c) => (c?.borders?.[this.index] as Record<string, string> | undefined)?.[prop] ?? null);
  }
  private set(prop: "style" | "weight" | "color", v: string): void {
    this.write(prop, v, () =>
      forEachCell(this.range.target(), (c) => {
        c.borders ??= {};
        c.borders[this.index] = { ...c.borders[this.index], [prop]: v };
      }),
    );
  }
  set style(v: string) { this.set("style", v); }
  get style(): string { return this.read("style"); }
  set weight(v: string) { this.set("weight", v); }
  get weight(): string { return this.read("weight"); }
  set color(v: string) { this.set("color", v); }
  get color(): string { return this.read("color"); }
}

/** Resolves a Range proxy or an address string (relative to `sheet`) to a target. */
export function targetOf(arg: FakeRange | string, owner: FakeClientObject, sheet: () => SheetState, lookup: (name: string) => SheetState): RangeTarget {
  if (arg instanceof FakeRange) {
    FakeClientObject.sameContext(owner, arg);
    return arg.target();
  }
  const text = arg.replace(/^=/, "");
  const bang = text.lastIndexOf("!");
  if (bang < 0) return { sheet: sheet(), rect: parseRef(text) };
  let name = text.slice(0, bang);
  if (name.startsWith("'")) name = name.slice(1, -1).replace(/''/g, "'");
  return { sheet: lookup(name), rect: parseRef(text.slice(bang + 1)) };
}
