/**
 * The reminders job: who is due a reminder at which stage, the drafts (or printable letters for
 * customers without a usable email), the Reminders sheet with the call list, and the dunning log
 * with this run's notices appended. Only what was produced is logged and charged; re-running never
 * charges a fee twice: the fee rule reads the log (src/core/dunning/log.ts).
 */
import { ledgerHistory, logForLedger, type DunningLogEntry } from "../core/dunning";
import { customerNameKey } from "../core/ledger";
import type { Customer, DataIssue, DayNumber, Language } from "../core/model";
import { callLogEntries, callTasks, logEntriesFor, remindersChosen, remindersDue, type CallTask, type Reminder, type RemindersChosen } from "../core/reminders";
import { dunningLogSheet } from "../workbook/arSheets";
import { GENERATED_SHEET_NAMES, letterSheet, letterSheetWanted, remindersSheet, uniqueSheetName, type SheetSpec } from "../workbook/layout";
import { reminderDrafts, type ReminderChannel, type ReminderDraft } from "./reminderDrafts";
import type { LedgerSession } from "./session";
import { whileWorkingOn } from "../core/workingSet";

export interface RemindersRun {
  readonly asOf: DayNumber;
  /** Every reminder due (and selected), whatever became of it: see `drafts[i].channel`. */
  readonly reminders: Reminder[];
  /** Customers due a notice but left out: written to fewer than `daysBetweenNotices` days ago. */
  readonly heldBack: string[];
  /** One per reminder, same order: the .eml draft, the letter, or "not sent". */
  readonly drafts: ReminderDraft[];
  /** Reminders sheet, then the full Dunning log sheet (previous entries + this run's). */
  readonly sheets: SheetSpec[];
  /** One printable sheet per letter (customers without a usable email), same order as the letter drafts. */
  readonly letters: SheetSpec[];
  /** Customers to call or visit, per the policy's Action column. */
  readonly calls: CallTask[];
  readonly counts: Readonly<Record<ReminderChannel, number>>;
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
  /** Printable letters for customers without a usable email (default true); false = "not sent". */
  readonly letters?: boolean;
  /** Sheet names a letter must not take (the clerk's own sheets, in the pane). */
  readonly takenSheetNames?: Iterable<string>;
  /** The clerk's language (the CLI's --lang/locale, the pane's) for the Reminders and Dunning log sheets' titles, notes and headers, and the stage in each draft's file name. Default "en". */
  readonly language?: Language;
}

/**
 * Who would get a reminder, and whom the interval between notices holds back (customer ids),
 * without drafting or logging anything (the task pane's preview).
 */
export function remindersPreview(session: LedgerSession, asOf: DayNumber, options: RemindersJobOptions = {}): RemindersChosen {
  return remindersChosenFor(session, asOf, options);
}

/** The reminders due with the dunning interval applied, and who it held back. */
function remindersChosenFor(session: LedgerSession, asOf: DayNumber, options: RemindersJobOptions): RemindersChosen {
  const log = options.log ?? session.log;
  const includeUpcoming = options.includeUpcoming ?? session.settings.includeUpcoming;
  return remindersChosen(session.ledger, asOf, session.settings.dunning, log, { includeUpcoming });
}

/** Same notice, same day: logged once however often the run is repeated. */
const entryKey = (e: DunningLogEntry): string => `${e.date}\u0000${e.customerId}\u0000${e.invoiceNo}\u0000${e.stage.toLowerCase()}\u0000${(e.channel ?? "").toLowerCase()}`;

/**
 * This run's entries that the log does not hold yet. `previous` is the log as matched to today's
 * ledger (logForLedger): a same-day re-run after a CustomerID column was added finds the rows it
 * logged under the customer's name.
 */
function appendNew(previous: readonly DunningLogEntry[], entries: readonly DunningLogEntry[]): DunningLogEntry[] {
  const logged = new Set(previous.map(entryKey));
  return entries.filter((e) => {
    const key = entryKey(e);
    if (logged.has(key)) return false;
    logged.add(key);
    return true;
  });
}

export function remindersJob(session: LedgerSession, asOf: DayNumber, options: RemindersJobOptions = {}): RemindersRun {
  return whileWorkingOn(session, () => remindersOf(session, asOf, options));
}

function remindersOf(session: LedgerSession, asOf: DayNumber, options: RemindersJobOptions): RemindersRun {
  const previous = [...(options.log ?? session.log)];
  const chosen = remindersChosenFor(session, asOf, options);
  const reminders = chosen.reminders.filter((r) => !options.customerIds || options.customerIds.has(r.customer.id));
  const heldBack = chosen.heldBack.filter((id) => !options.customerIds || options.customerIds.has(id));
  const { drafts, issues } = reminderDrafts(reminders, session.settings, { letters: options.letters ?? true, language: options.language ?? "en" });

  const taken = new Set<string>([...(options.takenSheetNames ?? []), ...GENERATED_SHEET_NAMES]);
  const letterNames = new Map<ReminderDraft, string>();
  const letters: SheetSpec[] = [];
  for (const draft of drafts) {
    if (draft.channel !== "letter") continue;
    const name = uniqueSheetName(letterSheetWanted(draft.reminder, options.language ?? "en"), taken);
    letterNames.set(draft, name);
    letters.push(letterSheet(draft.reminder, session.settings, name));
  }

  // Log only what was produced: a draft or a letter. "Not sent" leaves no entry and no fee.
  const produced = drafts.filter((d) => d.channel !== "not sent");
  const entries = produced.flatMap((d) => logEntriesFor([d.reminder], asOf, d.channel));
  const newLogEntries = appendNew(logForLedger(previous, session.ledger), entries);
  const log = [...previous, ...newLogEntries];
  const counts = { email: 0, letter: 0, "not sent": 0 };
  for (const d of drafts) counts[d.channel] += 1;
  const calls = callTasks(reminders, ledgerHistory(session.ledger, log));
  const sheets = [
    remindersSheet(reminders, session.settings, {
      // Desktop Excel hands out no .eml files: the sheet then names none (letters keep their sheet).
      fileNames: drafts.map((d) => (d.channel === "email" ? (options.draftFiles === false ? undefined : d.fileName) : letterNames.get(d))),
      channels: drafts.map((d) => d.channel),
      calls,
      draftFiles: options.draftFiles !== false,
      language: options.language ?? "en",
    }),
    dunningLogSheet(log, { language: options.language ?? "en" }),
  ];
  return { asOf, reminders, heldBack, drafts, sheets, letters, calls, counts, newLogEntries, log, issues };
}

/** A call logged: the reminder it was about, the rows added, the whole log and its sheet to write. */
export interface LoggedCall {
  readonly reminder: Reminder;
  readonly newLogEntries: DunningLogEntry[];
  readonly log: DunningLogEntry[];
  /** The Dunning log sheet with the call: both hosts write it where the log lives. */
  readonly sheet: SheetSpec;
}

/**
 * Logs a call (or visit) to a customer about its reminder as of a day: rows in the same dunning
 * log, channel "phone"/"visit", no fee. `customer` is the customer's ID or exact name, as
 * {@link customerNamed} finds it (the pane gives the ID it listed). Undefined when no single
 * customer is found, or the customer has no reminder due that day.
 */
export function logCall(
  session: LedgerSession,
  asOf: DayNumber,
  customer: string,
  options: RemindersJobOptions & { readonly channel?: "phone" | "visit" } = {},
): LoggedCall | undefined {
  const match = customerNamed(session, customer);
  if (match.kind !== "found") return undefined;
  const previous = [...(options.log ?? session.log)];
  // A call is not a written notice: the interval between notices does not stop one being logged.
  const includeUpcoming = options.includeUpcoming ?? session.settings.includeUpcoming;
  const policy = { ...session.settings.dunning, daysBetweenNotices: 0 };
  const reminder = remindersDue(session.ledger, asOf, policy, previous, { includeUpcoming }).find((r) => r.customer.id === match.customer.id);
  if (!reminder) return undefined;
  const newLogEntries = appendNew(logForLedger(previous, session.ledger), callLogEntries(reminder, asOf, options.channel ?? "phone"));
  const log = [...previous, ...newLogEntries];
  return { reminder, newLogEntries, log, sheet: dunningLogSheet(log, { language: options.language ?? "en" }) };
}

/** The customer a clerk named: found (by its ID or by its name), several of that name, or none. */
export type CustomerMatch =
  | { readonly kind: "found"; readonly customer: Customer; readonly by: "id" | "name" }
  | { readonly kind: "ambiguous"; readonly candidates: readonly Customer[] }
  | { readonly kind: "none" };

/**
 * The customer a clerk means by what they typed (`ar-desk log-call --customer`): the customer of
 * that ID (case and surrounding spaces ignored), else of that name, compared as the ledger
 * compares names (case, spaces and full/half width ignored; no partial match). A customer keyed
 * by name is found by its name. Several customers of one name (each with its own ID) are
 * ambiguous: the clerk gives the ID.
 * @example customerNamed(session, "c001") //=> { kind: "found", customer: { id: "C001", … }, by: "id" }
 * @example customerNamed(session, "acme ltd") //=> { kind: "ambiguous", candidates: [C001 Acme Ltd, C002 Acme Ltd] }
 */
export function customerNamed(session: Pick<LedgerSession, "ledger">, typed: string): CustomerMatch {
  const { customers } = session.ledger;
  const wanted = typed.trim();
  const byId = customers.filter((c) => !c.keyedByName && c.id === wanted);
  const byIdFolded = byId.length > 0 ? byId : customers.filter((c) => !c.keyedByName && c.id.toLowerCase() === wanted.toLowerCase());
  if (byIdFolded.length === 1) return { kind: "found", customer: byIdFolded[0], by: "id" };
  if (byIdFolded.length > 1) return { kind: "ambiguous", candidates: byIdFolded };
  const key = customerNameKey(wanted);
  const byName = key === "" ? [] : customers.filter((c) => customerNameKey(c.name) === key || (c.keyedByName === true && customerNameKey(c.id) === key));
  if (byName.length === 1) return { kind: "found", customer: byName[0], by: "name" };
  return byName.length > 1 ? { kind: "ambiguous", candidates: byName } : { kind: "none" };
}
