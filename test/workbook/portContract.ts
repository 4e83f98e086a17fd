/**
 * The WorkbookPort contract: one jest suite that every WorkbookPort implementation must pass
 * (OfficeWorkbookPort on the Excel fake, the ExcelJS port on real files).
 *
 * A host test calls {@link runPortContract} with a factory that builds a workbook from a
 * {@link ContractFixture}, opens its port over it, and can read the workbook back in the
 * host-neutral {@link ReadBackWorkbook} shape.
 *
 * @example
 * runPortContract("OfficeWorkbookPort", async (fixture) => {
 *   const excel = fakeFromFixture(fixture);
 *   return { port: new OfficeWorkbookPort(), readBack: async () => readBackFake(excel) };
 * });
 */
import type { RawCell, SourceBlock, WorkbookPort } from "../../src/workbook/port";
import type { CellSpec, SheetSpec } from "../../src/workbook/spec";

/** A fixture cell: a raw value, or a number shown with a number format (e.g. a date serial). */
export type FixtureCell = RawCell | { readonly serial: number; readonly numberFormat: string };

/** An Excel table on a fixture sheet; `ref` is an A1 range whose first row is the header row. */
export interface FixtureTable {
  readonly name: string;
  readonly ref: string;
}

/** A clerk's sheet: a matrix of cells placed at `origin` (default "A1"), and optional tables over them. */
export interface FixtureSheet {
  readonly name: string;
  readonly origin?: string;
  /** Rows of cells; null = empty cell. */
  readonly cells: readonly (readonly FixtureCell[])[];
  readonly tables?: readonly FixtureTable[];
  /** A1 ranges the clerk merged (Excel's Merge: only the top-left cell keeps its value). */
  readonly merges?: readonly string[];
}

/** The clerk's workbook before AR Desk touches it. All its sheets are clerk sheets (not generated). */
export interface ContractFixture {
  readonly sheets: readonly FixtureSheet[];
}

/** One non-empty cell as read back from the host. */
export interface ReadBackCell {
  /** The value shown: text, number (dates as serials), boolean; a formula's cached result or null. */
  readonly value: RawCell;
  /** Formula text without the leading "=", only for real formulas (never for text cells). */
  readonly formula?: string;
  /** Number format, "General" (or undefined) when none. */
  readonly numberFormat?: string;
  /** Link target exactly as in the spec: "#'Sheet'!A1", "mailto:…", "https://…". */
  readonly hyperlink?: string;
  readonly bold?: boolean;
}

export interface ReadBackTable {
  readonly name: string;
  /** A1 range without the sheet name, header row included, e.g. "A1:C3". */
  readonly ref: string;
}

export interface ReadBackSheet {
  readonly name: string;
  /** Non-empty cells by A1 address ("B3"). Cells with neither value nor formula are left out. */
  readonly cells: Readonly<Record<string, ReadBackCell>>;
  /** Merged areas as A1 ranges ("A1:D1"). */
  readonly merges: readonly string[];
  readonly tables: readonly ReadBackTable[];
  /** Print area without the sheet name ("A1:H40"), or undefined. */
  readonly printArea: string | undefined;
  /** Frozen rows at the top (0 = none). */
  readonly frozenRows: number;
}

/** The whole workbook, sheets in tab order. */
export interface ReadBackWorkbook {
  readonly sheets: readonly ReadBackSheet[];
}

/** Builds a port over a workbook made from the fixture. Called once per test. */
export type MakePort = (
  fixture: ContractFixture,
) => Promise<{ port: WorkbookPort; readBack(): Promise<ReadBackWorkbook> }>;

// ---------------------------------------------------------------------------------------------
// Fixture and specs used by the contract (exported so host tests can reuse them).

/** 2026-10-31 as a DayNumber (days since 1970-01-01) and as an Excel 1900-system serial. */
export const OCT_31_2026_DAY = 20757;
export const OCT_31_2026_SERIAL = 46326;

export const CUSTOMERS_SHEET: FixtureSheet = {
  name: "Customers",
  cells: [
    ["CustomerID", "Name", "Email", "CreditLimit", "Currency"],
    ["C001", "Acme Ltd", "ap@acme.test", 5000, "USD"],
    ["C002", "上海贸易有限公司", null, null, "CNY"],
    ["C003", "Brio & Sons", "pay@brio.test", 1250.5, "USD"],
  ],
  tables: [{ name: "Customers", ref: "A1:E4" }],
};

/** A plain range (no table) starting at B2 with a title row, a blank row, then the header row. */
export const INVOICES_SHEET: FixtureSheet = {
  name: "Invoices",
  origin: "B2",
  cells: [
    ["Open invoices — October 2026", null, null, null, null],
    [null, null, null, null, null],
    ["InvoiceNo", "CustomerID", "InvoiceDate", "Amount", "Disputed"],
    ["INV-1", "C001", { serial: OCT_31_2026_SERIAL, numberFormat: "yyyy-mm-dd" }, 1234.5, false],
    ["INV-2", "C002", "2026-10-31", "¥1,234.50", "yes"],
  ],
};

/** The clerk's own sheet that happens to be called like AR Desk's index sheet. */
export const CLERK_INDEX_SHEET: FixtureSheet = {
  name: "Index",
  cells: [["My own index"], ["do not touch"]],
};

export const EMPTY_SHEET: FixtureSheet = { name: "Blank", cells: [] };

export const DEFAULT_FIXTURE: ContractFixture = {
  sheets: [CUSTOMERS_SHEET, INVOICES_SHEET, CLERK_INDEX_SHEET, EMPTY_SHEET],
};

export const INJECTION_TEXTS = [
  '=HYPERLINK("http://evil.test","click")',
  "+SUM(1)",
  "-2+3",
  "@cmd",
] as const;

/** A small statement sheet exercising every cell kind. */
export function statementSpec(name: string, variant: "full" | "short" = "full"): SheetSpec {
  const cells: CellSpec[] = [
    { row: 1, col: 1, value: name, style: { bold: true, size: 14 } },
  ];
  if (variant === "full") {
    INJECTION_TEXTS.forEach((text, i) => cells.push({ row: 2 + i, col: 1, value: text }));
    cells.push(
      { row: 2, col: 2, value: 1234.5, style: { numberFormat: "#,##0.00" } },
      { row: 3, col: 2, value: { date: OCT_31_2026_DAY } },
      { row: 4, col: 2, value: true },
      { row: 5, col: 2, value: { formula: "SUM(B2,1)", result: 1235.5 } },
      { row: 2, col: 3, value: "ap@acme.test", link: "mailto:ap@acme.test" },
      { row: 3, col: 3, value: "00123" },
    );
  } else {
    cells.push({ row: 2, col: 1, value: "second run" });
  }
  return {
    name,
    role: "statement",
    cells,
    columnWidths: [30, 14, 20, 10],
    merges: [{ top: 1, left: 1, bottom: 1, right: 4 }],
    print: { area: "A1:D10", fitToWidth: true, repeatRows: [1, 1] },
    freezeRows: 1,
  };
}

/** The index sheet: a StatementIndex table with links to the statement sheets. */
export function indexSpec(statementSheets: readonly string[], name = "Index"): SheetSpec {
  const cells: CellSpec[] = [
    { row: 1, col: 1, value: "CustomerID", style: { bold: true } },
    { row: 1, col: 2, value: "Closing", style: { bold: true } },
    { row: 1, col: 3, value: "Sheet", style: { bold: true } },
  ];
  statementSheets.forEach((sheet, i) => {
    cells.push(
      { row: 2 + i, col: 1, value: `C00${i + 1}` },
      { row: 2 + i, col: 2, value: 100 * (i + 1), style: { numberFormat: "#,##0.00" } },
      { row: 2 + i, col: 3, value: sheet, link: `#'${sheet.replace(/'/g, "''")}'!A1` },
    );
  });
  return {
    name,
    role: "index",
    cells,
    tables: [
      {
        name: "StatementIndex",
        top: 1,
        left: 1,
        headers: ["CustomerID", "Closing", "Sheet"],
        rowCount: statementSheets.length,
      },
    ],
    freezeRows: 1,
  };
}

// ---------------------------------------------------------------------------------------------

function sheetOf(book: ReadBackWorkbook, name: string): ReadBackSheet {
  const sheet = book.sheets.find((s) => s.name === name);
  if (!sheet) throw new Error(`no sheet "${name}" in [${book.sheets.map((s) => s.name).join(", ")}]`);
  return sheet;
}

function blockFor(blocks: readonly SourceBlock[], sheet: string, table?: string): SourceBlock | undefined {
  return blocks.find((b) => b.sheet === sheet && b.tableName === table);
}

const normFormula = (f: string | undefined): string | undefined =>
  f === undefined ? undefined : f.replace(/^=/, "").replace(/\s+/g, "").toUpperCase();

const isDateFormat = (fmt: string | undefined): boolean =>
  fmt !== undefined && /[yd]/i.test(fmt) && !/general/i.test(fmt);

/**
 * Runs the WorkbookPort contract against one implementation.
 * @param name shown in the describe block
 * @param makePort builds a fresh workbook + port per test
 */
export function runPortContract(name: string, makePort: MakePort): void {
  describe(`WorkbookPort contract: ${name}`, () => {
    describe("readBlocks", () => {
      it("returns Excel tables with their table name, position, headers and rows", async () => {
        const { port } = await makePort(DEFAULT_FIXTURE);
        const blocks = await port.readBlocks();
        const customers = blockFor(blocks, "Customers", "Customers");
        expect(customers).toEqual({
          tableName: "Customers",
          sheet: "Customers",
          headerRow: 1,
          firstColumn: 1,
          headers: ["CustomerID", "Name", "Email", "CreditLimit", "Currency"],
          rows: [
            ["C001", "Acme Ltd", "ap@acme.test", 5000, "USD"],
            ["C002", "上海贸易有限公司", null, null, "CNY"],
            ["C003", "Brio & Sons", "pay@brio.test", 1250.5, "USD"],
          ],
        });
      });

      it("returns a sheet's used range as a plain block whose header is its first non-empty row", async () => {
        const { port } = await makePort(DEFAULT_FIXTURE);
        const blocks = await port.readBlocks();
        const invoices = blockFor(blocks, "Invoices");
        expect(invoices).toBeDefined();
        expect(invoices!.tableName).toBeUndefined();
        expect(invoices!.headerRow).toBe(2);
        expect(invoices!.firstColumn).toBe(2);
        expect(invoices!.headers).toHaveLength(5);
        expect(invoices!.headers[0]).toBe("Open invoices — October 2026");
        expect(invoices!.rows).toEqual([
          [null, null, null, null, null],
          ["InvoiceNo", "CustomerID", "InvoiceDate", "Amount", "Disputed"],
          ["INV-1", "C001", OCT_31_2026_SERIAL, 1234.5, false],
          ["INV-2", "C002", "2026-10-31", "¥1,234.50", "yes"],
        ]);
      });

      it("gives no plain block for a sheet wholly covered by tables, nor for an empty sheet", async () => {
        const { port } = await makePort(DEFAULT_FIXTURE);
        const blocks = await port.readBlocks();
        expect(blocks.filter((b) => b.sheet === "Customers")).toHaveLength(1);
        expect(blocks.filter((b) => b.sheet === "Blank")).toHaveLength(0);
        expect(blockFor(blocks, "Index")?.headers).toEqual(["My own index"]);
        expect(blocks).toHaveLength(3);
      });

      it("gives each block the sheet's merged areas that touch it, in sheet positions, whole", async () => {
        // A 台账: a title merged across, 客户 merged down over its two invoices, 金额 over two columns.
        const sheet: FixtureSheet = {
          name: "台账",
          origin: "B2",
          cells: [
            ["应收台账", null, null, null],
            ["客户", "发票号", "金额", null],
            [null, null, "原币", "本币"],
            ["甲公司", "F-1", 100, 700],
            [null, "F-2", 50, 350],
          ],
          // B5:B7 reaches a row past the block's last: kept whole, as the file lists it.
          merges: ["B2:E2", "C3:C4", "D3:E3", "B5:B7", "H9:I10"],
        };
        const { port } = await makePort({ sheets: [sheet] });
        const blocks = await port.readBlocks();
        expect(blocks).toHaveLength(1);
        // B2:E2 = row 2, col 2, 1 × 4; C3:C4 = row 3, col 3, 2 × 1; D3:E3; B5:B7. H9:I10 (empty, off the block) is not the block's.
        expect(blocks[0]).toMatchObject({ sheet: "台账", headerRow: 2, firstColumn: 2 });
        expect([...(blocks[0].merges ?? [])].sort((a, b) => a.row - b.row || a.col - b.col)).toEqual([
          { row: 2, col: 2, rows: 1, cols: 4 },
          { row: 3, col: 3, rows: 2, cols: 1 },
          { row: 3, col: 4, rows: 1, cols: 2 },
          { row: 5, col: 2, rows: 3, cols: 1 },
        ]);
        // Under a merge only its top-left cell holds the value.
        expect(blocks[0].rows[3]).toEqual([null, "F-2", 50, 350]);
      });

      it("gives a block without merged cells no merges at all", async () => {
        const { port } = await makePort(DEFAULT_FIXTURE);
        for (const block of await port.readBlocks()) expect(block.merges).toBeUndefined();
      });

      it("leaves table cells out of the plain block of the same sheet", async () => {
        const sheet: FixtureSheet = {
          name: "Mixed",
          cells: [
            ["ID", "Name", null, "Note"],
            ["1", "one", null, "kept"],
          ],
          tables: [{ name: "Things", ref: "A1:B2" }],
        };
        const { port } = await makePort({ sheets: [sheet] });
        const blocks = await port.readBlocks();
        expect(blockFor(blocks, "Mixed", "Things")?.rows).toEqual([["1", "one"]]);
        const plain = blockFor(blocks, "Mixed");
        expect(plain).toMatchObject({ headerRow: 1, firstColumn: 4, headers: ["Note"], rows: [["kept"]] });
      });
    });

    describe("writeSheets", () => {
      it("writes values, text as text, dates as serials with a date format, formulas, links and merges", async () => {
        const { port, readBack } = await makePort(DEFAULT_FIXTURE);
        const names = await port.writeSheets([statementSpec("C001 Acme Ltd")]);
        expect(names).toEqual(["C001 Acme Ltd"]);
        const s = sheetOf(await readBack(), "C001 Acme Ltd");
        expect(s.cells.A1).toMatchObject({ value: "C001 Acme Ltd", bold: true });
        INJECTION_TEXTS.forEach((text, i) => {
          const cell = s.cells[`A${2 + i}`];
          expect(cell?.value).toBe(text);
          expect(cell?.formula).toBeUndefined();
        });
        expect(s.cells.B2).toMatchObject({ value: 1234.5, numberFormat: "#,##0.00" });
        expect(s.cells.B3?.value).toBe(OCT_31_2026_SERIAL);
        expect(isDateFormat(s.cells.B3?.numberFormat)).toBe(true);
        expect(s.cells.B4?.value).toBe(true);
        expect(normFormula(s.cells.B5?.formula)).toBe("SUM(B2,1)");
        expect(s.cells.C2).toMatchObject({ value: "ap@acme.test", hyperlink: "mailto:ap@acme.test" });
        expect(s.cells.C3?.value).toBe("00123");
        expect(s.merges).toEqual(["A1:D1"]);
        expect(s.printArea).toBe("A1:D10");
        expect(s.frozenRows).toBe(1);
      });

      it("writes the index with a StatementIndex table and internal links", async () => {
        const { port, readBack } = await makePort({ sheets: [CUSTOMERS_SHEET] });
        const names = await port.writeSheets([
          statementSpec("C001 Acme Ltd"),
          statementSpec("C002 上海贸易"),
          indexSpec(["C001 Acme Ltd", "C002 上海贸易"]),
        ]);
        expect(names).toEqual(["C001 Acme Ltd", "C002 上海贸易", "Index"]);
        const index = sheetOf(await readBack(), "Index");
        expect(index.tables).toEqual([{ name: "StatementIndex", ref: "A1:C3" }]);
        expect(index.cells.C2).toMatchObject({ value: "C001 Acme Ltd", hyperlink: "#'C001 Acme Ltd'!A1" });
        expect(index.cells.C3?.hyperlink).toBe("#'C002 上海贸易'!A1");
        expect(index.cells.B3?.value).toBe(200);
      });

      it("never touches a clerk's sheet of the same name (any case): writes under a free name", async () => {
        const { port, readBack } = await makePort(DEFAULT_FIXTURE);
        const before = sheetOf(await readBack(), "Index");
        const [used, usedUpper] = await port.writeSheets([indexSpec(["C001"]), statementSpec("INDEX", "short")]);
        for (const n of [used, usedUpper]) {
          expect(n.toLowerCase()).not.toBe("index");
          expect(n.length).toBeLessThanOrEqual(31);
        }
        expect(used.toLowerCase()).not.toBe(usedUpper.toLowerCase());
        const book = await readBack();
        expect(sheetOf(book, "Index")).toEqual(before);
        expect(sheetOf(book, used).tables.map((t) => t.name)).toEqual(["StatementIndex"]);
        expect(sheetOf(book, usedUpper).cells.A2?.value).toBe("second run");
      });

      it("replaces its own sheets on a re-run, keeps the free name stable, and leaves everything else", async () => {
        const { port, readBack } = await makePort(DEFAULT_FIXTURE);
        const first = await port.writeSheets([
          statementSpec("C001 Acme Ltd"),
          statementSpec("C003 Brio"),
          indexSpec(["C001 Acme Ltd", "C003 Brio"]),
        ]);
        const countAfterFirst = (await readBack()).sheets.length;
        const second = await port.writeSheets([
          statementSpec("C001 Acme Ltd", "short"),
          indexSpec(["C001 Acme Ltd", "C003 Brio"]),
        ]);
        expect(second).toEqual([first[0], first[2]]);
        const book = await readBack();
        expect(book.sheets).toHaveLength(countAfterFirst);
        const replaced = sheetOf(book, "C001 Acme Ltd");
        expect(replaced.cells.A2?.value).toBe("second run");
        expect(replaced.cells.B2).toBeUndefined();
        expect(sheetOf(book, "C003 Brio").cells.B2?.value).toBe(1234.5);
        expect(sheetOf(book, "Index").cells.A1?.value).toBe("My own index");
        expect(sheetOf(book, first[2]).tables.map((t) => t.name)).toEqual(["StatementIndex"]);
        expect(sheetOf(book, "Customers").tables.map((t) => t.name)).toEqual(["Customers"]);
      });

      it("writes after the read it is handed (the action's own read) as it writes without", async () => {
        const { port, readBack } = await makePort(DEFAULT_FIXTURE);
        await port.writeSheets([statementSpec("C001 Acme Ltd"), indexSpec(["C001 Acme Ltd"])]);
        const read = await port.readWorkbook();
        const names = await port.writeSheets([statementSpec("C001 Acme Ltd", "short"), indexSpec(["C001 Acme Ltd"])], { after: read });
        // "Index" is the clerk's sheet in the fixture: the index goes to the free name it took the first time.
        expect(names).toEqual(["C001 Acme Ltd", "Index (2)"]);
        const book = await readBack();
        expect(sheetOf(book, "C001 Acme Ltd").cells.A2?.value).toBe("second run");
        expect(book.sheets.filter((s) => s.name.startsWith("C001") || s.name.startsWith("Index (2)"))).toHaveLength(2);
        // Handed the same read again, after that write: still right (the Office port looks again).
        const again = await port.writeSheets([statementSpec("C001 Acme Ltd")], { after: read });
        expect(again).toEqual(["C001 Acme Ltd"]);
        expect((await readBack()).sheets).toHaveLength(book.sheets.length);
      });

      it("gives distinct names to two specs of the same name in one call", async () => {
        const { port } = await makePort({ sheets: [] });
        const names = await port.writeSheets([statementSpec("Acme", "short"), statementSpec("acme", "short")]);
        expect(names[0]).toBe("Acme");
        expect(names[1].toLowerCase()).not.toBe("acme");
      });
    });

    describe("listSheets", () => {
      it("reports every sheet and flags only the ones AR Desk wrote as generated", async () => {
        const { port } = await makePort(DEFAULT_FIXTURE);
        const [stmt, index] = await port.writeSheets([statementSpec("C001 Acme Ltd"), indexSpec(["C001 Acme Ltd"])]);
        const sheets = await port.listSheets();
        const flag = (n: string) => sheets.find((s) => s.name === n)?.generated;
        expect(flag("Customers")).toBe(false);
        expect(flag("Invoices")).toBe(false);
        expect(flag("Index")).toBe(false);
        expect(flag("Blank")).toBe(false);
        expect(flag(stmt)).toBe(true);
        expect(flag(index)).toBe(true);
        expect(sheets).toHaveLength(6);
      });

      it("reads a workbook without generated sheets", async () => {
        const { port } = await makePort(DEFAULT_FIXTURE);
        expect(await port.listSheets()).toEqual([
          { name: "Customers", generated: false },
          { name: "Invoices", generated: false },
          { name: "Index", generated: false },
          { name: "Blank", generated: false },
        ]);
      });
    });

    describe("readWorkbook", () => {
      it("gives the same blocks as readBlocks and the same sheets as listSheets", async () => {
        const { port } = await makePort(DEFAULT_FIXTURE);
        await port.writeSheets([statementSpec("C001 Acme Ltd"), indexSpec(["C001 Acme Ltd"])]);
        const { blocks, sheets } = await port.readWorkbook();
        expect(sheets).toEqual(await port.listSheets());
        expect(blocks).toEqual(await port.readBlocks());
        expect(sheets.filter((s) => s.generated)).toHaveLength(2);
        expect(blocks.map((b) => b.tableName ?? b.sheet)).toContain("Customers");
      });
    });
  });
}
