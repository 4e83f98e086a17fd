/**
 * Reads the dunning log back from a `DunningLog` table (the Dunning log sheet AR Desk writes,
 * in the clerk's workbook or in the CLI's --log workbook), so re-running never charges twice.
 * Columns are found by their headers (DUNNING_LOG_COLUMNS, the writer's own list), not by position.
 */
import { parseDate } from "../../../core/dates";
import type { DunningLogEntry } from "../../../core/dunning";
import { issueReason, type IssueCode, type IssueParams } from "../../../core/ledger";
import type { DataIssue } from "../../../core/model";
import { parseAmount } from "../../../core/money";
import { cellText, isBlankRow, type RawCell, type SourceBlock } from "../../../core/source";
import { normalizeHeader } from "../../../core/text";
import { DUNNING_LOG_COLUMNS, DUNNING_LOG_TABLE, type LogColumn } from "./columns";

export interface DunningLogRead {
  readonly entries: DunningLogEntry[];
  readonly issues: DataIssue[];
}

/** Columns an untitled block must have to be taken for the log; Channel may be missing (older logs). */
const REQUIRED = DUNNING_LOG_COLUMNS.filter((c) => c.kind !== "optional-text");

const MONEY = DUNNING_LOG_COLUMNS.filter((c): c is Extract<LogColumn, { kind: "money" }> => c.kind === "money");

/**
 * Where each of the log's columns stands in the block (index into its headers; -1 = missing),
 * by its English or its Chinese header: a log keeps the headers of the run that last wrote it.
 */
function columnPositions(block: SourceBlock): Map<LogColumn, number> {
  const folded = block.headers.map((h) => normalizeHeader(cellText(h)));
  const at = (c: LogColumn): number => {
    const en = folded.indexOf(normalizeHeader(c.header));
    return en >= 0 ? en : folded.indexOf(normalizeHeader(c.headerZh));
  };
  return new Map(DUNNING_LOG_COLUMNS.map((c) => [c, at(c)]));
}

/** The issue parameters naming some of the log's columns, in both languages (issue texts pick one). */
function columnsParams(columns: readonly LogColumn[]): { columns: string; columnsZh: string } {
  return { columns: columns.map((c) => c.header).join(", "), columnsZh: columns.map((c) => c.headerZh).join("、") };
}

/** The log's block: the DunningLog table, else a block that has every required header of the log (any order). */
export function findDunningLogBlock(blocks: readonly SourceBlock[]): SourceBlock | undefined {
  return (
    blocks.find((b) => (b.tableName ?? "").toLowerCase() === DUNNING_LOG_TABLE.toLowerCase()) ??
    blocks.find((b) => {
      const at = columnPositions(b);
      return REQUIRED.every((c) => at.get(c)! >= 0);
    })
  );
}

/** Entries of the log; rows that cannot be read are reported, never silently dropped. */
export function dunningLogFromBlocks(blocks: readonly SourceBlock[]): DunningLogRead {
  const block = findDunningLogBlock(blocks);
  const entries: DunningLogEntry[] = [];
  const issues: DataIssue[] = [];
  if (!block) return { entries, issues };
  const at = columnPositions(block);
  const rowsToRead = block.rows.filter((row) => !isBlankRow(row)).length;

  // Without Date, CustomerID, InvoiceNo or Stage no row says which notice it was: none is used.
  const missingKey = DUNNING_LOG_COLUMNS.filter((c) => (c.kind === "date" || c.kind === "text") && at.get(c)! < 0);
  if (missingKey.length > 0) {
    const params = { ...columnsParams(missingKey), rows: rowsToRead };
    issues.push({ severity: "warning", sheet: block.sheet, row: block.headerRow, column: params.columns, reason: issueReason("logNotUsed", params), code: "logNotUsed", params });
    return { entries, issues };
  }
  // A missing amount column reads as 0 (the notices still count, so no fee is charged twice); say so once.
  const missingAmounts = REQUIRED.filter((c) => at.get(c)! < 0);
  if (missingAmounts.length > 0) {
    const params = { ...columnsParams(missingAmounts), rows: rowsToRead };
    issues.push({ severity: "warning", sheet: block.sheet, row: block.headerRow, column: params.columns, reason: issueReason("logColumnMissing", params), code: "logColumnMissing", params });
  }

  const column = (field: keyof DunningLogEntry): LogColumn => DUNNING_LOG_COLUMNS.find((c) => c.field === field)!;
  block.rows.forEach((row, i) => {
    if (isBlankRow(row)) return;
    const cell = (c: LogColumn): RawCell => {
      const k = at.get(c)!;
      return k >= 0 ? (row[k] ?? null) : null;
    };
    const text = (field: keyof DunningLogEntry): string => cellText(cell(column(field)));
    const problem = (c: LogColumn, code: IssueCode, params: IssueParams): void => {
      // The column as the sheet names it (English or Chinese, as the log was written).
      const header = cellText(block.headers[at.get(c)!] ?? null) || c.header;
      issues.push({ severity: "warning", sheet: block.sheet, row: block.headerRow + 1 + i, column: header, columnIndex: block.firstColumn + at.get(c)!, value: cellText(cell(c)), reason: issueReason(code, params), code, params });
    };

    const date = parseDate(cell(column("date")));
    if (!date.ok) return problem(column("date"), "logRowNotUsed", { reason: date.reason });
    const currency = text("currency").toUpperCase();
    const minor = { amount: 0, fee: 0, interest: 0 };
    for (const c of MONEY) {
      const raw = cell(c);
      if (raw === null || raw === "") continue; // blank = nothing charged
      const amount = parseAmount(raw, currency || "USD");
      if (!amount.ok) return problem(c, "logRowNotUsed", { reason: amount.reason });
      minor[c.field] = amount.minor;
    }
    const required = DUNNING_LOG_COLUMNS.filter((c) => c.kind === "text");
    const empty = required.find((c) => text(c.field) === "");
    if (empty) return problem(empty, "logRowIncomplete", {});
    const channel = text("channel");
    entries.push({
      date: date.day,
      customerId: text("customerId"),
      invoiceNo: text("invoiceNo"),
      stage: text("stage"),
      currency,
      ...minor,
      ...(channel ? { channel } : {}),
    });
  });
  return { entries, issues };
}
