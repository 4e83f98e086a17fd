/**
 * The workbook the Excel fake holds: plain data that proxies read and queued writes change.
 * Tests can build it directly (fixtures) and inspect it (read-back) without going through proxies.
 */
import { type Rect, MAX_COLS, contains, overlaps, parseRef, sheetPrefix, splitSheet } from "./a1";
import { FakeOfficeError } from "./errors";

export type Scalar = string | number | boolean;

export interface HyperlinkState {
  address?: string;
  documentReference?: string;
  textToDisplay?: string;
  screenTip?: string;
}

export interface CellState {
  /** Constant value; absent when empty or a formula. */
  value?: Scalar;
  /** "=..." when the cell holds a formula. */
  formula?: string;
  /** What a formula cell shows (its calculated value, or an error text such as "#N/A"). */
  result?: Scalar;
  /** An error constant the cell holds ("#N/A", "#DIV/0!", …), as a cell Excel shows in error. */
  error?: string;
  /** Text typed with a leading apostrophe (Excel's quote prefix): shown without it, always text. */
  quotePrefix?: boolean;
  numberFormat?: string;
  bold?: boolean;
  italic?: boolean;
  size?: number;
  color?: string;
  fill?: string;
  hAlign?: string;
  vAlign?: string;
  wrap?: boolean;
  borders?: Record<string, { style?: string; weight?: string; color?: string }>;
  hyperlink?: HyperlinkState;
}

export interface ChartState {
  name: string;
  type: string;
  source: string;
  seriesBy?: string;
  title?: string;
  position?: { start: string; end?: string };
  series: { name?: string; xAxis?: string }[];
}

export class SheetState {
  readonly cells = new Map<number, CellState>();
  merges: Rect[] = [];
  readonly columnWidths = new Map<number, number>();
  freezeRows = 0;
  tabColor?: string;
  printArea?: string;
  printTitleRows?: string;
  zoom?: { scale?: number; horizontalFitToPages?: number; verticalFitToPages?: number };
  orientation?: string;
  centerFooter?: string;
  charts: ChartState[] = [];
  deleted = false;
  /**
   * Worksheet.id (ExcelApi 1.1): "uniquely identifies the worksheet in a given workbook" and
   * "remains the same even when the worksheet is renamed or moved". Never reused here.
   */
  constructor(
    public name: string,
    readonly id: string = "",
  ) {}

  static key(row: number, col: number): number {
    return (row - 1) * MAX_COLS + (col - 1);
  }

  cell(row: number, col: number): CellState | undefined {
    return this.cells.get(SheetState.key(row, col));
  }

  cellForWrite(row: number, col: number): CellState {
    const k = SheetState.key(row, col);
    let c = this.cells.get(k);
    if (!c) {
      c = {};
      this.cells.set(k, c);
    }
    return c;
  }

  /** Bounding box of cells with a value or formula (valuesOnly) or with anything at all. */
  usedRect(valuesOnly: boolean): Rect | undefined {
    let r: Rect | undefined;
    for (const [k, c] of this.cells) {
      const has = c.value !== undefined || c.formula !== undefined;
      if (valuesOnly ? !has : Object.keys(c).length === 0) continue;
      const row = Math.floor(k / MAX_COLS) + 1;
      const col = (k % MAX_COLS) + 1;
      if (!r) r = { top: row, left: col, bottom: row, right: col };
      else {
        r.top = Math.min(r.top, row);
        r.bottom = Math.max(r.bottom, row);
        r.left = Math.min(r.left, col);
        r.right = Math.max(r.right, col);
      }
    }
    return r;
  }
}

export interface TableState {
  name: string;
  /** Table.id (ExcelApi 1.1): stays with the table through renames; `tables.getItem` takes it or the name. */
  readonly id: string;
  sheet: SheetState;
  rect: Rect;
  style?: string;
}

export interface NameState {
  name: string;
  /** With the leading "=", e.g. "='Index'!$A$1". */
  formula: string;
  visible: boolean;
  comment?: string;
}

const INVALID_SHEET_CHARS = /[[\]:*?/\\]/;

/** Excel's largest cell text: 32,767 characters (Excel specifications and limits). */
export const MAX_CELL_TEXT = 32767;

/**
 * What the fake calculates for a formula written through the API: `=<number>`, `="text"` and a
 * same-sheet reference such as `=B2`; anything else shows #NAME? (as an add-in's function shows
 * where the add-in is not loaded). Tests may replace {@link WorkbookState.calculate}.
 */
export function basicCalculate(formula: string, sheet: SheetState): Scalar {
  const body = formula.replace(/^=/, "").trim();
  if (/^[+-]?(\d+\.?\d*|\.\d+)$/.test(body)) return Number(body);
  const text = /^"((?:[^"]|"")*)"$/.exec(body);
  if (text) return text[1].replace(/""/g, '"');
  const ref = /^\$?([A-Z]{1,3})\$?(\d+)$/.exec(body);
  if (ref) {
    const { top, left } = parseRef(`${ref[1]}${ref[2]}`);
    const target = sheet.cell(top, left);
    return target?.value ?? target?.result ?? target?.error ?? 0;
  }
  return "#NAME?";
}

export class WorkbookState {
  sheets: SheetState[] = [];
  /** Workbook structure protected (Review > Protect Workbook): sheets cannot be added or removed. */
  protected = false;
  /**
   * The ExcelApi requirement set of the Excel the fake plays (the host's, not the workbook's; kept
   * here so every proxy sees it): `Office.context.requirements.isSetSupported` answers by it, and
   * an API of a later set fails its request (ApiNotFound). Tests set "1.12" for an Excel that
   * cannot list merged areas.
   */
  excelApi = "1.13";
  /** The workbook uses the 1904 date system (Excel > Options > Advanced, or an old Mac workbook). */
  date1904 = false;
  /**
   * Excel is in cell-edit mode (the clerk is typing in a cell). A batch run without
   * `delayForCellEdit` fails with InvalidOperationInCellEditMode; one with it waits until
   * {@link endCellEdit}.
   */
  cellEditMode = false;
  private editWaiters: (() => void)[] = [];
  calculate: (formula: string, sheet: SheetState) => Scalar = basicCalculate;
  tables: TableState[] = [];
  names: NameState[] = [];
  /** What range.select() / worksheet.activate() left selected (A1 of the first sheet before any). */
  selection?: { sheet: SheetState; rect: Rect };
  private tableCounter = 0;
  private tableIdCounter = 0;
  private sheetCounter = 0;

  /** The clerk leaves the cell (Enter or Esc): batches waiting with delayForCellEdit go on. */
  endCellEdit(): void {
    this.cellEditMode = false;
    const waiters = this.editWaiters;
    this.editWaiters = [];
    for (const resume of waiters) resume();
  }

  /** Resolves when cell-edit mode ends (at once when it is not on). */
  afterCellEdit(): Promise<void> {
    if (!this.cellEditMode) return Promise.resolve();
    return new Promise((resolve) => this.editWaiters.push(resolve));
  }

  /** Throws as Excel does when a protected workbook's structure would change. */
  assertStructureEditable(): void {
    if (this.protected) {
      throw new FakeOfficeError("AccessDenied", "You cannot perform the requested operation: the workbook structure is protected.");
    }
  }

  sheet(name: string): SheetState | undefined {
    const lower = name.toLowerCase();
    return this.sheets.find((s) => s.name.toLowerCase() === lower);
  }

  sheetOrThrow(name: string): SheetState {
    const s = this.sheet(name);
    if (!s) throw new FakeOfficeError("ItemNotFound", `The requested resource doesn't exist: worksheet "${name}".`);
    return s;
  }

  addSheet(name: string): SheetState {
    if (name.length === 0 || name.length > 31 || INVALID_SHEET_CHARS.test(name) || /^'|'$/.test(name) || name.toLowerCase() === "history") {
      throw new FakeOfficeError("InvalidArgument", `The argument is invalid or missing: sheet name "${name}".`);
    }
    if (this.sheet(name)) throw new FakeOfficeError("ItemAlreadyExists", `A resource with the same name already exists: "${name}".`);
    // Shaped like Excel on the web's ids; what matters is that each is new and stays with its sheet.
    const id = `{00000000-0001-0000-${String(++this.sheetCounter).padStart(4, "0")}-000000000000}`;
    const s = new SheetState(name, id);
    this.sheets.push(s);
    return s;
  }

  deleteSheet(sheet: SheetState): void {
    if (this.sheets.length <= 1) throw new FakeOfficeError("InvalidOperation", "A workbook must contain at least one visible worksheet.");
    this.sheets = this.sheets.filter((s) => s !== sheet);
    this.tables = this.tables.filter((t) => t.sheet !== sheet);
    sheet.deleted = true;
    // Excel turns references to a deleted sheet into #REF!.
    for (const n of this.names) {
      const { sheet: target } = splitSheet(n.formula);
      if (target !== undefined && target.toLowerCase() === sheet.name.toLowerCase()) {
        n.formula = "=#REF!" + splitSheet(n.formula).ref;
      }
    }
  }

  /** The sheet with this Worksheet.id, if any. */
  sheetById(id: string): SheetState | undefined {
    return this.sheets.find((s) => s.id === id);
  }

  /**
   * Renames a sheet as Excel does (Worksheet.name, or the clerk in the tab): a name another sheet
   * has is refused, and defined names that refer to the sheet follow it.
   */
  renameSheet(sheet: SheetState, to: string): void {
    const clash = this.sheet(to);
    if (clash && clash !== sheet) throw new FakeOfficeError("ItemAlreadyExists", `A sheet named "${to}" already exists.`);
    for (const n of this.names) {
      const { sheet: target, ref } = splitSheet(n.formula);
      if (target !== undefined && target.toLowerCase() === sheet.name.toLowerCase()) n.formula = `=${sheetPrefix(to)}${ref}`;
    }
    sheet.name = to;
  }

  /** Table and defined names share one namespace, case-insensitively. */
  nameTaken(name: string, except?: object): boolean {
    const lower = name.toLowerCase();
    return (
      this.tables.some((t) => t !== except && t.name.toLowerCase() === lower) ||
      this.names.some((n) => n !== except && n.name.toLowerCase() === lower)
    );
  }

  static validIdentifier(name: string): boolean {
    return (
      /^[\p{L}_\\][\p{L}\p{N}_.]*$/u.test(name) &&
      !/^[A-Za-z]{1,3}\d+$/.test(name) &&
      !/^[RrCc]\d*$/.test(name) &&
      !/^R\d*C\d*$/i.test(name) &&
      name.length <= 255
    );
  }

  /** A new table's id (Excel's are small decimal numbers in a string, unique in the workbook). */
  nextTableId(): string {
    return String(++this.tableIdCounter);
  }

  nextTableName(): string {
    let name: string;
    do name = `Table${++this.tableCounter}`;
    while (this.nameTaken(name));
    return name;
  }

  tableAt(sheet: SheetState, row: number, col: number): TableState | undefined {
    return this.tables.find((t) => t.sheet === sheet && contains(t.rect, row, col));
  }

  // -- fixture helpers (not Office.js): build a clerk's workbook directly --------------------

  /**
   * Puts a matrix of values at `origin` of a (new or existing) sheet; null = empty, "=…" a formula
   * (calculated by {@link calculate}), `{ error: "#N/A" }` an error cell.
   */
  putValues(
    sheetName: string,
    origin: string,
    rows: readonly (readonly (Scalar | null | { value: number; numberFormat: string } | { error: string })[])[],
  ): SheetState {
    const sheet = this.sheet(sheetName) ?? this.addSheet(sheetName);
    const o = parseRef(origin);
    rows.forEach((row, i) =>
      row.forEach((v, j) => {
        if (v === null) return;
        const cell = sheet.cellForWrite(o.top + i, o.left + j);
        if (typeof v === "object" && "error" in v) cell.error = v.error;
        else if (typeof v === "object") {
          cell.value = v.value;
          cell.numberFormat = v.numberFormat;
        } else if (typeof v === "string" && v.startsWith("=")) {
          cell.formula = v;
          cell.result = this.calculate(v, sheet);
        } else cell.value = v;
      }),
    );
    return sheet;
  }

  /**
   * Merges cells directly (fixture helper), as Excel's Merge does: the top-left cell keeps its
   * value, the others are emptied; a merge over another is refused.
   */
  putMerge(sheetName: string, ref: string): void {
    const sheet = this.sheetOrThrow(sheetName);
    const area = parseRef(ref);
    if (sheet.merges.some((m) => overlaps(m, area))) throw new FakeOfficeError("InvalidOperation", `Cannot merge ${ref}: overlaps a merged area.`);
    for (let r = area.top; r <= area.bottom; r++) {
      for (let c = area.left; c <= area.right; c++) if (r !== area.top || c !== area.left) sheet.cells.delete(SheetState.key(r, c));
    }
    sheet.merges.push(area);
  }

  /** Adds a table directly over existing cells (fixture helper). */
  putTable(sheetName: string, name: string, ref: string): TableState {
    const t: TableState = { name, id: this.nextTableId(), sheet: this.sheetOrThrow(sheetName), rect: parseRef(ref) };
    this.tables.push(t);
    return t;
  }
}
