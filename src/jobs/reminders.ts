/**
 * The reminders job: who is due a reminder at which stage, the drafts, the Reminders sheet and
 * the dunning log with this run's notices appended. Re-running for the same day never charges a
 * fee twice: the fee rule reads the log (src/core/dunning/log.ts).
 */
import type { DunningLogEntry } from "../core/dunning";
import type { DataIssue, DayNumber } from "../core/model";
import { logEntriesFor, remindersDue, type Reminder } from "../core/reminders";
import { dunningLogSheet, remindersSheet, type SheetSpec } from "../workbook/layout";
import { reminderDrafts, type ReminderDraft } from "./reminderDrafts";
import type { LedgerSession } from "./session";

export interface RemindersRun {
  readonly asOf: DayNumber;
  readonly reminders: Reminder[];
  readonly drafts: ReminderDraft[];
  /** Reminders sheet, then the full Dunning log sheet (previous entries + this run's). */
  readonly sheets: SheetSpec[];
  readonly newLogEntries: DunningLogEntry[];
  readonly log: DunningLogEntry[];
  readonly issues: DataIssue[];
}

export interface RemindersJobOptions {
  readonly includeUpcoming?: boolean;
  /** The log to respect and append to; default the session's (the workbook's own Dunning log). */
  readonly log?: readonly DunningLogEntry[];
  /** Only these customers (the task pane's selection); default all due. */
  readonly customerIds?: ReadonlySet<string>;
  /** False where the .eml files are not handed out (desktop Excel): the sheet then names none. Default true. */
  readonly draftFiles?: boolean;
}

/** Who would get a reminder, without drafting or logging anything (the task pane's preview). */
export function remindersPreview(session: LedgerSession, asOf: DayNumber, options: RemindersJobOptions = {}): Reminder[] {
  const log = options.log ?? session.log;
  const includeUpcoming = options.includeUpcoming ?? session.settings.includeUpcoming;
  return remindersDue(session.ledger, asOf, session.settings.dunning, log, { includeUpcoming });
}

export function remindersJob(session: LedgerSession, asOf: DayNumber, options: RemindersJobOptions = {}): RemindersRun {
  const previous = [...(options.log ?? session.log)];
  const reminders = remindersPreview(session, asOf, options).filter((r) => !options.customerIds || options.customerIds.has(r.customer.id));
  const { drafts, issues } = reminderDrafts(reminders, session.settings);
  // Re-running on the same day must not log the same notice twice.
  const key = (e: DunningLogEntry) => `${e.date}\u0000${e.customerId}\u0000${e.invoiceNo}\u0000${e.stage}`;
  const logged = new Set(previous.map(key));
  const newLogEntries = logEntriesFor(reminders, asOf).filter((e) => !logged.has(key(e)));
  const log = [...previous, ...newLogEntries];
  const sheets = [
    remindersSheet(reminders, session.settings, options.draftFiles === false ? {} : { fileNames: drafts.map((d) => d.fileName) }),
    dunningLogSheet(log),
  ];
  return { asOf, reminders, drafts, sheets, newLogEntries, log, issues };
}
