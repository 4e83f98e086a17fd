/**
 * One customer statement as a print-ready sheet spec (DESIGN §3 Statements, §5): company header,
 * customer block, statement facts, the line table (balance-forward or open-item), totals,
 * early-payment discounts, aging, payment instructions and, when asked, the balance
 * confirmation slip. Pure: the same statement gives the same spec in both hosts.
 */
import type { Statement } from "../../core/statements";
import { customerNumber } from "../../core/customerNumber";
import type { SheetSpec } from "../spec";
import type { StatementSheetSettings } from "./statementSettings";
import { PAGE_FOOTER, statementText, type StatementText } from "./text";
import { isoOfDay } from "./_lib/core";
import { Grid, rangeA1 } from "./_lib/grid";
import { textLines } from "./_lib/lines";
import { BOLD, DATE, NOTE, SUBTITLE, TITLE, dateValue } from "./_lib/styles";
import { lineWidths, writeActivity, writeCreditNotes, writeLineHeader, writeOpenItems } from "./_lib/statementBody";
import {
  LAST_COL,
  writeAging,
  writeConfirmationSlip,
  writeDiscounts,
  writeNotes,
  writePaymentInstructions,
  writeTotals,
} from "./_lib/statementFooter";

export interface StatementSheetOptions {
  /** The sheet's final name (see uniqueSheetName). */
  readonly name: string;
}

/** Left block A:E, right block F (label) and G:H (value). */
const LEFT_END = 5;
const LABEL_COL = 6;
const VALUE_COL = 7;

/**
 * Lays out one statement.
 *
 * @example
 * statementSheet(statement, settings, { name: "C001 Acme Ltd" })
 * //=> { name: "C001 Acme Ltd", role: "statement", cells: [...], print: { area: "A1:H52", fitToWidth: true, ... } }
 */
export function statementSheet(statement: Statement, settings: StatementSheetSettings, options: StatementSheetOptions): SheetSpec {
  const text = statementText(statement.language, statement.numbers);
  const grid = new Grid();
  writeHeader(grid, statement, settings, text);
  writeCustomer(grid, statement, text);

  grid.row += 1;
  grid.put(grid.row, 1, statement.type === "balance-forward" ? text.balanceForward : text.openItem, SUBTITLE);
  grid.row += 1;
  if (statement.notes.some((note) => note.code === "open-item-fallback")) {
    grid.put(grid.row, 1, text.fallbackNote, NOTE);
    grid.row += 1;
  }
  const headerRow = writeLineHeader(grid, statement, text);
  if (statement.type === "balance-forward") writeActivity(grid, statement, text);
  else {
    writeOpenItems(grid, statement, text);
    writeCreditNotes(grid, statement, text);
  }

  writeTotals(grid, statement, text);
  writeDiscounts(grid, statement, text);
  writeAging(grid, statement, text);
  writePaymentInstructions(grid, settings, text);
  writeNotes(grid, statement);
  if (statement.confirmationSlip) writeConfirmationSlip(grid, statement, settings, text);

  const lastRow = grid.row - 1;
  const lastCol = Math.max(LAST_COL, grid.maxCol);
  const widths = lineWidths(statement);
  while (widths.length < lastCol) widths.push(12);
  return {
    name: options.name,
    role: "statement",
    language: statement.language,
    cells: grid.cells,
    columnWidths: widths,
    merges: grid.merges,
    print: {
      area: rangeA1(1, 1, lastRow, lastCol),
      fitToWidth: true,
      landscape: false,
      repeatRows: [headerRow, headerRow],
      footer: PAGE_FOOTER[statement.language],
    },
  };
}

/** Company name and title on row 1; company address/contact on the left, statement facts on the right. */
function writeHeader(grid: Grid, statement: Statement, settings: StatementSheetSettings, text: StatementText): void {
  grid.put(1, 1, settings.company.name, TITLE);
  grid.merge(1, 1, 1, LEFT_END);
  grid.put(1, LABEL_COL, text.title, { ...TITLE, align: "right" });
  grid.merge(1, LABEL_COL, 1, LAST_COL);

  const { company } = settings;
  const left = company.addressLines.flatMap((line) => textLines(line));
  if (company.phone.trim() !== "") left.push(text.labelled(text.phone, company.phone.trim()));
  if (company.email.trim() !== "") left.push(text.labelled(text.email, company.email.trim()));
  if (company.taxId.trim() !== "") left.push(text.labelled(text.taxId, company.taxId.trim()));
  left.forEach((line, i) => leftLine(grid, 2 + i, line));

  // Written as the statement date cell above it shows its date (yyyy-mm-dd, in both languages): one style in the header.
  const period = text.periodRange(isoOfDay(statement.period.start), isoOfDay(statement.period.end));
  const facts: [string, Parameters<Grid["put"]>[2], boolean][] = [
    [text.statementNo, statement.number, false],
    [text.statementDate, dateValue(statement.statementDate), true],
    [text.currency, statement.currency, false],
    [text.period, period, false],
  ];
  facts.forEach(([label, value, isDate], i) => fact(grid, 2 + i, label, value, isDate));
  grid.row = 2 + Math.max(left.length, facts.length) + 1;
}

/** "Bill to", customer name and ID, address, contact, email. */
function writeCustomer(grid: Grid, statement: Statement, text: StatementText): void {
  const customer = statement.customer;
  grid.put(grid.row, 1, text.billTo, { ...BOLD, color: "595959" });
  grid.row += 1;
  const top = grid.row;
  grid.put(top, 1, customer.name, { bold: true, size: 12 });
  grid.merge(top, 1, top, LEFT_END);
  // A name-keyed customer has no number: its "number" would only repeat the name.
  const number = customerNumber(customer);
  if (number !== undefined) fact(grid, top, text.customerId, number, false);
  const lines = [...textLines(customer.address), ...textLines(customer.contact)];
  if (customer.email) lines.push(customer.email);
  lines.forEach((line, i) => leftLine(grid, top + 1 + i, line));
  grid.row = top + 1 + lines.length;
}

function leftLine(grid: Grid, row: number, line: string): void {
  grid.put(row, 1, line);
  grid.merge(row, 1, row, LEFT_END);
}

function fact(grid: Grid, row: number, label: string, value: Parameters<Grid["put"]>[2], isDate: boolean): void {
  grid.put(row, LABEL_COL, label, { bold: true, align: "right" });
  grid.put(row, VALUE_COL, value, isDate ? DATE : { align: "left" });
  grid.merge(row, VALUE_COL, row, LAST_COL);
}
