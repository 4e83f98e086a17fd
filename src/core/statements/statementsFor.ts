/**
 * Month-end customer statements (DESIGN §3), per customer and currency. Linear in the ledger:
 * one allocation pass (period end) and one pass for the opening balances and the period's
 * activity; nothing scans the ledger per customer.
 */
import { agingLabels } from "../aging";
import type { Account } from "../allocation/account";
import { newOpenRows, openAccountsReadOnce, openRowsOf } from "../allocation/allocate";
import { accountDunning } from "../dunning/accountDunning";
import { type DunningHistory } from "../dunning/log";
import { ledgerHistory } from "../dunning/logForLedger";
import { openItemFigures } from "../metrics/arFigures";
import { DEFAULT_POLICY, type DunningPolicy } from "../dunning/policy";
import type { Customer, DayNumber, Invoice, Ledger, Minor } from "../model";
import type { NumberKind } from "../ledger/numberKind";
import { isRowDocumentNo, rowDocumentNoIn } from "../ledger/rowSequence";
import { numberWords } from "../ledger/numberWords";
import { statementAccounts } from "./statementAccounts";
import { activityLines } from "./activityLines";
import { openItemLines, openItemLinesAt } from "./openItemLines";
import { periodLabel, statementNumber } from "./statementNumber";
import type { CreditNoteLine, DiscountOffer, OpenItemLine, Statement, StatementNote, StatementOptions, StatementPeriod, StatementType } from "./types";

export const STATEMENT_ERRORS = {
  badPeriod: "statements: the period must start on or before its end",
} as const;

/**
 * The ledger has no number column: its documents are referred to by their rows. The example is a
 * row this statement shows (`第8行`), worded in its language; none shown, the note says it in general.
 */
const NUMBERED_BY_ROW_NOTE = {
  en: (example: string | undefined) =>
    `Our ledger gives these documents no numbers: each is referred to by its row in it${example ? ` (such as ${example})` : ""}; please match them by date, description and amount.`,
  zh: (example: string | undefined) => `我司台账未载单据号：各笔单据以其在台账中的行号${example ? `（如${example}）` : ""}标示，请按日期、摘要和金额核对。`,
} as const;

/** The dates the statement's date column shows (开票日期, 单据日期: core/ledger numberWords.ts) were worked out. */
const DATED_FROM_DUE_NOTE = {
  en: (dates: string) => `The ${dates.toLowerCase()}s shown are worked out from the due dates (the ledger gives none): due date less the payment terms.`,
  zh: (dates: string) => `本对账单所列${dates}系按到期日减去账期推算（账簿未载${dates}）。`,
} as const;

const FALLBACK_NOTE = {
  en: "Balance-forward statements need a Payments table with payment dates; this statement lists the open items instead.",
  zh: "余额结转式对账单需要含收款日期的收款表；本对账单改为列示未清项目。",
} as const;

/**
 * Statements for every customer and currency with something open or any activity in the period,
 * as of the period's last day. Balance-forward (default) falls back to open-item, with a note,
 * when the ledger has no Payments table. Ordered as the customers are in the ledger, the
 * customer's own currency first.
 *
 * @example
 * statementsFor(ledger, previousMonth(asOf), { type: "balance-forward" })
 * //=> [{ number: "ST-2026-10-C001", totals: { opening: 0, invoiced: 120000, paid: 20000, credits: 0, closing: 100000 }, … }]
 */
export function statementsFor(ledger: Ledger, period: StatementPeriod, options: StatementOptions = {}): Statement[] {
  return buildStatements(ledger, period, options, undefined);
}

/**
 * The statements (one per currency) of one customer; [] when it has nothing to state.
 * For all customers use {@link statementsFor}: calling this per customer repeats the allocation.
 */
export function statementFor(ledger: Ledger, customerId: string, period: StatementPeriod, options: StatementOptions = {}): Statement[] {
  return buildStatements(ledger, period, options, customerId);
}

function buildStatements(ledger: Ledger, period: StatementPeriod, options: StatementOptions, onlyCustomer: string | undefined): Statement[] {
  if (!(period.start <= period.end)) throw new RangeError(STATEMENT_ERRORS.badPeriod);
  const asOf = period.end;
  const requested: StatementType = options.type ?? "balance-forward";
  const fellBack = requested === "balance-forward" && !ledger.hasPaymentsTable;
  const type: StatementType = fellBack ? "open-item" : requested;
  const policy = options.policy ?? DEFAULT_POLICY;
  const history = ledgerHistory(ledger, options.log);
  const edges = options.agingEdges;
  const basis = options.agingBasis ?? "due";
  const labels = agingLabels(edges, basis);

  // Each account's open items are read once below: made then, dropped with the statement's inputs.
  const slots: number[] = [];
  const atEnd = openAccountsReadOnce(ledger, asOf, slots);
  // Already in the statements' order, and only the accounts that get one.
  const entries = statementAccounts(ledger, onlyCustomer === undefined ? atEnd : atEnd.filter((account) => account.customer.id === onlyCustomer), period.start, asOf, {
    ...(onlyCustomer !== undefined ? { onlyCustomer } : { slots }),
    // Balance-forward implies a Payments table, where allocation conserves money exactly.
    withOpening: type === "balance-forward",
  });
  // The label once per run, not once per statement number.
  const numbered: StatementPeriod = { start: period.start, end: period.end, label: periodLabel(period) };

  const creditNotes = type === "open-item" ? creditNotesByAccount(ledger, asOf) : undefined;
  // Open balances read from the ledger (paid-column path): a credit note keeps what the export says
  // it has left, as unapplied credit; AR Desk sets nothing against the oldest invoices (DESIGN §2).
  const asGiven = ledger.openBalancesGiven === true && !ledger.hasPaymentsTable;
  const statements: Statement[] = [];
  const rows = newOpenRows();
  const fromDue = ledger.invoiceDatesFromDue === undefined ? undefined : new Set(ledger.invoiceDatesFromDue);
  const byRow = ledger.invoicesNumberedByRow === undefined ? undefined : new Set(ledger.invoicesNumberedByRow);
  for (const entry of entries) {
    const { customer, currency, account } = entry;
    const unapplied = account?.unapplied ?? 0;
    const openingBalance = entry.opening;

    // A recorded ledger's lines are read from its columns; else from the account's open items.
    const record = account === undefined ? undefined : openRowsOf(account, rows);
    const { lines: items, stage } = record !== undefined ? openItemLinesAt(record, rows, customer, currency, asOf, policy, history) : objectLines(account, customer, currency, asOf, policy, history);
    const language = customer.language;
    const numberedByRow = byRow?.has(customer.id) === true;
    // Rows numbered by place are documents known by their dates; else the number column's kind.
    const numbers: NumberKind = numberedByRow ? "row" : ledger.numbersAreDocuments ? "document" : "invoice";
    const bf = type === "balance-forward" ? activityLines(entry, openingBalance) : undefined;
    const rowShown = numberedByRow ? firstRowNumber(bf ? bf.lines.map((line) => line.reference) : items.map((item) => item.invoiceNo)) : undefined;
    const notes = notesOf(fellBack, fromDue?.has(customer.id) === true, language, numbers, rowShown);
    const slip = options.confirmationSlip ?? "auto";
    const figures = openItemFigures(items, unapplied, asOf, { edges, basis });

    const number = statementNumber(customer, currency, numbered, options.numberPrefix);
    const aging = { labels, amounts: figures.aging };
    const confirmationSlip = slip === "auto" ? language === "zh" : slip;
    // Balance-forward made in one literal (no spreads: a month-end run makes one per customer).
    statements.push(
      bf
        ? {
            number, type, customer, language, numbers, currency, period, statementDate: asOf, lines: bf.lines, openItems: items, totals: bf.totals,
            unapplied, totalDue: figures.balance, overdue: figures.overdue, aging, stage, discounts: discountsOf(items), confirmationSlip, notes,
          }
        : {
            number, type, customer, language, numbers, currency, period, statementDate: asOf, lines: items, openItems: items,
            unapplied, totalDue: figures.balance, overdue: figures.overdue, aging, stage, discounts: discountsOf(items), confirmationSlip, notes,
            ...(creditNotes ? creditNotesOf(items, creditNotes.get(`${customer.id}\u0000${currency}`) ?? [], asGiven) : {}),
          },
    );
  }

  return statements;
}

/** The open-item lines and stage of an account read from its objects (a ledger built from objects; none: a statement of activity only). */
function objectLines(account: Account | undefined, customer: Customer, currency: string, asOf: DayNumber, policy: DunningPolicy, history: DunningHistory): { lines: OpenItemLine[]; stage: string } {
  // Read once: the account may make its open items on each read (openAccountsReadOnce).
  const openItems = account?.openItems ?? [];
  const seen: Account = { customer, currency, statuses: openItems, openItems, unapplied: account?.unapplied ?? 0, balance: account?.balance ?? 0 };
  const dunning = accountDunning(seen, asOf, policy, history);
  return { lines: openItemLines(customer, currency, dunning, asOf), stage: dunning.stage };
}

// Shared empty lists: most statements have no note and no discount offer, and a month-end run
// makes one per customer (each an object held to the end of the run).
const NO_NOTES: readonly StatementNote[] = Object.freeze([]);
const NO_DISCOUNTS: readonly DiscountOffer[] = Object.freeze([]);

/** A statement's notes: the open-item fallback, invoice dates worked out from due dates; the shared empty list when none. */
function notesOf(fellBack: boolean, datedFromDue: boolean, language: Customer["language"], numbers: NumberKind, rowShown?: string): readonly StatementNote[] {
  const numberedByRow = numbers === "row";
  if (!fellBack && !datedFromDue && !numberedByRow) return NO_NOTES;
  const notes: StatementNote[] = [];
  if (fellBack) notes.push({ code: "open-item-fallback", text: FALLBACK_NOTE[language] });
  if (datedFromDue) notes.push({ code: "invoice-date-from-due", text: DATED_FROM_DUE_NOTE[language](numberWords(language, numbers).date) });
  if (numberedByRow) notes.push({ code: "numbered-by-row", text: NUMBERED_BY_ROW_NOTE[language](rowShown === undefined ? undefined : rowDocumentNoIn(rowShown, language)) });
  return notes;
}

/** The first number on the statement made from the ledger's row (`第8行`), if any. */
function firstRowNumber(numbers: readonly string[]): string | undefined {
  return numbers.find(isRowDocumentNo);
}

/** The discount offers of the open items, in their order (no array per item; the shared empty list when none). */
function discountsOf(items: readonly OpenItemLine[]): readonly DiscountOffer[] {
  let discounts: DiscountOffer[] | undefined;
  for (const item of items) if (item.discount) (discounts ??= []).push(item.discount);
  return discounts ?? NO_DISCOUNTS;
}

/** Every credit note dated on or before the as-of day, per customer and currency (one pass over the ledger). */
function creditNotesByAccount(ledger: Ledger, asOf: DayNumber): Map<string, Invoice[]> {
  const byAccount = new Map<string, Invoice[]>();
  for (const invoice of ledger.invoices) {
    if (invoice.amount.minor >= 0 || invoice.invoiceDate > asOf) continue;
    const key = `${invoice.customerId}\u0000${invoice.amount.currency}`;
    let list = byAccount.get(key);
    if (!list) byAccount.set(key, (list = []));
    list.push(invoice);
  }
  return byAccount;
}

/** The credit notes block of an open-item statement and the basis it is told on. */
function creditNotesOf(items: readonly OpenItemLine[], credits: readonly Invoice[], asGiven: boolean): Pick<Statement, "creditNotes" | "creditNotesBasis"> {
  return asGiven
    ? { creditNotes: creditNotesAsGiven(items, credits), creditNotesBasis: "as-given" }
    : { creditNotes: creditNotesReducing(items, credits), creditNotesBasis: "oldest-first" };
}

/** Oldest first, then by number: the order a customer reads a list of documents in. */
function byDateThenNumber(a: Invoice, b: Invoice): number {
  return a.invoiceDate - b.invoiceDate || (a.invoiceNo < b.invoiceNo ? -1 : a.invoiceNo > b.invoiceNo ? 1 : 0);
}

function creditLine(credit: Invoice, unapplied: Minor): CreditNoteLine {
  return {
    invoiceNo: credit.invoiceNo,
    date: credit.invoiceDate,
    ...(credit.description ? { description: credit.description } : {}),
    amount: -credit.amount.minor,
    ...(unapplied > 0 ? { unapplied } : {}),
  };
}

/**
 * The credit notes behind reduced open items. Allocation sets credit notes against the oldest open
 * invoices, whatever their dates, and does not record which note went where; so when an open item
 * is partly reduced, every credit note to date is listed (oldest first), and none when every open
 * item is still whole.
 */
function creditNotesReducing(items: readonly OpenItemLine[], credits: readonly Invoice[]): CreditNoteLine[] {
  if (!items.some((item) => item.open < item.amount)) return [];
  return [...credits].sort(byDateThenNumber).map((credit) => creditLine(credit, 0));
}

/**
 * Open balances as the export gave them: a note's unused part (−amount + paid, as allocation reads
 * it) is unapplied credit, so it is listed whenever it has one; a wholly used note was applied in
 * the source system and is listed when an open item is partly reduced (it may be why).
 */
function creditNotesAsGiven(items: readonly OpenItemLine[], credits: readonly Invoice[]): CreditNoteLine[] {
  const reduced = items.some((item) => item.open < item.amount);
  const lines: CreditNoteLine[] = [];
  for (const credit of [...credits].sort(byDateThenNumber)) {
    const credited = -credit.amount.minor;
    const unused = Math.min(credited, Math.max(0, credited + credit.paid.minor));
    if (unused > 0 || reduced) lines.push(creditLine(credit, unused));
  }
  return lines;
}
