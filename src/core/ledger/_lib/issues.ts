/** Collecting data issues with their workbook address. Private to the ledger. */
import type { SourceBlock, RawCell } from "../../source";
import type { DataIssue, IssueSeverity } from "../../model";
import { shownValue } from "./cells";
import { issueReason, type IssueCode, type IssueParams } from "../issueTexts";

/** The issues of one table: turns (row index, column index) into the worksheet address. */
export class TableIssues {
  constructor(
    private readonly block: SourceBlock,
    private readonly out: DataIssue[],
  ) {}

  get sheet(): string {
    return this.block.sheet;
  }

  /** Worksheet row of a data row index. */
  rowOf(index: number): number {
    return this.block.headerRow + 1 + index;
  }

  /** An issue about one cell (col = 0-based index into headers, or -1 for the whole row). */
  cell(severity: IssueSeverity, index: number, col: number, cell: RawCell | undefined, reason: string): void {
    const issue: DataIssue =
      col < 0
        ? { severity, sheet: this.block.sheet, row: this.rowOf(index), reason }
        : {
            severity,
            sheet: this.block.sheet,
            row: this.rowOf(index),
            column: this.block.headers[col],
            columnIndex: this.block.firstColumn + col,
            value: shownValue(cell),
            reason,
          };
    this.out.push(issue);
  }

  /** A coded issue about one cell: its reason is the code's English text (Chinese: issueText). */
  coded(severity: IssueSeverity, index: number, col: number, cell: RawCell | undefined, code: IssueCode, params: IssueParams = {}): void {
    this.cell(severity, index, col, cell, issueReason(code, params));
    const last = this.out.pop()!;
    this.out.push({ ...last, code, params });
  }

  /** A coded issue about the whole table. */
  tableCoded(severity: IssueSeverity, column: string | undefined, code: IssueCode, params: IssueParams = {}): void {
    this.table(severity, column, issueReason(code, params));
    const last = this.out.pop()!;
    this.out.push({ ...last, code, params });
  }

  /** An issue about the whole table (row 0), e.g. a missing required column. */
  table(severity: IssueSeverity, column: string | undefined, reason: string): void {
    this.out.push(column === undefined
      ? { severity, sheet: this.block.sheet, row: 0, reason }
      : { severity, sheet: this.block.sheet, row: 0, column, reason });
  }
}
