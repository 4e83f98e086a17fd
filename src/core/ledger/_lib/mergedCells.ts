/**
 * Merged cells read as the clerk sees them (DESIGN §2 "Ledgers as clerks keep them"). A hand-kept
 * ledger (台账) merges a customer's name down over its invoice rows, a date over the rows of one
 * day; the file holds the value in the merge's top-left cell only, so the rows below would read
 * as "no customer" or "no date". What identifies a row (who, in what currency, when, on what
 * terms) is what the clerk sees on every row of the merge, so it is given to each of them.
 * Money never is: one amount merged over three rows is one amount (one payment for three
 * invoices), read once on its first row, and said. A merge across columns keeps its value in its
 * first column (nothing to do). Private to the ledger.
 */
import type { MergedArea, RawCell } from "../../source";
import type { MappedTable } from "../input";
import { isBlankCell } from "./cells";
import type { TableIssues } from "./issues";

/** The fields a merge down gives to every row it covers (any of the three tables). */
const IDENTIFYING: ReadonlySet<string> = new Set([
  "CustomerID", "CustomerName", "Name", "Currency", "InvoiceDate", "DueDate", "Date", "Terms", "TermsDays", "Language", "Email", "Type",
]);

/** Money fields: a merge down over them is one amount, on its first row. */
const MONEY: ReadonlySet<string> = new Set(["Amount", "Paid", "OpenBalance", "Credited", "Credit", "RunningBalance", "CreditLimit"]);

/** Rows listed in a note, at most (then "…"). */
const LISTED = 5;

/** A merged money area, for the note: its column and data rows [first, last]. */
interface MergedMoney {
  readonly col: number;
  readonly first: number;
  readonly last: number;
}

/**
 * The table with each identifying value merged down given to the rows under it (those holding
 * anything else: a blank spacer row stays blank), and one info note per money column merged
 * down. The table itself when its block has no merges; else only the rows written are copied.
 * One pass over the merges.
 * @example withMergesRead({ block: { sheet: "台账", headerRow: 1, firstColumn: 1, headers: ["客户", "金额"], rows: [["甲", 5], [null, 6]], merges: [{ row: 2, col: 1, rows: 2, cols: 1 }] }, columns: { CustomerName: 0, Amount: 1 } }, issues).block.rows //=> [["甲", 5], ["甲", 6]]
 */
export function withMergesRead<F extends string>(table: MappedTable<F>, issues: TableIssues): MappedTable<F> {
  const { block } = table;
  const merges = block.merges;
  if (merges === undefined || merges.length === 0) return table;
  const fieldAt = new Map<number, string>();
  for (const [field, col] of Object.entries(table.columns) as [string, number | undefined][]) if (col !== undefined) fieldAt.set(col, field);
  let rows: (readonly RawCell[])[] | undefined;
  const copied = new Set<number>();
  const money: MergedMoney[] = [];
  for (const area of merges) {
    const placed = placeOf(area, block.headerRow, block.firstColumn, block.rows.length);
    if (placed === undefined) continue;
    const { col, first, last } = placed;
    const field = fieldAt.get(col);
    if (field === undefined) continue;
    const source = rows ?? block.rows;
    const value = source[first][col];
    if (value === undefined || isBlankCell(value)) continue;
    if (MONEY.has(field)) {
      money.push(placed);
      continue;
    }
    if (!IDENTIFYING.has(field)) continue;
    for (let r = first + 1; r <= last; r++) {
      const row = (rows ?? block.rows)[r];
      if (!isBlankCell(row[col] ?? null) || !holdsMore(row, col)) continue;
      rows ??= block.rows.slice();
      if (!copied.has(r)) {
        rows[r] = row.slice();
        copied.add(r);
      }
      (rows[r] as RawCell[])[col] = value;
    }
  }
  noteMoney(money, block.headers, issues);
  return rows === undefined ? table : { ...table, block: { ...block, rows } };
}

/**
 * Where a merge down lies in the block: its column (0-based) and its data rows, or undefined
 * when it spans one row, starts in the header or above (a header merged down over two header
 * rows, a title), or lies outside the block's columns or rows.
 */
function placeOf(area: MergedArea, headerRow: number, firstColumn: number, rowCount: number): MergedMoney | undefined {
  if (area.rows < 2) return undefined;
  const col = area.col - firstColumn;
  const first = area.row - headerRow - 1;
  if (col < 0 || first < 0 || first >= rowCount) return undefined;
  return { col, first, last: Math.min(first + area.rows - 1, rowCount - 1) };
}

/** Whether the row holds a value outside column `col`. */
function holdsMore(row: readonly RawCell[], col: number): boolean {
  for (let c = 0; c < row.length; c++) if (c !== col && !isBlankCell(row[c] ?? null)) return true;
  return false;
}

/** One note per money column merged down: how many merges, and their rows. */
function noteMoney(money: readonly MergedMoney[], headers: readonly string[], issues: TableIssues): void {
  const byColumn = new Map<number, MergedMoney[]>();
  for (const m of money) {
    const list = byColumn.get(m.col);
    if (list) list.push(m);
    else byColumn.set(m.col, [m]);
  }
  for (const [col, list] of byColumn) {
    const spans = list.slice(0, LISTED).map((m) => `${issues.rowOf(m.first)}–${issues.rowOf(m.last)}`);
    const rows = spans.join(", ") + (list.length > LISTED ? ", …" : "");
    issues.tableCoded("info", headers[col], "mergedAmount", { column: headers[col], count: list.length, rows });
  }
}
