/**
 * A run decides its notices (stage, fee, interest, the letter's history) against the dunning log
 * as it read it. When another run, or the clerk, changed the log before this run writes it back,
 * this run's rows are appended to the log as it is now, never to the copy it read (that would
 * drop the other run's rows, and the next run would charge their fees again). A notice decided
 * without a notice the other run logged for the same customer would charge a stage's fee, or
 * interest, a second time, and its letter would not mention the other notice: it is refused
 * (not logged), and the caller names it so the clerk sends only one of the two drafts. Rows the
 * clerk deleted stay deleted; a row the clerk corrected (the same notice with another amount, fee
 * or interest) is an edit, not another run's notice.
 */
import type { DunningLogEntry } from "./log";
import { isWrittenNotice } from "./log";

/** This run's notice to one customer that was not logged because another run logged one meanwhile. */
export interface RefusedNotice {
  readonly customerId: string;
  /** The invoices of this run's notice, in its order. */
  readonly invoiceNos: readonly string[];
  /** This run's stage for the customer (its notice's first row). */
  readonly stage: string;
  /** What the other run logged for that customer meanwhile (written notices only), oldest first. */
  readonly others: readonly DunningLogEntry[];
}

export interface AppendAfterOthers {
  /** This run's rows to add below the log as it is now. */
  readonly appended: DunningLogEntry[];
  /** This run's rows the log already holds (the same notice or call, logged meanwhile): not added again. */
  readonly alreadyLogged: DunningLogEntry[];
  /** Customers whose notice from this run is not logged (see the module's note). */
  readonly refused: RefusedNotice[];
}

/** Every field of a row: the rows that are in the log now and were not when the run read it. */
const rowKey = (e: DunningLogEntry): string =>
  [e.date, e.customerId, e.invoiceNo, e.stage.trim().toLowerCase(), e.currency, e.amount, e.fee, e.interest, (e.channel ?? "").trim().toLowerCase()].join("\u0000");

/** The same notice (or call) on the same day: logged once (as flows/reminders' own re-run rule). */
const noticeKey = (e: DunningLogEntry): string => `${e.date}\u0000${e.customerId}\u0000${e.invoiceNo}\u0000${e.stage.toLowerCase()}\u0000${(e.channel ?? "").toLowerCase()}`;

/** The rows of `now` that `read` did not hold (as a multiset: a row logged twice counts twice). */
function addedSince(read: readonly DunningLogEntry[], now: readonly DunningLogEntry[]): DunningLogEntry[] {
  const left = new Map<string, number>();
  for (const e of read) left.set(rowKey(e), (left.get(rowKey(e)) ?? 0) + 1);
  return now.filter((e) => {
    const n = left.get(rowKey(e)) ?? 0;
    if (n === 0) return true;
    left.set(rowKey(e), n - 1);
    return false;
  });
}

/**
 * This run's new rows against the log as it is now.
 * @param read - the log as the run read it (customers keyed as today's ledger keys them: logForLedger)
 * @param now - the log as it is now, keyed the same way
 * @param ours - this run's new rows (what it would have appended to `read`)
 * @returns the rows to append to `now`, those already there, and the notices refused
 *
 * @example
 * // another run logged Reminder 1 for C001 meanwhile: this run's C001 notice is refused, C002's appended
 * appendAfterOthers(read, [...read, c001Reminder1], [c001Reminder1Again, c002Reminder1])
 * //=> { appended: [c002Reminder1], alreadyLogged: [], refused: [{ customerId: "C001", invoiceNos: ["INV-7"], stage: "Reminder 1", others: [c001Reminder1] }] }
 */
export function appendAfterOthers(read: readonly DunningLogEntry[], now: readonly DunningLogEntry[], ours: readonly DunningLogEntry[]): AppendAfterOthers {
  const othersNotices = new Map<string, DunningLogEntry[]>();
  // A row the clerk corrected (its amount, fee or interest) is gone and back changed: not a new notice.
  const edited = new Set(addedSince(now, read).map(noticeKey));
  for (const e of addedSince(read, now)) {
    if (!isWrittenNotice(e) || edited.has(noticeKey(e))) continue;
    const list = othersNotices.get(e.customerId) ?? [];
    list.push(e);
    othersNotices.set(e.customerId, list);
  }
  const refusedBy = new Map<string, { invoiceNos: string[]; stage: string; others: DunningLogEntry[] }>();
  const logged = new Set(now.map(noticeKey));
  const appended: DunningLogEntry[] = [];
  const alreadyLogged: DunningLogEntry[] = [];
  for (const e of ours) {
    const others = othersNotices.get(e.customerId);
    // A call charges nothing and quotes nothing: it is only never logged twice.
    if (others && isWrittenNotice(e)) {
      const refused = refusedBy.get(e.customerId) ?? { invoiceNos: [], stage: e.stage, others: [...others].sort((a, b) => a.date - b.date) };
      refused.invoiceNos.push(e.invoiceNo);
      refusedBy.set(e.customerId, refused);
      continue;
    }
    if (logged.has(noticeKey(e))) {
      alreadyLogged.push(e);
      continue;
    }
    logged.add(noticeKey(e));
    appended.push(e);
  }
  const refused = [...refusedBy].map(([customerId, r]) => ({ customerId, ...r }));
  return { appended, alreadyLogged, refused };
}
