/** Workbook-level proxies of the Excel fake: worksheets, tables, names, charts, page layout, application. */
import { type Rect, MAX_COLS, parseRef, rectA1, sheetPrefix } from "./a1";
import { FakeClientObject, type FakeRequestContext, loadProps } from "./context";
import { FakeOfficeError } from "./errors";
import { FakeRange, type RangeTarget, inputCell, targetOf } from "./range";
import { type CellState, type ChartState, type NameState, SheetState, type TableState, WorkbookState } from "./state";

type LoadArg = Parameters<FakeClientObject["load"]>[0];

/** A collection proxy: `load("items/name")` (or "name") loads each item's properties. */
abstract class FakeCollection<T extends FakeClientObject> extends FakeClientObject {
  protected readonly scalarProps: readonly string[] = [];
  private loadedItems?: T[];
  protected abstract current(): T[];
  protected snapshot(): unknown {
    return undefined;
  }
  override load(arg?: LoadArg): this {
    const props = (loadProps(arg) ?? []).map((p) => p.replace(/^items\/?/, "")).filter((p) => p !== "");
    this.context.enqueue(
      { path: this.path, load: props.map((p) => `items/${p}`) },
      () => {
        const items = this.current();
        this.loadedItems = items;
        return items.map((it) => (it as unknown as { applyLoad(p: string[]): unknown }).applyLoad(props.length ? props : [...(it as unknown as { scalarProps: string[] }).scalarProps]));
      },
      () => (this.loadedItems = undefined),
    );
    return this;
  }
  get items(): T[] {
    if (!this.loadedItems) throw new FakeOfficeError("PropertyNotLoaded", "The property 'items' is not available. Call load() and context.sync() first.");
    return this.loadedItems;
  }
}

export class FakeWorkbook {
  readonly worksheets: FakeWorksheetCollection;
  readonly tables: FakeTableCollection;
  readonly names: FakeNamedItemCollection;
  readonly application: FakeApplication;
  readonly protection: FakeWorkbookProtection;
  readonly functions: FakeFunctions;
  constructor(readonly context: FakeRequestContext) {
    this.worksheets = new FakeWorksheetCollection(context, "wb/worksheets");
    this.tables = new FakeTableCollection(context, "wb/tables", undefined);
    this.names = new FakeNamedItemCollection(context, "wb/names");
    this.application = new FakeApplication(context);
    this.protection = new FakeWorkbookProtection(context);
    this.functions = new FakeFunctions(context);
  }
  /** The selected range (A1 of the first sheet when nothing was selected). */
  getSelectedRange(): FakeRange {
    return new FakeRange(this.context, "wb/selectedRange", () => selectionOf(this.context.state));
  }
  /** The active cell: the top-left cell of the selection. */
  getActiveCell(): FakeRange {
    return new FakeRange(this.context, "wb/activeCell", () => {
      const t = selectionOf(this.context.state);
      return { sheet: t.sheet, rect: { top: t.rect.top, left: t.rect.left, bottom: t.rect.top, right: t.rect.left } };
    });
  }
}

function selectionOf(state: WorkbookState): RangeTarget {
  const sel = state.selection;
  if (sel && !sel.sheet.deleted) return { sheet: sel.sheet, rect: { ...sel.rect } };
  const sheet = state.sheets[0];
  if (!sheet) throw new FakeOfficeError("ItemNotFound", "The workbook has no worksheet.");
  return { sheet, rect: { top: 1, left: 1, bottom: 1, right: 1 } };
}

/** `workbook.protection` (ExcelApi 1.7): `protected` is true while the structure is protected. */
export class FakeWorkbookProtection extends FakeClientObject {
  protected readonly scalarProps = ["protected"];
  constructor(context: FakeRequestContext) {
    super(context, "wb/protection");
  }
  protected snapshot(prop: string): unknown {
    if (prop === "protected") return this.context.state.protected;
    throw new FakeOfficeError("InvalidArgument", `The fake WorkbookProtection has no property '${prop}'.`);
  }
  get protected(): boolean { return this.read("protected"); }
}

/** A worksheet function's result (`workbook.functions.*`, ExcelApi 1.2). */
export class FakeFunctionResult extends FakeClientObject {
  protected readonly scalarProps = ["value", "error"];
  constructor(
    context: FakeRequestContext,
    path: string,
    private readonly compute: () => number,
  ) {
    super(context, path);
  }
  protected snapshot(prop: string): unknown {
    if (prop === "value") return this.compute();
    if (prop === "error") return null;
    throw new FakeOfficeError("InvalidArgument", `The fake FunctionResult has no property '${prop}'.`);
  }
  get value(): number { return this.read("value"); }
  get error(): string | null { return this.read("error"); }
}

/** `workbook.functions`: only DATE, which answers in the workbook's date system. */
export class FakeFunctions {
  constructor(readonly context: FakeRequestContext) {}
  date(year: number, month: number, day: number): FakeFunctionResult {
    return new FakeFunctionResult(this.context, `wb/functions/date(${year},${month},${day})`, () => {
      // Days since 1899-12-30 (the 1900 system past its phantom leap day; serials from 1900-03-01)
      // or since 1904-01-01 (the 1904 system).
      const days = Math.round((Date.UTC(year, month - 1, day) - Date.UTC(1899, 11, 30)) / 86400000);
      return this.context.state.date1904 ? days - 1462 : days;
    });
  }
}

export class FakeApplication {
  constructor(readonly context: FakeRequestContext) {}
  suspendScreenUpdatingUntilNextSync(): void {
    this.context.enqueue({ path: "app", call: "suspendScreenUpdatingUntilNextSync" }, () => undefined);
    this.context.markScreenSuspended();
  }
  suspendApiCalculationUntilNextSync(): void {
    this.context.enqueue({ path: "app", call: "suspendApiCalculationUntilNextSync" }, () => undefined);
    this.context.markCalcSuspended();
  }
}

export class FakeWorksheetCollection extends FakeCollection<FakeWorksheet> {
  protected current(): FakeWorksheet[] {
    return this.context.state.sheets.map((s) => worksheetProxy(this.context, s));
  }
  add(name?: string): FakeWorksheet {
    let created: SheetState | undefined;
    const ws = new FakeWorksheet(this.context, `${this.path}/add(${JSON.stringify(name ?? "")})`, () => {
      if (!created) throw new FakeOfficeError("InvalidObjectPath", "The worksheet is not created until context.sync().");
      return created;
    });
    this.call("add", [name ?? null], () => {
      const state = this.context.state;
      let n = name;
      if (n === undefined) {
        let i = state.sheets.length + 1;
        while (state.sheet(`Sheet${i}`)) i++;
        n = `Sheet${i}`;
      }
      state.assertStructureEditable();
      created = state.addSheet(n);
    });
    return ws;
  }
  /** By name or by Worksheet.id ("Gets a worksheet object using its name or ID", ExcelApi 1.1). */
  getItem(key: string): FakeWorksheet {
    return new FakeWorksheet(this.context, `${this.path}/item(${JSON.stringify(key)})`, () => this.context.state.sheetById(key) ?? this.context.state.sheetOrThrow(key));
  }
  getItemOrNullObject(name: string): FakeWorksheet {
    const ws = new FakeWorksheet(this.context, `${this.path}/itemOrNull(${JSON.stringify(name)})`, () => this.context.state.sheet(name));
    ws.trackNullPublic(() => this.context.state.sheet(name) === undefined);
    return ws;
  }
  getActiveWorksheet(): FakeWorksheet {
    return new FakeWorksheet(this.context, `${this.path}/active`, () => this.context.state.sheets[0]);
  }
}

const sheetProxies = new WeakMap<FakeRequestContext, Map<SheetState, FakeWorksheet>>();
function worksheetProxy(context: FakeRequestContext, sheet: SheetState): FakeWorksheet {
  let m = sheetProxies.get(context);
  if (!m) sheetProxies.set(context, (m = new Map()));
  let p = m.get(sheet);
  if (!p) m.set(sheet, (p = new FakeWorksheet(context, `ws(${JSON.stringify(sheet.name)})`, () => sheet)));
  return p;
}

export class FakeWorksheet extends FakeClientObject {
  protected readonly scalarProps = ["name", "id", "position", "visibility", "tabColor"];
  private navs = new Map<string, unknown>();
  constructor(
    context: FakeRequestContext,
    path: string,
    readonly resolveSheet: () => SheetState | undefined,
  ) {
    super(context, path);
  }
  trackNullPublic(isNull: () => boolean): void {
    this.trackNull(isNull);
  }
  private bound?: SheetState;
  protected override isNullNow(): boolean {
    return (this.bound ??= this.resolveSheet()) === undefined;
  }
  /** Like Office.js, a proxy binds to its object the first time it is resolved (a later rename does not re-target it). */
  sheet(): SheetState {
    const s = (this.bound ??= this.resolveSheet());
    if (!s) throw new FakeOfficeError("InvalidObjectPath", `The worksheet ${this.path} is a null object.`);
    if (s.deleted) throw new FakeOfficeError("ItemNotFound", `The worksheet ${this.path} was deleted.`);
    return s;
  }
  protected snapshot(prop: string): unknown {
    const s = this.sheet();
    if (prop === "name") return s.name;
    if (prop === "id") return s.id;
    if (prop === "position") return this.context.state.sheets.indexOf(s);
    if (prop === "visibility") return "Visible";
    if (prop === "tabColor") return s.tabColor ?? "";
    throw new FakeOfficeError("InvalidArgument", `The fake Worksheet has no property '${prop}'.`);
  }
  get name(): string { return this.read("name"); }
  set name(v: string) {
    this.write("name", v, () => {
      this.context.state.assertStructureEditable();
      this.context.state.renameSheet(this.sheet(), v);
    });
  }
  get id(): string { return this.read("id"); }
  get position(): number { return this.read("position"); }
  get tabColor(): string { return this.read("tabColor"); }
  set tabColor(v: string) { this.write("tabColor", v, () => (this.sheet().tabColor = v)); }

  private nav<T>(key: string, make: () => T): T {
    if (!this.navs.has(key)) this.navs.set(key, make());
    return this.navs.get(key) as T;
  }
  get tables(): FakeTableCollection {
    return this.nav("tables", () => new FakeTableCollection(this.context, `${this.path}/tables`, () => this.sheet()));
  }
  get charts(): FakeChartCollection {
    return this.nav("charts", () => new FakeChartCollection(this));
  }
  get freezePanes(): FakeFreezePanes {
    return this.nav("freeze", () => new FakeFreezePanes(this));
  }
  get pageLayout(): FakePageLayout {
    return this.nav("page", () => new FakePageLayout(this));
  }

  getRange(address?: string): FakeRange {
    return new FakeRange(this.context, `${this.path}/range(${JSON.stringify(address ?? "")})`, () => ({
      sheet: this.sheet(),
      rect: address ? parseRef(address) : parseRef("A1:XFD1048576"),
    }));
  }
  getRangeByIndexes(row: number, col: number, rows: number, cols: number): FakeRange {
    return new FakeRange(this.context, `${this.path}/rangeByIndexes(${row},${col},${rows},${cols})`, () => ({
      sheet: this.sheet(),
      rect: { top: row + 1, left: col + 1, bottom: row + rows, right: col + cols },
    }));
  }
  getCell(row: number, col: number): FakeRange {
    return this.getRangeByIndexes(row, col, 1, 1);
  }
  getUsedRange(valuesOnly = false): FakeRange {
    return new FakeRange(this.context, `${this.path}/usedRange(${valuesOnly})`, () => {
      const s = this.sheet();
      return { sheet: s, rect: s.usedRect(valuesOnly) ?? { top: 1, left: 1, bottom: 1, right: 1 } };
    });
  }
  getUsedRangeOrNullObject(valuesOnly = false): FakeRange {
    return new FakeRange(
      this.context,
      `${this.path}/usedRangeOrNull(${valuesOnly})`,
      () => {
        const s = this.sheet();
        const rect = s.usedRect(valuesOnly);
        return rect ? { sheet: s, rect } : undefined;
      },
      true,
    );
  }
  delete(): void {
    this.call("delete", [], () => {
      this.context.state.assertStructureEditable();
      this.context.state.deleteSheet(this.sheet());
    });
  }
  activate(): void {
    this.call("activate", [], () => {
      const sheet = this.sheet();
      const state = this.context.state;
      if (state.selection?.sheet !== sheet) state.selection = { sheet, rect: { top: 1, left: 1, bottom: 1, right: 1 } };
    });
  }
  /** Resolves an address string or Range argument against this sheet. */
  targetOf(arg: FakeRange | string): RangeTarget {
    return targetOf(arg, this, () => this.sheet(), (n) => this.context.state.sheetOrThrow(n));
  }
}

export class FakeFreezePanes {
  constructor(readonly ws: FakeWorksheet) {}
  freezeRows(count = 1): void {
    this.ws.context.enqueue({ path: `${this.ws.path}/freezePanes`, call: "freezeRows", args: [count] }, () => {
      this.ws.sheet().freezeRows = count;
      return undefined;
    });
  }
  unfreeze(): void {
    this.ws.context.enqueue({ path: `${this.ws.path}/freezePanes`, call: "unfreeze" }, () => {
      this.ws.sheet().freezeRows = 0;
      return undefined;
    });
  }
}

export class FakePageLayout extends FakeClientObject {
  protected readonly scalarProps = ["orientation", "zoom"];
  constructor(readonly ws: FakeWorksheet) {
    super(ws.context, `${ws.path}/pageLayout`);
  }
  protected snapshot(prop: string): unknown {
    const s = this.ws.sheet();
    if (prop === "orientation") return s.orientation ?? "Portrait";
    if (prop === "zoom") return s.zoom ?? { scale: 100 };
    throw new FakeOfficeError("InvalidArgument", `The fake PageLayout has no property '${prop}'.`);
  }
  set orientation(v: string) { this.write("orientation", v, () => (this.ws.sheet().orientation = v)); }
  get orientation(): string { return this.read("orientation"); }
  set zoom(v: { scale?: number; horizontalFitToPages?: number; verticalFitToPages?: number }) {
    this.write("zoom", v, () => (this.ws.sheet().zoom = { ...v }));
  }
  get zoom(): { scale?: number; horizontalFitToPages?: number; verticalFitToPages?: number } { return this.read("zoom"); }
  get headersFooters(): { defaultForAllPages: { centerFooter: string } } {
    const ws = this.ws;
    const path = `${this.path}/headersFooters/defaultForAllPages`;
    return {
      defaultForAllPages: {
        set centerFooter(v: string) {
          ws.context.enqueue({ path, set: "centerFooter", value: v }, () => ((ws.sheet().centerFooter = v), undefined));
        },
        get centerFooter(): string {
          throw new FakeOfficeError("PropertyNotLoaded", "The fake does not load header/footer text.");
        },
      },
    };
  }
  setPrintArea(area: FakeRange | string): void {
    this.call("setPrintArea", [typeof area === "string" ? area : area.path], () => {
      const t = this.ws.targetOf(area);
      t.sheet.printArea = sheetPrefix(t.sheet.name) + absolute(t.rect);
    });
  }
  setPrintTitleRows(rows: FakeRange | string): void {
    this.call("setPrintTitleRows", [typeof rows === "string" ? rows : rows.path], () => {
      const t = this.ws.targetOf(rows);
      if (t.rect.left !== 1 || t.rect.right !== 16384) throw new FakeOfficeError("InvalidArgument", "The print title rows must span entire rows.");
      t.sheet.printTitleRows = `$${t.rect.top}:$${t.rect.bottom}`;
    });
  }
}

function absolute(r: Rect): string {
  return rectA1(r).replace(/([A-Z]+)(\d+)/g, "$$$1$$$2");
}

export class FakeTableCollection extends FakeCollection<FakeTable> {
  constructor(
    context: FakeRequestContext,
    path: string,
    readonly scope: (() => SheetState) | undefined,
  ) {
    super(context, path);
  }
  protected current(): FakeTable[] {
    const sheet = this.scope?.();
    return this.context.state.tables.filter((t) => !sheet || t.sheet === sheet).map((t) => new FakeTable(this.context, `table(${JSON.stringify(t.name)})`, () => t));
  }
  add(address: FakeRange | string, hasHeaders: boolean): FakeTable {
    let created: TableState | undefined;
    const table = new FakeTable(this.context, `${this.path}/add`, () => created);
    this.call("add", [typeof address === "string" ? address : address.path, hasHeaders], () => {
      const state = this.context.state;
      const t = targetOf(address, this, () => this.scope?.() ?? state.sheets[0], (n) => state.sheetOrThrow(n));
      if (!hasHeaders) throw new FakeOfficeError("InvalidArgument", "The fake models tables.add with hasHeaders = true only.");
      const rect = { ...t.rect };
      // A table always has at least one data row.
      if (rect.bottom === rect.top) rect.bottom += 1;
      if (state.tables.some((o) => o.sheet === t.sheet && overlapsRect(o.rect, rect))) {
        throw new FakeOfficeError("InvalidArgument", "A table can't overlap another table.");
      }
      if (t.sheet.merges.some((m) => overlapsRect(m, rect))) throw new FakeOfficeError("InvalidOperation", "A table can't contain merged cells.");
      // Excel makes header cells text, fills blanks and de-duplicates.
      const seen = new Set<string>();
      for (let c = rect.left; c <= rect.right; c++) {
        const cell = t.sheet.cellForWrite(rect.top, c);
        let h = cell.value === undefined ? `Column${c - rect.left + 1}` : String(cell.value);
        for (let i = 2; seen.has(h.toLowerCase()); i++) h = `${String(cell.value ?? "Column")}${i}`;
        seen.add(h.toLowerCase());
        delete cell.formula;
        cell.value = h;
      }
      created = { name: state.nextTableName(), id: state.nextTableId(), sheet: t.sheet, rect };
      state.tables.push(created);
    });
    return table;
  }
  /** By name or by Table.id ("Gets a table by name or ID", ExcelApi 1.1). */
  getItem(name: string): FakeTable {
    return new FakeTable(this.context, `${this.path}/item(${JSON.stringify(name)})`, () => {
      const t = this.findById(name) ?? this.find(name);
      if (!t) throw new FakeOfficeError("ItemNotFound", `The requested resource doesn't exist: table "${name}".`);
      return t;
    });
  }
  getItemOrNullObject(name: string): FakeTable {
    const t = new FakeTable(this.context, `${this.path}/itemOrNull(${JSON.stringify(name)})`, () => this.find(name));
    t.trackNullPublic(() => this.find(name) === undefined);
    return t;
  }
  private findById(id: string): TableState | undefined {
    const sheet = this.scope?.();
    return this.context.state.tables.find((t) => t.id === id && (!sheet || t.sheet === sheet));
  }
  private find(name: string): TableState | undefined {
    const sheet = this.scope?.();
    return this.context.state.tables.find((t) => t.name.toLowerCase() === name.toLowerCase() && (!sheet || t.sheet === sheet));
  }
}

function overlapsRect(a: Rect, b: Rect): boolean {
  return a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;
}

export class FakeTable extends FakeClientObject {
  protected readonly scalarProps = ["name", "id", "style", "showHeaders"];
  constructor(
    context: FakeRequestContext,
    path: string,
    readonly resolveTable: () => TableState | undefined,
  ) {
    super(context, path);
  }
  trackNullPublic(isNull: () => boolean): void {
    this.trackNull(isNull);
  }
  private bound?: TableState;
  protected override isNullNow(): boolean {
    return (this.bound ??= this.resolveTable()) === undefined;
  }
  table(): TableState {
    const t = (this.bound ??= this.resolveTable());
    if (!t) throw new FakeOfficeError("InvalidObjectPath", `The table ${this.path} is a null object or not created yet.`);
    if (!this.context.state.tables.includes(t)) throw new FakeOfficeError("ItemNotFound", `The table ${t.name} was deleted.`);
    return t;
  }
  protected snapshot(prop: string): unknown {
    const t = this.table();
    if (prop === "name") return t.name;
    if (prop === "id") return t.id;
    if (prop === "style") return t.style ?? "TableStyleMedium2";
    if (prop === "showHeaders") return true;
    throw new FakeOfficeError("InvalidArgument", `The fake Table has no property '${prop}'.`);
  }
  /** Loads "worksheet/name" style paths through the worksheet navigation property. */
  protected override applyLoad(props: string[]): unknown {
    const own = props.filter((p) => !p.startsWith("worksheet/"));
    const nav = props.filter((p) => p.startsWith("worksheet/")).map((p) => p.slice("worksheet/".length));
    const out = super.applyLoad(own) as Record<string, unknown>;
    if (nav.length) out.worksheet = (this.worksheet as unknown as { applyLoad(p: string[]): unknown }).applyLoad(nav);
    return out;
  }
  get name(): string { return this.read("name"); }
  get id(): string { return this.read("id"); }
  set name(v: string) {
    this.write("name", v, () => {
      const t = this.table();
      const state = this.context.state;
      if (!WorkbookState.validIdentifier(v)) throw new FakeOfficeError("InvalidArgument", `"${v}" is not a valid table name.`);
      if (state.nameTaken(v, t)) throw new FakeOfficeError("ItemAlreadyExists", `A table or name "${v}" already exists.`);
      t.name = v;
    });
  }
  get style(): string { return this.read("style"); }
  set style(v: string) { this.write("style", v, () => (this.table().style = v)); }

  private wsProxy?: FakeWorksheet;
  get worksheet(): FakeWorksheet {
    this.wsProxy ??= new FakeWorksheet(this.context, `${this.path}/worksheet`, () => this.table().sheet);
    return this.wsProxy;
  }
  private part(name: string, pick: (r: Rect) => Rect | undefined): FakeRange {
    return new FakeRange(this.context, `${this.path}/${name}`, () => {
      const t = this.table();
      const rect = pick(t.rect);
      if (!rect) throw new FakeOfficeError("ItemNotFound", `The table ${t.name} has no ${name}.`);
      return { sheet: t.sheet, rect };
    });
  }
  private rowsProxy?: FakeTableRowCollection;
  get rows(): FakeTableRowCollection {
    this.rowsProxy ??= new FakeTableRowCollection(this.context, `${this.path}/rows`, this);
    return this.rowsProxy;
  }
  private columnsProxy?: FakeTableColumnCollection;
  get columns(): FakeTableColumnCollection {
    this.columnsProxy ??= new FakeTableColumnCollection(this.context, `${this.path}/columns`, this);
    return this.columnsProxy;
  }
  getRange(): FakeRange {
    return this.part("range", (r) => r);
  }
  getHeaderRowRange(): FakeRange {
    return this.part("header", (r) => ({ ...r, bottom: r.top }));
  }
  getDataBodyRange(): FakeRange {
    return this.part("body", (r) => ({ ...r, top: r.top + 1 }));
  }
  delete(): void {
    this.call("delete", [], () => {
      const t = this.table();
      this.context.state.tables = this.context.state.tables.filter((o) => o !== t);
    });
  }
}

/** Header texts of a table, left to right. */
function tableHeaders(t: TableState): string[] {
  const out: string[] = [];
  for (let c = t.rect.left; c <= t.rect.right; c++) out.push(String(t.sheet.cell(t.rect.top, c)?.value ?? ""));
  return out;
}

/** Moves the cells of rows top..bottom right of column `from` by `by` columns (Excel's insert/delete shift within a table's rows). */
function shiftCells(sheet: SheetState, top: number, bottom: number, from: number, by: number): void {
  const moved: [number, number, CellState][] = [];
  for (const [k, cell] of [...sheet.cells]) {
    const row = Math.floor(k / MAX_COLS) + 1;
    const col = (k % MAX_COLS) + 1;
    if (row >= top && row <= bottom && col >= from) {
      sheet.cells.delete(k);
      moved.push([row, col + by, cell]);
    }
  }
  for (const [row, col, cell] of moved) sheet.cells.set(SheetState.key(row, col), cell);
}

/** `table.columns`: load items/name, add (appended at the right), getItem, getItemOrNullObject. */
export class FakeTableColumnCollection extends FakeCollection<FakeTableColumn> {
  constructor(
    context: FakeRequestContext,
    path: string,
    readonly owner: FakeTable,
  ) {
    super(context, path);
  }
  protected current(): FakeTableColumn[] {
    const t = this.owner.table();
    return tableHeaders(t).map((_, i) => new FakeTableColumn(this.context, `${this.path}/at(${i})`, () => ({ table: t, index: i })));
  }
  get count(): number {
    return this.items.length;
  }
  /**
   * Adds a column. The fake models appending only (`index` null/undefined); `values`, when given,
   * must cover header + data rows. A taken name gets Excel's numeric suffix ("Aging2").
   */
  add(index?: number | null, values?: unknown[][] | null, name?: string): FakeTableColumn {
    let created: { table: TableState; index: number } | undefined;
    const column = new FakeTableColumn(this.context, `${this.path}/add`, () => created);
    this.call("add", [index ?? null, values ?? null, name ?? null], () => {
      const t = this.owner.table();
      if (index !== undefined && index !== null && index !== t.rect.right - t.rect.left + 1) {
        throw new FakeOfficeError("InvalidArgument", "The fake models table.columns.add at the end only.");
      }
      const rows = t.rect.bottom - t.rect.top + 1;
      if (values && (values.length !== rows || values.some((r) => !Array.isArray(r) || r.length !== 1))) {
        throw new FakeOfficeError("InvalidArgument", "The number of rows in the input array doesn't match the table.");
      }
      const state = this.context.state;
      if (state.tables.some((o) => o !== t && o.sheet === t.sheet && o.rect.left > t.rect.right && o.rect.top <= t.rect.bottom && t.rect.top <= o.rect.bottom)) {
        throw new FakeOfficeError("InvalidOperation", "This operation would move a table on the worksheet.");
      }
      // Excel inserts cells in the table's rows and shifts what is to the right.
      shiftCells(t.sheet, t.rect.top, t.rect.bottom, t.rect.right + 1, 1);
      t.rect = { ...t.rect, right: t.rect.right + 1 };
      const col = t.rect.right;
      const taken = new Set(tableHeaders(t).slice(0, -1).map((h) => h.toLowerCase()));
      const wanted = name ?? (values ? String(values[0][0] ?? "") : "") ?? "";
      let header = wanted === "" ? `Column${col - t.rect.left + 1}` : wanted;
      for (let i = 2; taken.has(header.toLowerCase()); i++) header = `${wanted || "Column"}${i}`;
      const head = t.sheet.cellForWrite(t.rect.top, col);
      head.value = header;
      if (values) for (let r = 1; r < rows; r++) inputCell(t.sheet.cellForWrite(t.rect.top + r, col), values[r][0]);
      created = { table: t, index: col - t.rect.left };
    });
    return column;
  }
  getItem(key: string | number): FakeTableColumn {
    return new FakeTableColumn(this.context, `${this.path}/item(${JSON.stringify(key)})`, () => {
      const found = this.find(key);
      if (!found) throw new FakeOfficeError("ItemNotFound", `The requested resource doesn't exist: table column ${JSON.stringify(key)}.`);
      return found;
    });
  }
  getItemOrNullObject(key: string | number): FakeTableColumn {
    const c = new FakeTableColumn(this.context, `${this.path}/itemOrNull(${JSON.stringify(key)})`, () => this.find(key));
    c.trackNullPublic(() => this.find(key) === undefined);
    return c;
  }
  private find(key: string | number): { table: TableState; index: number } | undefined {
    const t = this.owner.table();
    const headers = tableHeaders(t);
    const index = typeof key === "number" ? key : headers.findIndex((h) => h.toLowerCase() === key.toLowerCase());
    return index >= 0 && index < headers.length ? { table: t, index } : undefined;
  }
}

export class FakeTableColumn extends FakeClientObject {
  protected readonly scalarProps = ["name", "index"];
  constructor(
    context: FakeRequestContext,
    path: string,
    readonly resolveColumn: () => { table: TableState; index: number } | undefined,
  ) {
    super(context, path);
  }
  trackNullPublic(isNull: () => boolean): void {
    this.trackNull(isNull);
  }
  private bound?: { table: TableState; index: number; header: string };
  protected override isNullNow(): boolean {
    return this.resolveColumn() === undefined;
  }
  /** Bound to the column's header at first use; a deleted column is gone. */
  column(): { table: TableState; col: number } {
    if (!this.bound) {
      const c = this.resolveColumn();
      if (!c) throw new FakeOfficeError("InvalidObjectPath", `The table column ${this.path} is a null object or not created yet.`);
      this.bound = { ...c, header: tableHeaders(c.table)[c.index] };
    }
    const { table, header } = this.bound;
    if (!this.context.state.tables.includes(table)) throw new FakeOfficeError("ItemNotFound", `The table ${table.name} was deleted.`);
    const index = tableHeaders(table).indexOf(header);
    if (index < 0) throw new FakeOfficeError("ItemNotFound", `The table column ${header} was deleted.`);
    return { table, col: table.rect.left + index };
  }
  protected snapshot(prop: string): unknown {
    const { table, col } = this.column();
    if (prop === "name") return String(table.sheet.cell(table.rect.top, col)?.value ?? "");
    if (prop === "index") return col - table.rect.left;
    throw new FakeOfficeError("InvalidArgument", `The fake TableColumn has no property '${prop}'.`);
  }
  get name(): string { return this.read("name"); }
  get index(): number { return this.read("index"); }
  private part(name: string, pick: (top: number, bottom: number) => [number, number]): FakeRange {
    return new FakeRange(this.context, `${this.path}/${name}`, () => {
      const { table, col } = this.column();
      const [top, bottom] = pick(table.rect.top, table.rect.bottom);
      return { sheet: table.sheet, rect: { top, bottom, left: col, right: col } };
    });
  }
  getRange(): FakeRange {
    return this.part("range", (t, b) => [t, b]);
  }
  getHeaderRowRange(): FakeRange {
    return this.part("header", (t) => [t, t]);
  }
  getDataBodyRange(): FakeRange {
    return this.part("body", (t, b) => [t + 1, b]);
  }
  /** Deletes the column: its cells go, cells to its right in the table's rows shift left; names on it become #REF!. */
  delete(): void {
    this.call("delete", [], () => {
      const { table, col } = this.column();
      if (table.rect.left === table.rect.right) throw new FakeOfficeError("InvalidOperation", "A table must keep at least one column.");
      const header = String(table.sheet.cell(table.rect.top, col)?.value ?? "");
      for (let r = table.rect.top; r <= table.rect.bottom; r++) table.sheet.cells.delete(SheetState.key(r, col));
      shiftCells(table.sheet, table.rect.top, table.rect.bottom, col + 1, -1);
      table.rect = { ...table.rect, right: table.rect.right - 1 };
      const ref = `${table.name}[${header}]`.toLowerCase();
      const refs = [ref, `${table.name}[[${header}]]`.toLowerCase()];
      for (const n of this.context.state.names) if (refs.includes(n.formula.replace(/^=/, "").toLowerCase())) n.formula = "=#REF!";
    });
  }
}

/**
 * `table.rows` (ExcelApi 1.1): `add(null, values)` appends rows at the bottom of the table as it
 * is when the request runs (rows others added before count), the way Excel inserts them: cells
 * below the table, in its columns, move down; each new cell takes the number format of the cell
 * above (Excel extends a table column's format). The fake models appending only.
 */
export class FakeTableRowCollection extends FakeClientObject {
  protected readonly scalarProps = ["count"];
  constructor(
    context: FakeRequestContext,
    path: string,
    readonly owner: FakeTable,
  ) {
    super(context, path);
  }
  protected snapshot(prop: string): unknown {
    const t = this.owner.table();
    if (prop === "count") return t.rect.bottom - t.rect.top;
    throw new FakeOfficeError("InvalidArgument", `The fake TableRowCollection has no property '${prop}'.`);
  }
  get count(): number { return this.read("count"); }
  /** The data row at `index` (0-based), bound at first use; a row past the table fails at sync (ItemNotFound). */
  getItemAt(index: number): FakeTableRow {
    return new FakeTableRow(this.context, `${this.path}/itemAt(${index})`, () => {
      const t = this.owner.table();
      if (index < 0 || index >= t.rect.bottom - t.rect.top) throw new FakeOfficeError("ItemNotFound", `The table ${t.name} has no row ${index}.`);
      return { table: t, index };
    });
  }
  add(index?: number | null, values?: unknown[][] | null): FakeTableRow {
    let created: { table: TableState; index: number } | undefined;
    const row = new FakeTableRow(this.context, `${this.path}/add`, () => created);
    this.call("add", [index ?? null, values ?? null], () => {
      const t = this.owner.table();
      const width = t.rect.right - t.rect.left + 1;
      const count = t.rect.bottom - t.rect.top;
      if (index !== undefined && index !== null && index !== count) throw new FakeOfficeError("InvalidArgument", "The fake models table.rows.add at the end only.");
      const rows = values ?? [new Array(width).fill(null)];
      if (rows.length === 0 || rows.some((r) => !Array.isArray(r) || r.length !== width)) {
        throw new FakeOfficeError("InvalidArgument", "The number of columns in the input array doesn't match the table.");
      }
      const state = this.context.state;
      const below = (r: Rect) => r.top > t.rect.bottom && r.left <= t.rect.right && t.rect.left <= r.right;
      if (state.tables.some((o) => o !== t && o.sheet === t.sheet && below(o.rect)) || t.sheet.merges.some(below)) {
        throw new FakeOfficeError("InvalidOperation", "This operation is not allowed because it tries to shift cells in a table or merged cells on your worksheet.");
      }
      const n = rows.length;
      // Excel inserts cells in the table's columns: what is below moves down.
      const moved: [number, number, CellState][] = [];
      for (const [k, cell] of [...t.sheet.cells]) {
        const r = Math.floor(k / MAX_COLS) + 1;
        const c = (k % MAX_COLS) + 1;
        if (r > t.rect.bottom && c >= t.rect.left && c <= t.rect.right) {
          t.sheet.cells.delete(k);
          moved.push([r + n, c, cell]);
        }
      }
      for (const [r, c, cell] of moved) t.sheet.cells.set(SheetState.key(r, c), cell);
      const last = t.rect.bottom;
      for (let i = 0; i < n; i++) {
        for (let j = 0; j < width; j++) {
          const cell = t.sheet.cellForWrite(last + 1 + i, t.rect.left + j);
          const format = t.sheet.cell(last, t.rect.left + j)?.numberFormat;
          if (format !== undefined && t.rect.bottom > t.rect.top) cell.numberFormat = format;
          inputCell(cell, rows[i][j]);
        }
      }
      t.rect = { ...t.rect, bottom: last + n };
      created = { table: t, index: count };
    });
    return row;
  }
}

/** A row of a table (`rows.add`'s result): its index in the data body, its range. */
export class FakeTableRow extends FakeClientObject {
  protected readonly scalarProps = ["index"];
  constructor(
    context: FakeRequestContext,
    path: string,
    readonly resolveRow: () => { table: TableState; index: number } | undefined,
  ) {
    super(context, path);
  }
  private row(): { table: TableState; index: number } {
    const r = this.resolveRow();
    if (!r) throw new FakeOfficeError("InvalidObjectPath", `The table row ${this.path} is a null object or not created yet.`);
    return r;
  }
  protected snapshot(prop: string): unknown {
    if (prop === "index") return this.row().index;
    throw new FakeOfficeError("InvalidArgument", `The fake TableRow has no property '${prop}'.`);
  }
  get index(): number { return this.read("index"); }
  /** Deletes the row: its cells go and the cells below it, in the table's columns, move up (Excel's delete). */
  delete(): void {
    this.call("delete", [], () => {
      const { table, index } = this.row();
      if (table.rect.bottom - table.rect.top <= 1) throw new FakeOfficeError("InvalidOperation", "The fake keeps a table's last data row.");
      const r = table.rect.top + 1 + index;
      const moved: [number, number, CellState][] = [];
      for (const [k, cell] of [...table.sheet.cells]) {
        const row = Math.floor(k / MAX_COLS) + 1;
        const col = (k % MAX_COLS) + 1;
        if (row < r || col < table.rect.left || col > table.rect.right) continue;
        table.sheet.cells.delete(k);
        if (row > r) moved.push([row - 1, col, cell]);
      }
      for (const [row, col, cell] of moved) table.sheet.cells.set(SheetState.key(row, col), cell);
      table.rect = { ...table.rect, bottom: table.rect.bottom - 1 };
    });
  }
  getRange(): FakeRange {
    return new FakeRange(this.context, `${this.path}/range`, () => {
      const { table, index } = this.row();
      const r = table.rect.top + 1 + index;
      return { sheet: table.sheet, rect: { ...table.rect, top: r, bottom: r } };
    });
  }
}

export class FakeNamedItemCollection extends FakeCollection<FakeNamedItem> {
  protected current(): FakeNamedItem[] {
    return this.context.state.names.map((n) => new FakeNamedItem(this.context, `name(${JSON.stringify(n.name)})`, () => n));
  }
  add(name: string, reference: FakeRange | string, comment?: string): FakeNamedItem {
    let created: NameState | undefined;
    const item = new FakeNamedItem(this.context, `${this.path}/add(${JSON.stringify(name)})`, () => created);
    this.call("add", [name, typeof reference === "string" ? reference : reference.path, comment ?? null], () => {
      const state = this.context.state;
      if (!WorkbookState.validIdentifier(name)) throw new FakeOfficeError("InvalidArgument", `"${name}" is not a valid name.`);
      if (state.nameTaken(name)) throw new FakeOfficeError("ItemAlreadyExists", `A table or name "${name}" already exists.`);
      let formula: string;
      if (typeof reference === "string") formula = reference.startsWith("=") ? reference : `=${reference}`;
      else {
        FakeClientObject.sameContext(this, reference);
        const t = reference.target();
        formula = `=${sheetPrefix(t.sheet.name)}${absolute(t.rect)}`;
      }
      created = { name, formula, visible: true, comment };
      state.names.push(created);
    });
    return item;
  }
  getItem(name: string): FakeNamedItem {
    return new FakeNamedItem(this.context, `${this.path}/item(${JSON.stringify(name)})`, () => {
      const n = this.find(name);
      if (!n) throw new FakeOfficeError("ItemNotFound", `The requested resource doesn't exist: name "${name}".`);
      return n;
    });
  }
  getItemOrNullObject(name: string): FakeNamedItem {
    const n = new FakeNamedItem(this.context, `${this.path}/itemOrNull(${JSON.stringify(name)})`, () => this.find(name));
    n.trackNullPublic(() => this.find(name) === undefined);
    return n;
  }
  private find(name: string): NameState | undefined {
    return this.context.state.names.find((n) => n.name.toLowerCase() === name.toLowerCase());
  }
}

export class FakeNamedItem extends FakeClientObject {
  protected readonly scalarProps = ["name", "formula", "value", "type", "visible", "comment"];
  constructor(
    context: FakeRequestContext,
    path: string,
    readonly resolveName: () => NameState | undefined,
  ) {
    super(context, path);
  }
  trackNullPublic(isNull: () => boolean): void {
    this.trackNull(isNull);
  }
  private bound?: NameState;
  protected override isNullNow(): boolean {
    return (this.bound ??= this.resolveName()) === undefined;
  }
  item(): NameState {
    const n = (this.bound ??= this.resolveName());
    if (!n) throw new FakeOfficeError("InvalidObjectPath", `The name ${this.path} is a null object or not created yet.`);
    if (!this.context.state.names.includes(n)) throw new FakeOfficeError("ItemNotFound", `The name ${n.name} was deleted.`);
    return n;
  }
  protected snapshot(prop: string): unknown {
    const n = this.item();
    const body = n.formula.replace(/^=/, "");
    const isRef = /!\$?[A-Z]+\$?\d+/.test(body);
    switch (prop) {
      case "name":
        return n.name;
      case "formula":
        return n.formula;
      case "value":
        return body.includes("#REF!") ? "#REF!" : body;
      case "type":
        return body.includes("#REF!") ? "Error" : isRef ? "Range" : "String";
      case "visible":
        return n.visible;
      case "comment":
        return n.comment ?? "";
      default:
        throw new FakeOfficeError("InvalidArgument", `The fake NamedItem has no property '${prop}'.`);
    }
  }
  get name(): string { return this.read("name"); }
  get formula(): string { return this.read("formula"); }
  set formula(v: string) { this.write("formula", v, () => (this.item().formula = v.startsWith("=") ? v : `=${v}`)); }
  get value(): string { return this.read("value"); }
  get type(): string { return this.read("type"); }
  get visible(): boolean { return this.read("visible"); }
  set visible(v: boolean) { this.write("visible", v, () => (this.item().visible = v)); }
  get comment(): string { return this.read("comment"); }
  /** NamedItem.comment (ExcelApi 1.4); Excel's Name Manager takes at most 255 characters. */
  set comment(v: string) {
    this.write("comment", v, () => {
      if (v.length > 255) throw new FakeOfficeError("InvalidArgument", `A name's comment is at most 255 characters (${v.length}).`);
      this.item().comment = v;
    });
  }
  delete(): void {
    this.call("delete", [], () => {
      const n = this.item();
      this.context.state.names = this.context.state.names.filter((o) => o !== n);
    });
  }
}

const CHART_TYPES = new Set(["ColumnClustered", "ColumnStacked", "BarClustered", "Line", "Pie", "Area", "XYScatter", "Doughnut"]);

export class FakeChartCollection extends FakeCollection<FakeChart> {
  constructor(readonly ws: FakeWorksheet) {
    super(ws.context, `${ws.path}/charts`);
  }
  protected current(): FakeChart[] {
    return this.ws.sheet().charts.map((c) => new FakeChart(this.ws, `chart(${JSON.stringify(c.name)})`, () => c));
  }
  add(type: string, sourceData: FakeRange, seriesBy?: string): FakeChart {
    let created: ChartState | undefined;
    const chart = new FakeChart(this.ws, `${this.path}/add`, () => created);
    this.call("add", [type, sourceData.path, seriesBy ?? "Auto"], () => {
      if (!CHART_TYPES.has(type)) throw new FakeOfficeError("InvalidArgument", `Unknown chart type '${type}'.`);
      const t = this.ws.targetOf(sourceData);
      const sheet = this.ws.sheet();
      created = { name: `Chart ${sheet.charts.length + 1}`, type, source: sheetPrefix(t.sheet.name) + rectA1(t.rect), seriesBy, series: [{}] };
      sheet.charts.push(created);
    });
    return chart;
  }
}

export class FakeChart extends FakeClientObject {
  protected readonly scalarProps = ["name", "chartType"];
  readonly title: { text: string };
  readonly series: { getItemAt(i: number): FakeChartSeries };
  constructor(
    readonly ws: FakeWorksheet,
    path: string,
    readonly resolveChart: () => ChartState | undefined,
  ) {
    super(ws.context, path);
    const chart = () => this.chart();
    const enqueue = (desc: unknown, run: () => void) => this.context.enqueue(desc, () => (run(), undefined));
    this.title = {
      set text(v: string) {
        enqueue({ path: `${path}/title`, set: "text", value: v }, () => (chart().title = v));
      },
      get text(): string {
        throw new FakeOfficeError("PropertyNotLoaded", "The fake does not load chart titles.");
      },
    };
    this.series = { getItemAt: (i: number) => new FakeChartSeries(this, i) };
  }
  chart(): ChartState {
    const c = this.resolveChart();
    if (!c) throw new FakeOfficeError("InvalidObjectPath", `The chart ${this.path} is not created yet.`);
    return c;
  }
  protected snapshot(prop: string): unknown {
    if (prop === "name") return this.chart().name;
    if (prop === "chartType") return this.chart().type;
    throw new FakeOfficeError("InvalidArgument", `The fake Chart has no property '${prop}'.`);
  }
  get name(): string { return this.read("name"); }
  set name(v: string) { this.write("name", v, () => (this.chart().name = v)); }
  setPosition(startCell: FakeRange | string, endCell?: FakeRange | string): void {
    const str = (a: FakeRange | string) => (typeof a === "string" ? a : a.path);
    this.call("setPosition", [str(startCell), endCell === undefined ? null : str(endCell)], () => {
      const start = rectA1(this.ws.targetOf(startCell).rect);
      const end = endCell === undefined ? undefined : rectA1(this.ws.targetOf(endCell).rect);
      this.chart().position = { start, end };
    });
  }
}

export class FakeChartSeries {
  constructor(
    readonly chart: FakeChart,
    readonly index: number,
  ) {}
  private s(): { name?: string; xAxis?: string } {
    const c = this.chart.chart();
    while (c.series.length <= this.index) c.series.push({});
    return c.series[this.index];
  }
  set name(v: string) {
    this.chart.context.enqueue({ path: `${this.chart.path}/series(${this.index})`, set: "name", value: v }, () => ((this.s().name = v), undefined));
  }
  setXAxisValues(source: FakeRange): void {
    this.chart.context.enqueue({ path: `${this.chart.path}/series(${this.index})`, call: "setXAxisValues", args: [source.path] }, () => {
      const t = this.chart.ws.targetOf(source);
      this.s().xAxis = sheetPrefix(t.sheet.name) + rectA1(t.rect);
      return undefined;
    });
  }
}
