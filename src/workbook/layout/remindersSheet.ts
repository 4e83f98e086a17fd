/**
 * The `Reminders` sheet (DESIGN §5): one row per reminder draft and currency, with the figures,
 * the draft's file name and a mailto: link that opens a new message with subject and a short body.
 */
import type { Reminder } from "../../core/reminders/types";
import { renderReminder } from "../../core/reminders/renderReminder";
import type { Settings } from "../../core/settings/types";
import type { SheetSpec } from "./spec";
import { mailtoLink } from "./mailto";
import { Grid, rangeA1 } from "./_lib/grid";
import { HEADER, NOTE, TITLE, dateValue, DATE, moneyStyle, moneyValue } from "./_lib/styles";

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
  "Send",
] as const;

export interface RemindersSheetOptions {
  /** Final sheet name, default `Reminders`. */
  readonly name?: string;
  /** The .eml file name of each reminder's draft, same order as the reminders. */
  readonly fileNames?: readonly (string | undefined)[];
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
      : options.fileNames
        ? "One row per reminder draft and currency. Open the .eml draft, or click Send to start a message in your mail program."
        : // No .eml files were made (desktop Excel cannot save them): promise none (issue 11 point 8).
          "One row per reminder and currency. Click Send email to start the message in your mail program, or use Copy draft in the AR Desk pane.",
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
      if (link) grid.put(row, 13, reminder.language === "zh" ? "发送邮件" : "Send email", { color: "0563C1" }, link);
      row += 1;
    }
  });
  const rowCount = Math.max(1, row - top - 1); // Excel tables need one data row
  return {
    name: options.name ?? REMINDERS_SHEET,
    role: "reminders",
    cells: grid.cells,
    columnWidths: [12, 30, 28, 9, 14, 9, 14, 10, 10, 14, 9, 32, 12],
    tables: [{ name: REMINDERS_TABLE, top, left: 1, headers: REMINDERS_HEADERS, rowCount, style: "TableStyleLight9" }],
    freezeRows: top,
    print: { area: rangeA1(1, 1, top + rowCount, REMINDERS_HEADERS.length), fitToWidth: true, landscape: true, repeatRows: [top, top] },
  };
}
