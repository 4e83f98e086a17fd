/**
 * The line tables of a statement: balance-forward activity or open items, one row each.
 * Private to statementSheet.ts; each function writes from `grid.row` on and advances it.
 */
import type { ActivityLine, OpenItemLine, Statement } from "../../../core/statements";
import type { StatementText } from "../text";
import { stageLabel } from "../text";
// A number made from the ledger's row is worded in the statement's language (Row 12 → 第12行).
import { rowDocumentNoIn } from "../../../core/ledger";
import type { Grid } from "./grid";
import { BOLD, DATE, HEADER, dateValue, moneyStyle, moneyValue } from "./styles";

/** Column headers of the line table; the same row is repeated on every printed page. */
export function lineHeaders(statement: Statement, text: StatementText): string[] {
  return statement.type === "balance-forward"
    ? [text.date, text.type, text.reference, text.description, text.dueDate, text.charges, text.credits, text.balance]
    : [text.invoiceDate, text.reference, text.description, text.dueDate, text.daysOverdue, text.amount, text.balance, text.stage];
}

/** Column widths (characters) that fit the line table. */
export function lineWidths(statement: Statement): number[] {
  return statement.type === "balance-forward" ? [12, 13, 16, 26, 12, 14, 14, 15] : [12, 16, 26, 12, 9, 14, 14, 15];
}

/** Writes the header row; returns its row number. */
export function writeLineHeader(grid: Grid, statement: Statement, text: StatementText): number {
  const row = grid.row;
  grid.line(row, 1, lineHeaders(statement, text), HEADER);
  grid.row += 1;
  return row;
}

const KIND_TEXT = (text: StatementText, kind: ActivityLine["kind"]): string =>
  kind === "invoice" ? text.invoice : kind === "credit-note" ? text.creditNote : text.payment;

/** Opening line, one line per movement with the running balance, closing line. */
export function writeActivity(grid: Grid, statement: Statement, text: StatementText): void {
  const ccy = statement.currency;
  const money = moneyStyle(ccy);
  const totals = statement.totals;
  const opening = totals?.opening ?? 0;
  grid.put(grid.row, 1, dateValue(statement.period.start), DATE);
  grid.put(grid.row, 2, text.openingBalance, BOLD);
  grid.put(grid.row, 8, moneyValue(opening, ccy), moneyStyle(ccy, BOLD));
  grid.row += 1;
  for (const line of statement.lines) {
    if (line.kind === "open-item") continue; // not on a balance-forward statement
    const row = grid.row;
    grid.put(row, 1, dateValue(line.date), DATE);
    grid.put(row, 2, KIND_TEXT(text, line.kind));
    grid.put(row, 3, rowDocumentNoIn(line.reference, statement.language));
    grid.put(row, 4, line.description ?? null);
    if (line.dueDate !== undefined && line.kind !== "payment") grid.put(row, 5, dateValue(line.dueDate), DATE);
    if (line.charges !== 0 || line.kind === "invoice") grid.put(row, 6, moneyValue(line.charges, ccy), money);
    if (line.credits !== 0 || line.kind !== "invoice") grid.put(row, 7, moneyValue(line.credits, ccy), money);
    grid.put(row, 8, moneyValue(line.balance, ccy), money);
    grid.row += 1;
  }
  const row = grid.row;
  const closingStyle = { bold: true, border: "thin-top" } as const;
  grid.put(row, 1, dateValue(statement.statementDate), { ...DATE, ...closingStyle });
  grid.put(row, 2, text.closingBalance, closingStyle);
  for (const col of [3, 4, 5]) grid.put(row, col, null, closingStyle);
  grid.put(row, 6, moneyValue(totals?.invoiced ?? 0, ccy), moneyStyle(ccy, closingStyle));
  grid.put(row, 7, moneyValue((totals?.paid ?? 0) + (totals?.credits ?? 0), ccy), moneyStyle(ccy, closingStyle));
  grid.put(row, 8, moneyValue(totals?.closing ?? statement.totalDue, ccy), moneyStyle(ccy, closingStyle));
  grid.row += 1;
}

/** One line per open invoice with its age and stage, then their total. */
export function writeOpenItems(grid: Grid, statement: Statement, text: StatementText): void {
  const ccy = statement.currency;
  const money = moneyStyle(ccy);
  const items: readonly OpenItemLine[] = statement.openItems;
  if (items.length === 0) {
    grid.put(grid.row, 1, text.nothingOpen, { italic: true });
    grid.row += 1;
  }
  let total = 0;
  for (const item of items) {
    const row = grid.row;
    total += item.open;
    grid.put(row, 1, dateValue(item.invoiceDate), DATE);
    grid.put(row, 2, rowDocumentNoIn(item.invoiceNo, statement.language));
    grid.put(row, 3, item.description ?? null);
    grid.put(row, 4, dateValue(item.dueDate), DATE);
    // Not yet due: left blank rather than a negative count a customer would misread.
    grid.put(row, 5, item.daysOverdue > 0 ? item.daysOverdue : null, { numberFormat: "0" });
    grid.put(row, 6, moneyValue(item.amount, ccy), money);
    grid.put(row, 7, moneyValue(item.open, ccy), money);
    const stage = item.disputed ? text.disputed : item.stage === "None" ? "" : stageLabel(item.stage, statement.language);
    grid.put(row, 8, stage === "" ? null : stage);
    grid.row += 1;
  }
  const row = grid.row;
  const totalStyle = { bold: true, border: "thin-top" } as const;
  for (const col of [1, 3, 4, 5, 6, 8]) grid.put(row, col, null, totalStyle);
  grid.put(row, 2, text.total, totalStyle);
  grid.put(row, 7, moneyValue(total, ccy), moneyStyle(ccy, totalStyle));
  grid.row += 1;
}

/**
 * Open-item statements: the credit notes behind the balances, told the way they were read. Set
 * against the oldest invoices by AR Desk, they explain reduced open balances; with open balances
 * read from the ledger, a note's unused part is the unapplied credit below, so it gets its own
 * column and the note says which part is where (never "already included" for credit shown apart).
 */
export function writeCreditNotes(grid: Grid, statement: Statement, text: StatementText): void {
  const credits = statement.creditNotes ?? [];
  if (statement.type !== "open-item" || credits.length === 0) return;
  const ccy = statement.currency;
  const asGiven = statement.creditNotesBasis === "as-given";
  const unused = asGiven && credits.some((credit) => (credit.unapplied ?? 0) > 0);
  grid.row += 1;
  grid.put(grid.row, 1, text.creditNotesApplied, BOLD);
  if (unused) {
    grid.put(grid.row, 6, text.creditAmount, { ...HEADER, align: "right" });
    grid.put(grid.row, 7, text.notYetApplied, { ...HEADER, align: "right" });
  }
  grid.row += 1;
  for (const credit of credits) {
    const row = grid.row;
    grid.put(row, 1, dateValue(credit.date), DATE);
    grid.put(row, 2, rowDocumentNoIn(credit.invoiceNo, statement.language));
    grid.put(row, 3, credit.description ?? text.creditNote);
    grid.put(row, 6, moneyValue(-credit.amount, ccy), moneyStyle(ccy));
    if (unused) grid.put(row, 7, moneyValue(credit.unapplied ? -credit.unapplied : 0, ccy), moneyStyle(ccy));
    grid.row += 1;
  }
  const note = !asGiven ? text.creditNotesNote : unused ? text.creditNotesUnusedNote : text.creditNotesAsGivenNote;
  grid.put(grid.row, 1, note, { italic: true, color: "595959" });
  grid.row += 1;
}
