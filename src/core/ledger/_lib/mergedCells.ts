/**
 * Merged cells read as the clerk sees them (DESIGN §2 "Ledgers as clerks keep them"). A hand-kept
 * ledger (台账) merges a customer's name down over its invoice rows, a date over the rows of one
 * day; the file holds the value in the merge's top-left cell only, so the rows below would read
 * as "no customer" or "no date". What identifies a row (who, in what currency, when, on what
 * terms) is what the clerk sees on every row of the merge, so it is given to each of them.
 * Money never is: one amount merged over three rows is one amount, read once on its first row,
 * and said; a Paid merged over invoices (one payment for them) is spread over them in order. A merge across columns keeps its value in its
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
  const spreadNotes: MergedMoney[] = [];
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
      const amountCol = table.columns["Amount" as F];
      const spread = field === "Paid" && amountCol !== undefined ? spreadPaid(rows ?? block.rows, placed, amountCol) : undefined;
      if (spread === undefined) {
        money.push(placed);
        continue;
      }
      rows ??= block.rows.slice();
      for (const [r, paid] of spread) {
        if (!copied.has(r)) {
          rows[r] = rows[r].slice();
          copied.add(r);
        }
        (rows[r] as RawCell[])[col] = paid;
      }
      spreadNotes.push(placed);
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
  noteMoney(money, block.headers, issues, "mergedAmount");
  noteMoney(spreadNotes, block.headers, issues, "mergedPaidSpread");
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

/**
 * A Paid merged down over invoice rows is one payment for those invoices (one transfer for three
 * invoices, typed once): spread over them in row order, each up to its Amount, the rest on the
 * last, as the clerk meant (read once on the first row, it would overpay that one and leave the
 * others open and aging). Only plain numbers are spread, exactly (integers at their common
 * decimal scale); anything else is read once (undefined). Rows holding nothing else are skipped.
 * @example spreadPaid([[100, 150], [50, null]], { col: 1, first: 0, last: 1 }, 0) //=> [[0, 100], [1, 50]]
 */
function spreadPaid(rows: readonly (readonly RawCell[])[], area: MergedMoney, amountCol: number): [number, number][] | undefined {
  const paidCell = rows[area.first][area.col];
  if (typeof paidCell !== "number") return undefined;
  const covered: number[] = [];
  const amounts: number[] = [];
  for (let r = area.first; r <= area.last; r++) {
    if (r > area.first && !holdsMore(rows[r], area.col)) continue;
    const amount = rows[r][amountCol];
    if (typeof amount !== "number") return undefined;
    covered.push(r);
    amounts.push(amount);
  }
  const places = Math.max(decimalsOf(paidCell), ...amounts.map(decimalsOf));
  if (!Number.isFinite(places) || covered.length < 2) return undefined;
  const scale = 10 ** places;
  const whole = (n: number): number => Math.round(n * scale);
  let left = whole(paidCell);
  const units = amounts.map(whole);
  if (left < 0 || units.some((u) => u < 0) || ![left, ...units].every(Number.isSafeInteger)) return undefined;
  return covered.map((r, k): [number, number] => {
    const take = k === covered.length - 1 ? left : Math.min(left, units[k]);
    left -= take;
    return [r, take / scale];
  });
}

/** Decimal places of a number as JS prints it (Infinity: not a plain decimal, e.g. 1e-7). */
function decimalsOf(n: number): number {
  const text = String(n);
  if (!/^-?\d+(?:\.\d+)?$/.test(text)) return Number.POSITIVE_INFINITY;
  const dot = text.indexOf(".");
  return dot < 0 ? 0 : text.length - dot - 1;
}

/** One note per money column merged down: how many merges, and their rows. */
function noteMoney(money: readonly MergedMoney[], headers: readonly string[], issues: TableIssues, code: "mergedAmount" | "mergedPaidSpread"): void {
  const byColumn = new Map<number, MergedMoney[]>();
  for (const m of money) {
    const list = byColumn.get(m.col);
    if (list) list.push(m);
    else byColumn.set(m.col, [m]);
  }
  for (const [col, list] of byColumn) {
    const spans = list.slice(0, LISTED).map((m) => `${issues.rowOf(m.first)}–${issues.rowOf(m.last)}`);
    const rows = spans.join(", ") + (list.length > LISTED ? ", …" : "");
    issues.tableCoded("info", headers[col], code, { column: headers[col], count: list.length, rows });
  }
}
