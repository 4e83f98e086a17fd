/**
 * A printable reminder letter, for a customer without a usable email address: the same template
 * and figures as the .eml draft, laid out as one print-ready sheet (company header, address
 * block, date, subject, the text, the invoices as real cells). Text lines are broken to the
 * page width here because Excel does not grow a row for wrapped text in merged cells.
 */
import { dateText, invoiceTableCells, reminderNumberKind, reminderValues, templateFor, type Reminder } from "../../core/reminders";
import { renderTemplate } from "../../core/reminders";
import type { Settings } from "../../core/settings";
import { displayWidth } from "../../core/text";
import type { Language } from "../../core/model";
import type { SheetSpec } from "../spec";
import { Grid, rangeA1 } from "./_lib/grid";
import { textLines } from "./_lib/lines";
import { BOLD, HEADER, SUBTITLE, moneyStyle, moneyValue } from "./_lib/styles";

/** Characters (CJK count two) per printed line: the six columns' width. */
const LINE_WIDTH = 88;
/** The least width of each column (enough for a date, a day count and an amount). */
const COLUMN_WIDTHS = [16, 14, 13, 17, 14, 14];
/** A column of room beside a cell's text so Excel prints it whole (its width unit is a digit of the default font). */
const CELL_PADDING = 1;

/**
 * The columns' widths: each at least its least width, and wider when a table text would not fit
 * (`2026-08-27 (Row 6)`, `2026年7月5日（第2行）`): Excel cuts a text at the next filled cell, so a
 * printed letter would lose the end of the invoice's label. Widths are display columns (CJK two).
 * @example letterColumnWidths([["2026-08-27 (Sep row 16)"]]) //=> [24, 14, 13, 17, 14, 14]
 */
export function letterColumnWidths(tableTexts: readonly (readonly string[])[]): number[] {
  return COLUMN_WIDTHS.map((least, c) => Math.max(least, ...tableTexts.map((row) => (row[c] === undefined ? 0 : displayWidth(row[c]) + CELL_PADDING))));
}
const PLACEHOLDER_TABLE = /\{\{\s*invoiceTable\s*\}\}/;

/** The word a letter's tab starts with, in the clerk's language (the tab is theirs; the letter is in its customer's). */
const LETTER_TAB: Readonly<Record<Language, string>> = { en: "Letter", zh: "信函" };

/**
 * The sheet name wanted for a customer's letter (made valid and unique by the caller). A re-run
 * finds its letters by their marker (role "letter"), never by this word.
 * @example letterSheetWanted(reminder) //=> "Letter C001 Acme Ltd"
 * @example letterSheetWanted(reminder, "zh") //=> "信函 C001 Acme Ltd"
 */
export function letterSheetWanted(reminder: Reminder, language: Language = "en"): string {
  const { id, name } = reminder.customer;
  const tab = LETTER_TAB[language];
  return name.trim() === "" || name.trim() === id.trim() ? `${tab} ${id.trim()}` : `${tab} ${id.trim()} ${name.trim()}`;
}

/**
 * Breaks a paragraph into lines of at most `width` display columns: at spaces for English, at
 * any character for Chinese (which has no spaces between words).
 *
 * @example
 * breakLine("one two three", 8) //=> ["one two", "three"]
 */
export function breakLine(text: string, width: number = LINE_WIDTH): string[] {
  const lines: string[] = [];
  let line = "";
  let lineWidth = 0;
  for (const token of text.match(/[\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\uff00-\uffef]|[^\s\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\uff00-\uffef]+|\s+/g) ?? []) {
    const tokenWidth = displayWidth(token);
    if (/^\s+$/.test(token)) {
      if (line !== "") {
        line += " ";
        lineWidth += 1;
      }
      continue;
    }
    // Chinese closing punctuation never starts a line (禁则): it may run one column past the width.
    const closing = /^[，。：；、！？）》」』】,.:;!?)]$/.test(token);
    if (lineWidth + tokenWidth > width && line.trim() !== "" && !closing) {
      lines.push(line.trimEnd());
      line = "";
      lineWidth = 0;
    }
    line += token;
    lineWidth += tokenWidth;
  }
  if (line.trim() !== "") lines.push(line.trimEnd());
  return lines;
}

/** The letter's text lines from a rendered template part; one blank line between paragraphs. */
function paragraphLines(text: string): string[] {
  const out: string[] = [];
  for (const raw of text.replace(/[ \t]+$/gm, "").split("\n")) {
    if (raw.trim() === "") {
      if (out.length > 0 && out[out.length - 1] !== "") out.push("");
      continue;
    }
    out.push(...breakLine(raw));
  }
  return out;
}

/**
 * Lays out one reminder as a printable letter.
 *
 * @example
 * letterSheet(reminder, settings, "Letter C004 Gamma GmbH") //=> a portrait sheet, print area A1:F…
 */
export function letterSheet(reminder: Reminder, settings: Settings, name: string): SheetSpec {
  const grid = new Grid();
  const { company } = settings;
  const language = reminder.language;
  let row = 1;
  const text = (value: string, style?: Parameters<Grid["put"]>[3]): void => {
    if (value !== "") grid.put(row, 1, value, style);
    row += 1;
  };
  if (company.name) text(company.name, SUBTITLE);
  for (const line of company.addressLines) text(line);
  const contact = [company.email, company.phone].filter((part) => part !== "").join(" · ");
  if (contact) text(contact);
  row += 1;
  text(reminder.customer.name, BOLD);
  for (const line of textLines(reminder.customer.address)) text(line);
  row += 1;
  text(dateText(reminder.asOf, language));
  row += 1;

  const template = templateFor(reminder.stage, language, settings.reminderTemplates, settings.dunning);
  const values = reminderValues(reminder, company, settings.payment);
  const subject = renderTemplate(template.subject, values).replace(/[\r\n]+/g, " ").trim().replace(/\s*[–—-]$/, "").trim();
  text(subject, BOLD);
  row += 1;

  const [before, after = ""] = template.body.split(PLACEHOLDER_TABLE);
  const part = (tpl: string): string[] => paragraphLines(renderTemplate(tpl, values).replace(/\n{3,}/g, "\n\n").trim());
  for (const line of part(before)) text(line);
  // Texts of the invoice tables' cells (the day counts and amounts fit the least widths).
  const tableTexts: string[][] = [];
  if (PLACEHOLDER_TABLE.test(template.body)) {
    row += 1;
    for (const group of reminder.groups) {
      const charged = group.fees > 0 || group.interest > 0;
      // The draft's own headings and invoice labels (a number made from the ledger's row goes with its date).
      const { header, rows: cells } = invoiceTableCells(group, language, reminderNumberKind(reminder));
      grid.line(row, 1, [...header], HEADER);
      tableTexts.push([...header]);
      row += 1;
      const money = moneyStyle(group.currency);
      for (const [k, invoice] of group.invoices.entries()) {
        grid.put(row, 1, cells[k][0]);
        grid.put(row, 2, dateText(invoice.dueDate, language));
        tableTexts.push([cells[k][0], dateText(invoice.dueDate, language)]);
        grid.put(row, 3, invoice.daysOverdue);
        grid.put(row, 4, moneyValue(invoice.open, group.currency), money);
        if (charged) {
          grid.put(row, 5, moneyValue(invoice.fee, group.currency), money);
          grid.put(row, 6, moneyValue(invoice.interest, group.currency), money);
        }
        row += 1;
      }
      row += 1;
    }
  }
  for (const line of part(after)) text(line);
  const lastRow = Math.max(1, row - 1);
  const columnWidths = letterColumnWidths(tableTexts);
  return {
    name,
    role: "letter",
    language,
    cells: grid.cells,
    columnWidths,
    print: { area: rangeA1(1, 1, lastRow, columnWidths.length), fitToWidth: true },
  };
}
