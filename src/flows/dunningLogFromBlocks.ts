/**
 * Reads the dunning log back from a `DunningLog` table (the Dunning log sheet AR Desk writes,
 * in the clerk's workbook or in the CLI's --log workbook), so re-running never charges twice.
 */
import type { DunningLogEntry } from "../core/dunning";
import { parseDate } from "../core/dates";
import { parseAmount } from "../core/money";
import type { DataIssue } from "../core/model";
import type { RawCell, SourceBlock } from "../workbook/port";
import { DUNNING_LOG_HEADERS, DUNNING_LOG_TABLE } from "../workbook/layout/dunningLogSheet";

export interface DunningLogRead {
  readonly entries: DunningLogEntry[];
  readonly issues: DataIssue[];
}

/** The log's block: the DunningLog table, else a block whose headers are the log's. */
export function findDunningLogBlock(blocks: readonly SourceBlock[]): SourceBlock | undefined {
  return (
    blocks.find((b) => (b.tableName ?? "").toLowerCase() === DUNNING_LOG_TABLE.toLowerCase()) ??
    blocks.find((b) => DUNNING_LOG_HEADERS.every((h, i) => String(b.headers[i] ?? "").trim() === h))
  );
}

const text = (cell: RawCell): string => (cell === null ? "" : String(cell).trim());

/** Entries of the log; rows that cannot be read are reported, never silently dropped. */
export function dunningLogFromBlocks(blocks: readonly SourceBlock[]): DunningLogRead {
  const block = findDunningLogBlock(blocks);
  const entries: DunningLogEntry[] = [];
  const issues: DataIssue[] = [];
  if (!block) return { entries, issues };
  const col = (name: string): number => block.headers.findIndex((h) => text(h).toLowerCase() === name.toLowerCase());
  const at = DUNNING_LOG_HEADERS.map(col);
  block.rows.forEach((row, i) => {
    const cell = (k: number): RawCell => (at[k] >= 0 ? row[at[k]] ?? null : null);
    if (row.every((c) => c === null || c === "")) return;
    const sheetRow = block.headerRow + 1 + i;
    const problem = (k: number, reason: string): void => {
      issues.push({ severity: "warning", sheet: block.sheet, row: sheetRow, column: DUNNING_LOG_HEADERS[k], columnIndex: block.firstColumn + at[k], value: text(cell(k)), reason: `dunning log row not used: ${reason}` });
    };
    const date = parseDate(cell(0));
    if (!date.ok) return problem(0, date.reason);
    const currency = text(cell(4)).toUpperCase();
    const amounts = [5, 6, 7].map((k) => (cell(k) === null || cell(k) === "" ? ({ ok: true, minor: 0 } as const) : parseAmount(cell(k), currency || "USD")));
    const bad = amounts.findIndex((a) => !a.ok);
    if (bad >= 0) return problem(5 + bad, (amounts[bad] as { reason: string }).reason);
    const [amount, fee, interest] = amounts.map((a) => (a.ok ? a.minor : 0));
    if (!text(cell(1)) || !text(cell(2)) || !text(cell(3))) return problem(text(cell(1)) ? (text(cell(2)) ? 3 : 2) : 1, "CustomerID, InvoiceNo and Stage are required");
    entries.push({
      date: date.day,
      customerId: text(cell(1)),
      invoiceNo: text(cell(2)),
      stage: text(cell(3)),
      currency,
      amount,
      fee,
      interest,
      ...(text(cell(8)) ? { channel: text(cell(8)) } : {}),
    });
  });
  return { entries, issues };
}
