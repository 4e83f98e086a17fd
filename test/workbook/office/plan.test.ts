import type { SheetSpec } from "../../../src/workbook/spec";
import { applyOp } from "../../../src/workbook/office/apply";
import { createFakeExcel } from "../../fakes/excel";
import { fitInCell } from "../../../src/workbook/xlsx/write/xmlSafeText";
import { index, statement } from "./specBuilder";
import { type WriteOp, charsToPoints, chunkByBytes, estimateBytes, mergeOps, officeStyle, planSheet } from "../../../src/workbook/office/plan";

const spec = (over: Partial<SheetSpec>): SheetSpec => ({ name: "S", role: "statement", cells: [], ...over });
const ops = (s: SheetSpec): WriteOp[] => planSheet(s).map((p) => p.op);

describe("planSheet", () => {
  it("writes contiguous cells as one block with a value and a number-format matrix", () => {
    const plan = ops(
      spec({
        cells: [
          { row: 1, col: 1, value: "Title" },
          { row: 2, col: 1, value: 12.5, style: { numberFormat: "#,##0.00" } },
          { row: 2, col: 3, value: true },
          { row: 3, col: 2, value: { date: 20757 } },
          { row: 3, col: 3, value: { formula: "SUM(A2,1)" } },
        ],
      }),
    );
    expect(plan).toEqual([
      {
        kind: "cells",
        address: "A1:C3",
        values: [
          ["Title", null, null],
          [12.5, null, true],
          [null, 46326, "=SUM(A2,1)"],
        ],
        numberFormat: [
          ["@", null, null],
          ["#,##0.00", null, null],
          [null, "yyyy-mm-dd", null],
        ],
      },
    ]);
  });

  it("writes formula-like text with the quote prefix in a General cell, other text in a text cell", () => {
    const texts = ["=HYPERLINK(\"x\")", "+cmd", "-1", "@SUM(A1)", "'quoted", "00123", "2026-10-31", "TRUE"];
    const [op] = ops(spec({ cells: texts.map((value, i) => ({ row: i + 1, col: 1, value })) }));
    expect(op).toMatchObject({
      kind: "cells",
      values: [["'=HYPERLINK(\"x\")"], ["'+cmd"], ["'-1"], ["'@SUM(A1)"], ["''quoted"], ["00123"], ["2026-10-31"], ["TRUE"]],
      numberFormat: [["General"], ["General"], ["General"], ["General"], ["General"], ["@"], ["@"], ["@"]],
    });
  });

  it("cuts a text longer than an Excel cell holds, with a note, as the .xlsx writer does", () => {
    const cellValues = (value: string) => (ops(spec({ cells: [{ row: 2, col: 3, value }] }))[0] as { values: unknown[][] }).values[0][0] as string;
    const cut = cellValues("x".repeat(40000));
    expect(cut).toHaveLength(32767);
    expect(cut).toMatch(/^x+ \[…cut by AR Desk: 40,000 characters, Excel holds 32,767\]$/);
    expect(cut).toBe(fitInCell("x".repeat(40000)));
    expect(cellValues("x".repeat(32767))).toBe("x".repeat(32767));
  });

  it("starts a new block after more than two empty rows", () => {
    const plan = ops(spec({ cells: [{ row: 1, col: 1, value: 1 }, { row: 4, col: 2, value: 2 }, { row: 8, col: 1, value: 3 }] }));
    expect(plan.map((o) => (o.kind === "cells" ? o.address : o.kind))).toEqual(["A1:B4", "A8"]);
  });

  it("splits a block by rows when it exceeds the block budget", () => {
    const cells = Array.from({ length: 100 }, (_, i) => ({ row: i + 1, col: 1, value: "x".repeat(50) }));
    const plan = planSheet(spec({ cells }), { maxBlockBytes: 1000 });
    expect(plan.length).toBeGreaterThan(5);
    expect(plan.map((p) => (p.op.kind === "cells" ? p.op.address : ""))[0]).toBe("A1:A16");
  });

  it("formats each band of cells with one setCellProperties block, unstyled cells left as they are", () => {
    const header = { bold: true, fill: "D9E1F2", border: "thin-bottom" as const };
    const plan = ops(
      spec({
        cells: [
          { row: 1, col: 1, value: "a", style: header },
          { row: 1, col: 2, value: "b", style: header },
          { row: 2, col: 1, value: "c" },
          { row: 2, col: 2, value: 1, style: { numberFormat: "0" } },
          { row: 3, col: 1, value: "e", style: { italic: true, align: "center", valign: "middle", wrap: true } },
          { row: 9, col: 3, value: "f", style: { color: "595959", size: 9 } },
        ],
      }),
    ).filter((o) => o.kind === "cellProperties");
    const head = { format: { font: { bold: true }, fill: { color: "#D9E1F2" }, borders: { bottom: { style: "Continuous", weight: "Thin" } } } };
    expect(plan).toEqual([
      {
        kind: "cellProperties",
        address: "A1:B3",
        properties: [[head, head], [{}, {}], [{ format: { font: { italic: true }, horizontalAlignment: "Center", verticalAlignment: "Center", wrapText: true } }, {}]],
      },
      // more than 3 rows further down: a band of its own
      { kind: "cellProperties", address: "C9", properties: [[{ format: { font: { size: 9, color: "#595959" } } }]] },
    ]);
  });

  it("gives every cell of a box style all four borders, and double bottoms as Double", () => {
    const plan = ops(spec({ cells: [{ row: 1, col: 1, value: 1, style: { border: "thin-box" } }, { row: 1, col: 2, value: 2, style: { border: "double-bottom" } }] }));
    const thin = { style: "Continuous", weight: "Thin" };
    expect(plan.find((o) => o.kind === "cellProperties")).toEqual({
      kind: "cellProperties",
      address: "A1:B1",
      properties: [[{ format: { borders: { top: thin, bottom: thin, left: thin, right: thin } } }, { format: { borders: { bottom: { style: "Double" } } } }]],
    });
  });

  it("orders merges, links, widths, tables, charts, freeze, print and tab colour after the values", () => {
    const plan = ops(
      spec({
        cells: [{ row: 2, col: 1, value: "C001", link: "#'C001'!A1" }, { row: 3, col: 1, value: "mail", link: "mailto:a@b.test" }],
        merges: [{ top: 1, left: 1, bottom: 1, right: 3 }],
        columnWidths: [10, 10, 20],
        tables: [{ name: "T", top: 5, left: 1, headers: ["A", "B"], rowCount: 2, style: "TableStyleLight9" }],
        charts: [{ kind: "column", title: "Aging", categoriesRange: "A5:A7", valuesRange: "B5:B7", seriesName: "USD", top: 9, left: 1, widthCols: 4, heightRows: 10 }],
        freezeRows: 1,
        print: { area: "A1:C10", fitToWidth: true, landscape: true, repeatRows: [1, 2], footer: "&P" },
        tabColor: "FF0000",
      }),
    );
    expect(plan.map((o) => o.kind)).toEqual(["cells", "merge", "link", "link", "columnProperties", "table", "chart", "freeze", "print", "tabColor"]);
    // Table headers missing from the cells are written with them.
    expect(plan[0]).toMatchObject({ kind: "cells", address: "A2:B5", values: [["C001", null], ["mail", null], [null, null], ["A", "B"]] });
    expect(plan[2]).toEqual({ kind: "link", address: "A2", link: { documentReference: "'C001'!A1", textToDisplay: "C001" } });
    expect(plan[3]).toEqual({ kind: "link", address: "A3", link: { address: "mailto:a@b.test", textToDisplay: "mail" } });
    // 10 characters = trunc(10 × 7 + 5) px × 0.75 = 56.25 pt; 20 characters = 145 px = 108.75 pt
    expect(plan[4]).toEqual({ kind: "columnProperties", address: "A:C", properties: [{ format: { columnWidth: 56.25 } }, { format: { columnWidth: 56.25 } }, { format: { columnWidth: 108.75 } }] });
    expect(plan[5]).toEqual({ kind: "table", address: "A5:B7", name: "T", style: "TableStyleLight9" });
    expect(plan[6]).toMatchObject({ kind: "chart", seriesBy: "Columns", start: "A9", end: "D18" });
    expect(plan[8]).toEqual({ kind: "print", area: "A1:C10", fitToWidth: true, landscape: true, titleRows: "$1:$2", footer: "&P" });
    expect(plan[9]).toEqual({ kind: "tabColor", color: "#FF0000" });
  });
});

describe("officeStyle", () => {
  it("maps spec styles to Office.js names and colours", () => {
    expect(officeStyle({ align: "center", valign: "middle", color: "595959", wrap: true, numberFormat: "0" })).toEqual({
      horizontalAlignment: "Center",
      verticalAlignment: "Center",
      color: "#595959",
      wrapText: true,
    });
    expect(officeStyle({ numberFormat: "0" })).toBeUndefined();
  });
});

describe("charsToPoints", () => {
  it("matches Excel's default column (8.43 characters = 48 pt)", () => {
    expect(charsToPoints(8.43)).toBe(48);
  });
});

describe("estimateBytes", () => {
  it("grows with the data and counts UTF-8 bytes", () => {
    const small: WriteOp = { kind: "cells", address: "A1", values: [["a"]], numberFormat: [["@"]] };
    const chinese: WriteOp = { kind: "cells", address: "A1", values: [["上海"]], numberFormat: [["@"]] };
    expect(estimateBytes(chinese) - estimateBytes(small)).toBe(5);
  });
});

describe("chunkByBytes", () => {
  it("keeps order and never exceeds the budget unless one item does", () => {
    const items = [5, 5, 5, 12, 1].map((bytes, id) => ({ id, bytes }));
    expect(chunkByBytes(items, 10).map((c) => c.map((i) => i.id))).toEqual([[0, 1], [2], [3], [4]]);
    expect(chunkByBytes([], 10)).toEqual([]);
  });
});

describe("mergeOps", () => {
  const m = (top: number, left: number, bottom: number, right: number) => ({ top, left, bottom, right });

  it("merges consecutive single-row areas over the same columns in one merge-across", () => {
    // A statement's header: title A1:E1 and F1:H1, facts G2:H5, address lines A8:E11 with a fact at G8:H8.
    const merges = [m(1, 1, 1, 5), m(1, 6, 1, 8), m(2, 7, 2, 8), m(3, 7, 3, 8), m(4, 7, 4, 8), m(5, 7, 5, 8), m(8, 1, 8, 5), m(8, 7, 8, 8), m(9, 1, 9, 5), m(10, 1, 10, 5), m(11, 1, 11, 5)];
    expect(mergeOps(merges)).toEqual([
      { kind: "merge", address: "A1:E1" },
      { kind: "merge", address: "F1:H1" },
      { kind: "merge", address: "G2:H5", across: true },
      { kind: "merge", address: "A8:E11", across: true },
      { kind: "merge", address: "G8:H8" },
    ]);
  });

  it("keeps a gap, other columns and multi-row areas apart", () => {
    expect(mergeOps([m(1, 1, 1, 3), m(3, 1, 3, 3), m(4, 1, 4, 2), m(5, 1, 6, 3), m(7, 1, 7, 3)])).toEqual([
      { kind: "merge", address: "A1:C1" },
      { kind: "merge", address: "A3:C3" },
      { kind: "merge", address: "A4:B4" },
      { kind: "merge", address: "A5:C6" },
      { kind: "merge", address: "A7:C7" },
    ]);
  });
});

describe("the byte estimate against the Excel fake's own measure of the request", () => {
  const measured = async (spec: SheetSpec): Promise<{ estimate: number; actual: number }> => {
    const fake = createFakeExcel();
    fake.state.addSheet(spec.name);
    await fake.Excel.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem(spec.name) as unknown as Excel.Worksheet;
      for (const { op } of planSheet(spec)) applyOp(ws, op);
      await ctx.sync();
    });
    const estimate = planSheet(spec).reduce((a, p) => a + p.bytes, 0);
    // The estimate leaves out the sheet's own path and the body's envelope: at most ~200 bytes.
    return { estimate: estimate + 200, actual: fake.stats.syncs[0].requestBytes };
  };

  it.each([
    ["a formatted statement", () => statement(7)],
    ["an index of 300 rows with a link each", () => index(300)],
  ])("bounds %s from above, within a third", async (_, make) => {
    const { estimate, actual } = await measured(make());
    expect(estimate).toBeGreaterThanOrEqual(actual);
    expect(estimate).toBeLessThan(actual * 1.34);
  });
});

describe("formats copied along a row", () => {
  const HEADER = { bold: true, fill: "D9E1F2", border: "thin-bottom" } as const;
  const headerProps = { format: { font: { bold: true }, fill: { color: "#D9E1F2" }, borders: { bottom: { style: "Continuous", weight: "Thin" } } } };
  const row = (texts: string[], style = HEADER, top = 1) => texts.map((value, i) => ({ row: top, col: i + 1, value, style }));

  it("styles the first cell of a run of 4 or more alike and copies its formats over the rest", () => {
    const plan = ops(spec({ cells: row(["Date", "Type", "Reference", "Due", "Amount"]) }));
    expect(plan.filter((o) => o.kind === "cellProperties")).toEqual([{ kind: "cellProperties", address: "A1", properties: [[headerProps]] }]);
    expect(plan.filter((o) => o.kind === "copyFormats")).toEqual([{ kind: "copyFormats", address: "B1:E1", source: "A1" }]);
    // The copy comes after the source cell is styled and its number format written.
    const kinds = plan.map((o) => o.kind);
    expect(kinds.indexOf("copyFormats")).toBeGreaterThan(kinds.indexOf("cellProperties"));
    expect(kinds.indexOf("copyFormats")).toBeGreaterThan(kinds.indexOf("cells"));
  });

  it("leaves runs of 3 as cell objects", () => {
    const plan = ops(spec({ cells: row(["Date", "Type", "Reference"]) }));
    expect(plan.filter((o) => o.kind === "copyFormats")).toEqual([]);
    expect(plan.find((o) => o.kind === "cellProperties")).toEqual({ kind: "cellProperties", address: "A1:C1", properties: [[headerProps, headerProps, headerProps]] });
  });

  it("breaks a run at a different number format, a link or a merged cell", () => {
    const texts = ["a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l", "m", "n"];
    const cells = row(texts).map((c) =>
      c.col === 5 ? { ...c, value: "=x" } : c.col === 10 ? { ...c, link: "#'Index'!A1" } : c,
    );
    // E1 is formula-like text (written in a General cell, the others "@"); J1 has a link; L1:M1 is merged.
    const plan = ops(spec({ cells, merges: [{ top: 1, left: 12, bottom: 1, right: 13 }] }));
    expect(plan.filter((o) => o.kind === "copyFormats")).toEqual([
      { kind: "copyFormats", address: "B1:D1", source: "A1" },
      { kind: "copyFormats", address: "G1:I1", source: "F1" },
    ]);
  });
});
