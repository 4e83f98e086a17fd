/**
 * The blocks below a statement's line table: totals, early-payment discounts, aging, payment
 * instructions, notes and the balance confirmation slip. Private to statementSheet.ts; each
 * function writes from `grid.row` on and advances it.
 */
import type { Statement } from "../../../core/statements";
import { customerNumber } from "../../../core/customerNumber";
import type { StatementSheetSettings } from "../statementSettings";
import type { StatementText } from "../text";
import { agingLabel, dayText } from "../text";
import { rowDocumentNoIn } from "../../../core/ledger";
import { formatMoney } from "./core";
import type { Grid } from "./grid";
import { textLines } from "./lines";
import { BOLD, DATE, HEADER, NOTE, SUBTITLE, dateValue, moneyStyle, moneyValue } from "./styles";

/** Statement columns A..H. */
export const LAST_COL = 8;

/** A right-aligned label over E:G and its amount in H. */
function amountRow(grid: Grid, label: string, minor: number, statement: Statement, strong = false): void {
  const row = grid.row;
  grid.put(row, 5, label, strong ? { bold: true, align: "right" } : { align: "right" });
  grid.merge(row, 5, row, 7);
  grid.put(row, 8, moneyValue(minor, statement.currency), moneyStyle(statement.currency, strong ? { bold: true, border: "double-bottom" } : {}));
  grid.row += 1;
}

/** Unapplied credit, total due, amount overdue. */
export function writeTotals(grid: Grid, statement: Statement, text: StatementText): void {
  grid.row += 1;
  const forward = statement.type === "balance-forward";
  // Open-item: open items total − unapplied = total due, so the line sits above the total.
  if (statement.unapplied > 0 && !forward) amountRow(grid, text.unappliedCredit, -statement.unapplied, statement);
  // A negative total due is money we owe: say so, with a positive amount.
  if (statement.totalDue < 0) amountRow(grid, text.creditBalance, -statement.totalDue, statement, true);
  else amountRow(grid, text.totalDue, statement.totalDue, statement, true);
  amountRow(grid, text.amountOverdue, statement.overdue, statement);
  // Balance-forward: the closing balance already includes it; shown so it is never silent.
  if (statement.unapplied > 0 && forward) amountRow(grid, text.unappliedCredit, -statement.unapplied, statement);
  if (statement.unapplied > 0) {
    grid.put(grid.row, 1, forward ? text.unappliedIncludedNote : text.unappliedCreditNote, NOTE);
    grid.merge(grid.row, 1, grid.row, LAST_COL);
    grid.row += 1;
  }
  if (statement.totalDue < 0) {
    grid.put(grid.row, 1, text.creditBalanceNote, NOTE);
    grid.merge(grid.row, 1, grid.row, LAST_COL);
    grid.row += 1;
  }
}

/** One line per invoice whose early-payment discount can still be taken. */
export function writeDiscounts(grid: Grid, statement: Statement, text: StatementText): void {
  if (statement.discounts.length === 0) return;
  grid.row += 1;
  grid.put(grid.row, 1, text.earlyPaymentDiscount, SUBTITLE);
  grid.row += 1;
  const head = grid.row;
  grid.line(head, 1, [text.reference, text.payBy, text.terms, null, null, text.discount, text.amountToPay], HEADER);
  grid.merge(head, 3, head, 5);
  grid.row += 1;
  const money = moneyStyle(statement.currency);
  for (const offer of statement.discounts) {
    const row = grid.row;
    grid.put(row, 1, rowDocumentNoIn(offer.invoiceNo, statement.language));
    grid.put(row, 2, dateValue(offer.lastDay), DATE);
    grid.put(row, 3, text.discountLine(offer.percent, dayText(offer.lastDay, statement.language)));
    grid.merge(row, 3, row, 5);
    grid.put(row, 6, moneyValue(-offer.discount, statement.currency), money);
    grid.put(row, 7, moneyValue(offer.payAmount, statement.currency), money);
    grid.row += 1;
  }
}

/** The aging line: bucket labels over their amounts, and the total. */
export function writeAging(grid: Grid, statement: Statement, text: StatementText): void {
  grid.row += 1;
  grid.put(grid.row, 1, text.aging, SUBTITLE);
  grid.row += 1;
  const { labels, amounts } = statement.aging;
  const money = moneyStyle(statement.currency);
  grid.line(grid.row, 1, [...labels.map((label) => agingLabel(label, statement.language)), text.total], { ...HEADER, align: "right" });
  grid.row += 1;
  let total = 0;
  amounts.forEach((amount, i) => {
    total += amount;
    grid.put(grid.row, 1 + i, moneyValue(amount, statement.currency), money);
  });
  grid.put(grid.row, 1 + labels.length, moneyValue(total, statement.currency), moneyStyle(statement.currency, BOLD));
  grid.row += 1;
}

/** Bank, Alipay and WeChat text as the clerk set it; nothing when none is set. */
export function writePaymentInstructions(grid: Grid, settings: StatementSheetSettings, text: StatementText): void {
  const entries: [string, string[]][] = [
    [text.bank, textLines(settings.payment.bank)],
    [text.alipay, textLines(settings.payment.alipay)],
    [text.wechat, textLines(settings.payment.wechat)],
  ];
  if (entries.every(([, lines]) => lines.length === 0)) return;
  grid.row += 1;
  grid.put(grid.row, 1, text.paymentInstructions, SUBTITLE);
  grid.row += 1;
  for (const [label, lines] of entries) {
    lines.forEach((line, i) => {
      if (i === 0) grid.put(grid.row, 1, label, BOLD);
      grid.put(grid.row, 2, line);
      grid.merge(grid.row, 2, grid.row, LAST_COL);
      grid.row += 1;
    });
  }
}

/** Notes other than the fallback note (which sits above the line table). */
export function writeNotes(grid: Grid, statement: Statement): void {
  const notes = statement.notes.filter((note) => note.code !== "open-item-fallback");
  if (notes.length === 0) return;
  grid.row += 1;
  for (const note of notes) {
    grid.put(grid.row, 1, note.text, NOTE);
    grid.row += 1;
  }
}

/** The balance confirmation slip (对账确认函): cut line, request, tick boxes, sign and stamp lines. */
export function writeConfirmationSlip(grid: Grid, statement: Statement, settings: StatementSheetSettings, text: StatementText): void {
  const lang = statement.language;
  const line = { border: "thin-bottom" } as const;
  grid.row += 2;
  grid.put(grid.row, 1, "- - - - - - - - - - - - - - - - - - - - ✂ - - - - - - - - - - - - - - - - - - - -", { align: "center", color: "808080" });
  grid.merge(grid.row, 1, grid.row, LAST_COL);
  grid.row += 1;
  grid.put(grid.row, 1, text.slipTitle, { bold: true, size: 14, align: "center" });
  grid.merge(grid.row, 1, grid.row, LAST_COL);
  grid.row += 2;
  const number = customerNumber(statement.customer);
  const facts: [string, string][] = [
    [text.customer, statement.customer.name],
    // A name-keyed customer has no number: its "number" would only repeat the name.
    ...(number === undefined ? [] : [[text.customerId, number] as [string, string]]),
    [text.statementNo, statement.number],
  ];
  for (const [label, value] of facts) {
    grid.put(grid.row, 1, label, BOLD);
    grid.put(grid.row, 3, value);
    grid.merge(grid.row, 3, grid.row, LAST_COL);
    grid.row += 1;
  }
  grid.row += 1;
  const closing = formatMoney({ currency: statement.currency, minor: statement.totalDue }, lang);
  grid.put(grid.row, 1, text.slipIntro(closing, dayText(statement.statementDate, lang)), { wrap: true, valign: "top" });
  grid.merge(grid.row, 1, grid.row + 1, LAST_COL);
  grid.row += 3;
  grid.put(grid.row, 1, text.slipAgree);
  grid.row += 1;
  grid.put(grid.row, 1, text.slipDisagree);
  for (let col = 5; col <= LAST_COL; col++) grid.put(grid.row, col, null, line);
  grid.row += 1;
  grid.put(grid.row, 1, text.slipDifference);
  for (let col = 3; col <= LAST_COL; col++) grid.put(grid.row, col, null, line);
  grid.row += 2;
  for (const [label, left, right] of [
    [text.slipSignature, 3, 4],
    [text.slipStamp, 3, 4],
    [text.slipDate, 3, 4],
  ] as const) {
    grid.put(grid.row, 1, label, BOLD);
    for (let col = left; col <= right; col++) grid.put(grid.row, col, null, line);
    grid.row += 2;
  }
  grid.put(grid.row, 1, text.slipReturnTo(settings.company.name), NOTE);
  grid.row += 1;
}
