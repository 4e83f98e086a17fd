/**
 * The `Reminders` sheet (DESIGN §5): one row per reminder draft and currency, with the figures,
 * the draft's file name and a mailto: link that opens a new message with subject and a short body.
 */
import { customerNumber } from "../../core/customerNumber";
import { FIELD_NAMES_ZH } from "../../core/fieldNames";
import type { Language } from "../../core/model";
import type { StageAction } from "../../core/dunning";
import { reminderNumberKind, renderReminder, type CallTask, type Reminder } from "../../core/reminders";
import type { Settings } from "../../core/settings";
import type { SheetSpec, TableSpec } from "../spec";
import { mailtoLink } from "./mailto";
import { Grid, rangeA1 } from "./_lib/grid";
import { HEADER, NOTE, SUBTITLE, TITLE, dateValue, DATE, moneyStyle, moneyValue } from "./_lib/styles";
import { stageLabel } from "./text";

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

/** Where the count of a reminder's invoices stands in REMINDERS_HEADERS. */
const DOCUMENTS_COLUMN = REMINDERS_HEADERS.indexOf("Invoices");

export const CALLS_TABLE = "CallList";
export const CALLS_HEADERS = ["CustomerID", "Customer", "Contact", "Email", "Stage", "Action", "Currency", "Overdue", "Last call"] as const;

/** How a reminder went out, as the flows name it. */
type Channel = "email" | "letter" | "not sent";

/** Every word the sheet prints, per language. Sheet and table names stay English: code finds them by name. */
interface RemindersWords {
  readonly title: string;
  readonly none: string;
  readonly noteNoFiles: string;
  readonly note: string;
  /** Same columns, same order as REMINDERS_HEADERS; Fees and Channel in the Dunning log sheet's words. */
  readonly headers: readonly string[];
  readonly channels: Readonly<Record<Channel, string>>;
  /** The Invoices column's header when the ledger's numbers are documents (凭证号, Document No). */
  readonly documents: string;
  /** The policy's Action (phone or visit) in the call list. */
  readonly actions: Readonly<Record<StageAction, string>>;
  /**
   * The Send link's text, in the clerk's language whatever the customer's: the link is for the
   * clerk to click (the draft it opens is in the customer's language).
   */
  readonly send: string;
  /**
   * The customer's language as this sheet names it. Each name is one the ledger reader takes as
   * that language too (core/ledger values: English, 英文, 中文), should a clerk copy the column
   * into the Customers table; no code reads this sheet back (listSheets leaves it out).
   */
  readonly languages: Readonly<Record<Language, string>>;
  readonly callsTitle: string;
  readonly noCalls: string;
  readonly callsNote: string;
  /** Same columns, same order as CALLS_HEADERS. */
  readonly callHeaders: readonly string[];
  /** A stage as this sheet prints it (the summary sheet's words). */
  readonly stage: (stage: string) => string;
}

const Z = FIELD_NAMES_ZH;
const WORDS: Readonly<Record<Language, RemindersWords>> = {
  en: {
    title: "Reminders",
    none: "No customer has an invoice at a reminder stage: no drafts.",
    // No .eml files were made (desktop Excel cannot save them): promise none (issue 11 point 8).
    noteNoFiles:
      "One row per reminder and currency. Channel: email (click Send email to start the message in your mail program, or use Copy draft in the AR Desk pane), letter (print its sheet), or not sent (no usable email, letters off: nothing logged).",
    note: "One row per reminder and currency. Channel: email (open the .eml draft, or click Send), letter (print its sheet), or not sent (no usable email, letters off: nothing logged).",
    headers: REMINDERS_HEADERS,
    documents: "Documents",
    channels: { email: "email", letter: "letter", "not sent": "not sent" },
    actions: { phone: "phone", visit: "visit" },
    send: "Send email",
    languages: { en: "English", zh: "中文" },
    callsTitle: "Customers to call",
    noCalls: "No stage in the policy asks for a call for these customers.",
    callsNote: "The policy asks for a call (or visit) at these stages. Log each call in the dunning log (channel phone).",
    callHeaders: CALLS_HEADERS,
    stage: (stage) => stage,
  },
  zh: {
    title: "催款提醒",
    none: "没有客户的发票处于催款阶段：无提醒草稿。",
    noteNoFiles: "每条提醒每个币种一行。方式：邮件（点击“发送邮件”在邮件程序中新建邮件，或在 AR Desk 窗格中使用“复制草稿”）、信函（打印其工作表）或未发送（无可用邮箱且未启用信函：不记入催款记录）。",
    note: "每条提醒每个币种一行。方式：邮件（打开 .eml 草稿，或点击“发送邮件”）、信函（打印其工作表）或未发送（无可用邮箱且未启用信函：不记入催款记录）。",
    headers: [Z.CustomerID, Z.CustomerName, Z.Email, Z.Language, "催款阶段", Z.Currency, "逾期金额", "费用", "利息", "应付合计", "发票数", "草稿", "方式", "发送"],
    documents: "单据数",
    channels: { email: "邮件", letter: "信函", "not sent": "未发送" },
    actions: { phone: "电话", visit: "上门拜访" },
    send: "发送邮件",
    languages: { en: "英文", zh: "中文" },
    callsTitle: "需电话联系的客户",
    noCalls: "催款政策未要求对这些客户进行电话联系。",
    callsNote: "催款政策要求在以下阶段电话联系（或上门拜访）。每次联系后请记入催款记录（方式：电话）。",
    callHeaders: [Z.CustomerID, Z.CustomerName, Z.Contact, Z.Email, "催款阶段", "措施", Z.Currency, "逾期金额", "上次电话"],
    stage: (stage) => stageLabel(stage, "zh"),
  },
};

/** A channel in the sheet's language; a word the flows do not know is printed as given. */
const channelWord = (channel: string, words: RemindersWords): string => (words.channels as Readonly<Record<string, string>>)[channel] ?? channel;

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
  /** The clerk's language (the CLI's --lang/locale, the pane's) for title, notes, headers and channels. Default "en". */
  readonly language?: Language;
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
  const words = WORDS[options.language ?? "en"];
  const grid = new Grid();
  const top = HEADER_ROW;
  grid.put(1, 1, words.title, TITLE);
  const asOf = reminders[0]?.asOf;
  if (asOf !== undefined) grid.put(1, 3, dateValue(asOf), DATE);
  grid.put(2, 1, reminders.length === 0 ? words.none : options.draftFiles === false ? words.noteNoFiles : words.note, NOTE);
  // A ledger numbering the clerk's documents (凭证号, Document No) or only its rows, not invoices: the count says so, as the letters do (core/ledger numberWords.ts).
  const headers = reminders.some((reminder) => reminderNumberKind(reminder) !== "invoice") ? words.headers.map((h, c) => (c === DOCUMENTS_COLUMN ? words.documents : h)) : words.headers;
  grid.line(top, 1, headers, HEADER);
  let row = top + 1;
  reminders.forEach((reminder, r) => {
    const { subject, body } = renderReminder(reminder, settings);
    const link = reminder.email ? mailtoLink(reminder.email, subject, body) : undefined;
    for (const group of reminder.groups) {
      const ccy = group.currency;
      const money = moneyStyle(ccy);
      // A customer keyed by name has no number: its name is under Customer, the ID left blank (as on the Index).
      grid.put(row, 1, customerNumber(reminder.customer) ?? null);
      grid.put(row, 2, reminder.customer.name);
      grid.put(row, 3, reminder.email ?? null);
      grid.put(row, 4, words.languages[reminder.language]);
      grid.put(row, 5, words.stage(group.stage));
      grid.put(row, 6, ccy);
      grid.put(row, 7, moneyValue(group.overdueTotal, ccy), money);
      grid.put(row, 8, moneyValue(group.fees, ccy), money);
      grid.put(row, 9, moneyValue(group.interest, ccy), money);
      grid.put(row, 10, moneyValue(group.totalToPay, ccy), money);
      grid.put(row, 11, group.invoices.length);
      grid.put(row, 12, options.fileNames?.[r] ?? null);
      const channel = options.channels?.[r];
      grid.put(row, 13, channel === undefined ? null : channelWord(channel, words));
      if (link) grid.put(row, 14, words.send, { color: "0563C1" }, link);
      row += 1;
    }
  });
  const rowCount = Math.max(1, row - top - 1); // Excel tables need one data row
  const tables: TableSpec[] = [{ name: REMINDERS_TABLE, top, left: 1, headers: words.headers, rowCount, style: "TableStyleLight9" }];
  let lastRow = top + rowCount;
  const calls = options.calls ?? [];
  if (options.calls !== undefined) {
    const title = top + rowCount + 2;
    grid.put(title, 1, words.callsTitle, SUBTITLE);
    grid.put(title + 1, 1, calls.length === 0 ? words.noCalls : words.callsNote, NOTE);
    lastRow = title + 1;
    if (calls.length > 0) {
      const callTop = title + 2;
      grid.line(callTop, 1, words.callHeaders, HEADER);
      let callRow = callTop + 1;
      for (const task of calls) {
        const { reminder } = task;
        for (const group of reminder.groups) {
          grid.put(callRow, 1, customerNumber(reminder.customer) ?? null);
          grid.put(callRow, 2, reminder.customer.name);
          grid.put(callRow, 3, reminder.customer.contact ?? null);
          grid.put(callRow, 4, reminder.email ?? null);
          grid.put(callRow, 5, words.stage(reminder.stage));
          grid.put(callRow, 6, words.actions[task.action] ?? task.action);
          grid.put(callRow, 7, group.currency);
          grid.put(callRow, 8, moneyValue(group.overdueTotal, group.currency), moneyStyle(group.currency));
          if (task.lastCall !== undefined) grid.put(callRow, 9, dateValue(task.lastCall), DATE);
          callRow += 1;
        }
      }
      tables.push({ name: CALLS_TABLE, top: callTop, left: 1, headers: words.callHeaders, rowCount: callRow - callTop - 1, style: "TableStyleLight10" });
      lastRow = callRow - 1;
    }
  }
  return {
    name: options.name ?? REMINDERS_SHEET,
    role: "reminders",
    language: options.language ?? "en",
    cells: grid.cells,
    columnWidths: [12, 30, 28, 9, 14, 9, 14, 10, 10, 14, 9, 32, 10, 12],
    tables,
    freezeRows: top,
    print: { area: rangeA1(1, 1, lastRow, REMINDERS_HEADERS.length), fitToWidth: true, landscape: true, repeatRows: [top, top] },
  };
}
