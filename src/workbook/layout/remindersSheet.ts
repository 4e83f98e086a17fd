/**
 * The `Reminders` sheet (DESIGN §5): one row per reminder draft and currency, with the figures,
 * the draft's file name and a mailto: link that opens a new message with subject and a short body.
 */
import { renderReminder, type CallTask, type Reminder } from "../../core/reminders";
import type { Settings } from "../../core/settings";
import type { SheetSpec, TableSpec } from "../spec";
import { mailtoLink } from "./mailto";
import { Grid, rangeA1 } from "./_lib/grid";
import { HEADER, NOTE, SUBTITLE, TITLE, dateValue, DATE, moneyStyle, moneyValue } from "./_lib/styles";

export const REMINDERS_SHEET = "Reminders";
export const REMINDERS_TABLE = "ReminderDrafts";
export const REMINDERS_HEADERS = [
  "CustomerID",
  "Customer",
  "Email",
  "Language",
  "Stage",
  "Currency",
  "Overdue",
  "Fees",
  "Interest",
  "Total to pay",
  "Invoices",
  "Draft",
  "Channel",
  "Send",
] as const;

export const CALLS_TABLE = "CallList";
export const CALLS_HEADERS = ["CustomerID", "Customer", "Contact", "Email", "Stage", "Action", "Currency", "Overdue", "Last call"] as const;

export interface RemindersSheetOptions {
  /** Final sheet name, default `Reminders`. */
  readonly name?: string;
  /** The .eml file name of each reminder's draft, same order as the reminders. */
  readonly fileNames?: readonly (string | undefined)[];
  /** How each reminder went out ("email", "letter", "not sent"), same order as the reminders. */
  readonly channels?: readonly string[];
  /** Customers to call or visit (the policy's Action column): a second table below the first. */
  readonly calls?: readonly CallTask[];
  /** False where no .eml files were handed out (desktop Excel): the note promises none. Default true. */
  readonly draftFiles?: boolean;
}

const HEADER_ROW = 4;

/**
 * Lays out the reminder drafts. Subject and body come from the same templates as the .eml drafts.
 *
 * @example
 * remindersSheet(reminders, settings, { fileNames: ["C001 Reminder 2.eml"] })
 * //=> table ReminderDrafts; the Send cell links to "mailto:ap@acme.example?subject=…&body=…"
 */
export function remindersSheet(reminders: readonly Reminder[], settings: Settings, options: RemindersSheetOptions = {}): SheetSpec {
  const grid = new Grid();
  const top = HEADER_ROW;
  grid.put(1, 1, "Reminders", TITLE);
  const asOf = reminders[0]?.asOf;
  if (asOf !== undefined) grid.put(1, 3, dateValue(asOf), DATE);
  grid.put(
    2,
    1,
    reminders.length === 0
      ? "No customer has an invoice at a reminder stage: no drafts."
      : options.draftFiles === false
        ? // No .eml files were made (desktop Excel cannot save them): promise none (issue 11 point 8).
          "One row per reminder and currency. Channel: email (click Send email to start the message in your mail program, or use Copy draft in the AR Desk pane), letter (print its sheet), or not sent (no usable email, letters off: nothing logged)."
        : "One row per reminder and currency. Channel: email (open the .eml draft, or click Send), letter (print its sheet), or not sent (no usable email, letters off: nothing logged).",
    NOTE,
  );
  grid.line(top, 1, REMINDERS_HEADERS, HEADER);
  let row = top + 1;
  reminders.forEach((reminder, r) => {
    const { subject, body } = renderReminder(reminder, settings);
    const link = reminder.email ? mailtoLink(reminder.email, subject, body) : undefined;
    for (const group of reminder.groups) {
      const ccy = group.currency;
      const money = moneyStyle(ccy);
      grid.put(row, 1, reminder.customer.id);
      grid.put(row, 2, reminder.customer.name);
      grid.put(row, 3, reminder.email ?? null);
      grid.put(row, 4, reminder.language);
      grid.put(row, 5, group.stage);
      grid.put(row, 6, ccy);
      grid.put(row, 7, moneyValue(group.overdueTotal, ccy), money);
      grid.put(row, 8, moneyValue(group.fees, ccy), money);
      grid.put(row, 9, moneyValue(group.interest, ccy), money);
      grid.put(row, 10, moneyValue(group.totalToPay, ccy), money);
      grid.put(row, 11, group.invoices.length);
      grid.put(row, 12, options.fileNames?.[r] ?? null);
      grid.put(row, 13, options.channels?.[r] ?? null);
      if (link) grid.put(row, 14, reminder.language === "zh" ? "发送邮件" : "Send email", { color: "0563C1" }, link);
      row += 1;
    }
  });
  const rowCount = Math.max(1, row - top - 1); // Excel tables need one data row
  const tables: TableSpec[] = [{ name: REMINDERS_TABLE, top, left: 1, headers: REMINDERS_HEADERS, rowCount, style: "TableStyleLight9" }];
  let lastRow = top + rowCount;
  const calls = options.calls ?? [];
  if (options.calls !== undefined) {
    const title = top + rowCount + 2;
    grid.put(title, 1, "Customers to call", SUBTITLE);
    grid.put(title + 1, 1, calls.length === 0 ? "No stage in the policy asks for a call for these customers." : "The policy asks for a call (or visit) at these stages. Log each call in the dunning log (channel phone).", NOTE);
    lastRow = title + 1;
    if (calls.length > 0) {
      const callTop = title + 2;
      grid.line(callTop, 1, CALLS_HEADERS, HEADER);
      let callRow = callTop + 1;
      for (const task of calls) {
        const { reminder } = task;
        for (const group of reminder.groups) {
          grid.put(callRow, 1, reminder.customer.id);
          grid.put(callRow, 2, reminder.customer.name);
          grid.put(callRow, 3, reminder.customer.contact ?? null);
          grid.put(callRow, 4, reminder.email ?? null);
          grid.put(callRow, 5, reminder.stage);
          grid.put(callRow, 6, task.action);
          grid.put(callRow, 7, group.currency);
          grid.put(callRow, 8, moneyValue(group.overdueTotal, group.currency), moneyStyle(group.currency));
          if (task.lastCall !== undefined) grid.put(callRow, 9, dateValue(task.lastCall), DATE);
          callRow += 1;
        }
      }
      tables.push({ name: CALLS_TABLE, top: callTop, left: 1, headers: CALLS_HEADERS, rowCount: callRow - callTop - 1, style: "TableStyleLight10" });
      lastRow = callRow - 1;
    }
  }
  return {
    name: options.name ?? REMINDERS_SHEET,
    role: "reminders",
    cells: grid.cells,
    columnWidths: [12, 30, 28, 9, 14, 9, 14, 10, 10, 14, 9, 32, 10, 12],
    tables,
    freezeRows: top,
    print: { area: rangeA1(1, 1, lastRow, REMINDERS_HEADERS.length), fitToWidth: true, landscape: true, repeatRows: [top, top] },
  };
}
