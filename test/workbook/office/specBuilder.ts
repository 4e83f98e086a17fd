/** A small local statement/index spec builder for the Office adapter's batching tests. */
import type { CellSpec, SheetSpec } from "../../../src/workbook/spec";

const MONEY = "#,##0.00";

/** A statement-like sheet: title, address block, 5 invoice lines, totals, aging, a link back to the index. */
export function statement(i: number): SheetSpec {
  const id = `C${String(i).padStart(5, "0")}`;
  const cells: CellSpec[] = [
    { row: 1, col: 1, value: `Statement ${id}`, style: { bold: true, size: 16 } },
    { row: 2, col: 1, value: `Customer ${i} Ltd`, style: { bold: true } },
    { row: 3, col: 1, value: `${i} Market Street` },
    { row: 4, col: 1, value: "Statement date" },
    { row: 4, col: 2, value: { date: 20757 }, style: { numberFormat: "yyyy-mm-dd" } },
    { row: 6, col: 1, value: "Invoice", style: { bold: true, fill: "D9E1F2", border: "thin-bottom" } },
    { row: 6, col: 2, value: "Due", style: { bold: true, fill: "D9E1F2", border: "thin-bottom" } },
    { row: 6, col: 3, value: "Balance", style: { bold: true, fill: "D9E1F2", border: "thin-bottom" } },
  ];
  for (let l = 0; l < 5; l++) {
    cells.push(
      { row: 7 + l, col: 1, value: `INV-${i}-${l}` },
      { row: 7 + l, col: 2, value: { date: 20700 + l } },
      { row: 7 + l, col: 3, value: 100 * l + 0.5, style: { numberFormat: MONEY } },
    );
  }
  cells.push(
    { row: 12, col: 2, value: "Total", style: { bold: true } },
    { row: 12, col: 3, value: { formula: "SUM(C7:C11)", result: 1002.5 }, style: { numberFormat: MONEY, bold: true, border: "double-bottom" } },
    { row: 14, col: 1, value: "Back to index", link: "#'Index'!A1" },
  );
  return {
    name: `${id} Customer ${i}`,
    role: "statement",
    cells,
    columnWidths: [24, 12, 14],
    merges: [{ top: 1, left: 1, bottom: 1, right: 3 }],
    print: { area: "A1:C14", fitToWidth: true, repeatRows: [6, 6], footer: "Page &P of &N" },
    freezeRows: 6,
  };
}

/** An index of `n` rows with a StatementIndex table and a link per row. */
export function index(n: number): SheetSpec {
  const headers = ["CustomerID", "Customer", "Closing", "Sheet"];
  const cells: CellSpec[] = headers.map((h, c) => ({ row: 1, col: c + 1, value: h, style: { bold: true } }));
  for (let i = 1; i <= n; i++) {
    const s = statement(i).name;
    cells.push(
      { row: i + 1, col: 1, value: `C${String(i).padStart(5, "0")}` },
      { row: i + 1, col: 2, value: `Customer ${i} Ltd` },
      { row: i + 1, col: 3, value: i * 10.25, style: { numberFormat: MONEY } },
      { row: i + 1, col: 4, value: s, link: `#'${s}'!A1` },
    );
  }
  return {
    name: "Index",
    role: "index",
    cells,
    tables: [{ name: "StatementIndex", top: 1, left: 1, headers, rowCount: n }],
    freezeRows: 1,
  };
}

/** Statements for customers 1..n plus their index. */
export function statementRun(n: number): SheetSpec[] {
  return [...Array.from({ length: n }, (_, i) => statement(i + 1)), index(n)];
}

/** A plain statement: title, customer, date, three invoice lines, total, a link back; no merges, widths, borders or print setup. */
export function leanStatement(i: number): SheetSpec {
  const id = `C${String(i).padStart(5, "0")}`;
  const cells: CellSpec[] = [
    { row: 1, col: 1, value: `Statement ${id}`, style: { bold: true } },
    { row: 2, col: 1, value: `Customer ${i} Ltd` },
    { row: 2, col: 3, value: { date: 20757 } },
  ];
  for (let l = 0; l < 3; l++) {
    cells.push(
      { row: 4 + l, col: 1, value: `INV-${i}-${l}` },
      { row: 4 + l, col: 2, value: { date: 20700 + l } },
      { row: 4 + l, col: 3, value: 100 * l + 0.5, style: { numberFormat: MONEY } },
    );
  }
  cells.push({ row: 7, col: 3, value: 300.5, style: { numberFormat: MONEY } }, { row: 9, col: 1, value: "Index", link: "#'Index'!A1" });
  return { name: `${id} Customer ${i}`, role: "statement", cells };
}

/** Lean statements for customers 1..n plus their index. */
export function leanRun(n: number): SheetSpec[] {
  return [...Array.from({ length: n }, (_, i) => leanStatement(i + 1)), index(n)];
}
