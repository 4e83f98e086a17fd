/**
 * Customer statements (DESIGN §3): the host-neutral data a statement sheet is laid out from.
 * Amounts are minor units of the statement's currency; dates are DayNumbers.
 */
import type { AgingBasis } from "../aging/edges";
import type { DunningHistory, DunningLogEntry } from "../dunning/log";
import type { DunningPolicy } from "../dunning/policy";
import type { CurrencyCode, Customer, DayNumber, Language, Minor } from "../model";
import type { NumberKind } from "../ledger/numberKind";

/** A statement period, both days included; the statement is as of `end`. Compatible with `previousMonth()`. */
export interface StatementPeriod {
  readonly start: DayNumber;
  readonly end: DayNumber;
  /** e.g. "2026-10"; used in statement numbers. Default: "YYYY-MM" for a calendar month, else the end's ISO date. */
  readonly label?: string;
}

export type StatementType = "balance-forward" | "open-item";

export interface StatementOptions {
  /** Default "balance-forward"; falls back to open-item without a Payments table. */
  readonly type?: StatementType;
  /** Aging of the closing balance. Default edges 30, 60, 90, basis "due". */
  readonly agingEdges?: readonly number[];
  readonly agingBasis?: AgingBasis;
  /** For each open item's and the customer's stage. Default DEFAULT_POLICY. */
  readonly policy?: DunningPolicy;
  /** The dunning log (only matters with one-step-at-a-time). */
  readonly log?: DunningHistory | readonly DunningLogEntry[];
  /** Balance confirmation slip: "auto" (default) = on for Chinese-language customers. */
  readonly confirmationSlip?: "auto" | boolean;
  /** Statement number prefix, default "ST". */
  readonly numberPrefix?: string;
}

/** One movement in the period on a balance-forward statement. */
export interface ActivityLine {
  readonly kind: "invoice" | "credit-note" | "payment";
  readonly date: DayNumber;
  /** Invoice number, or the payment's reference (else the invoice it pays, else ""). */
  readonly reference: string;
  readonly description?: string;
  /** Invoices and credit notes only. */
  readonly dueDate?: DayNumber;
  /** Amount invoiced (≥ 0; a refund shows as a negative payment credit instead). */
  readonly charges: Minor;
  /** Amount paid or credited (credit notes positive here). */
  readonly credits: Minor;
  /** Running balance after this line, starting from the opening balance. */
  readonly balance: Minor;
}

/** Early-payment discount still available on an open invoice (customer DiscountTerms such as 2/10). */
export interface DiscountOffer {
  readonly invoiceNo: string;
  /** Last day to pay and take the discount (invoice date + discount days). */
  readonly lastDay: DayNumber;
  readonly percent: string;
  /** Discount on the open balance, rounded to the minor unit. */
  readonly discount: Minor;
  /** Open balance − discount: what to pay by `lastDay`. */
  readonly payAmount: Minor;
}

/** One invoice open at the statement date. */
export interface OpenItemLine {
  readonly kind: "open-item";
  readonly invoiceNo: string;
  readonly invoiceDate: DayNumber;
  readonly dueDate: DayNumber;
  readonly description?: string;
  /** Original invoice amount. */
  readonly amount: Minor;
  readonly open: Minor;
  /** Statement date − due date (negative = not yet due). */
  readonly daysOverdue: number;
  /** Statement date − invoice date. */
  readonly ageDays: number;
  readonly stage: string;
  readonly disputed: boolean;
  readonly discount?: DiscountOffer;
}

export type StatementLine = ActivityLine | OpenItemLine;

/** Balance-forward totals: closing = opening + invoiced − paid − credits. */
export interface BalanceForwardTotals {
  readonly opening: Minor;
  readonly invoiced: Minor;
  readonly paid: Minor;
  readonly credits: Minor;
  readonly closing: Minor;
}

export interface StatementAging {
  /** e.g. Current, 1-30, 31-60, 61-90, 90+. */
  readonly labels: readonly string[];
  /** Per label; sums to the total due: unapplied credit is netted in the first bucket (it has no due date). */
  readonly amounts: readonly Minor[];
}

export type StatementNoteCode = "open-item-fallback" | "invoice-date-from-due" | "numbered-by-row";

export interface StatementNote {
  readonly code: StatementNoteCode;
  /** In the statement's language. */
  readonly text: string;
}

export interface Statement {
  /** Deterministic: `ST-2026-10-C001`, with `-EUR` when not in the customer's own currency; `N` + 8 hex digits for a customer keyed by name. */
  readonly number: string;
  /** The type actually produced (open-item after a fallback). */
  readonly type: StatementType;
  readonly customer: Customer;
  readonly language: Language;
  /**
   * What the ledger's numbers are (core/ledger numberKind.ts): the statement names its lines by it
   * (发票 / 单据, Invoice / Document). Absent: invoice numbers.
   */
  readonly numbers?: NumberKind;
  readonly currency: CurrencyCode;
  readonly period: StatementPeriod;
  /** = period end: the as-of day of every balance on the statement. */
  readonly statementDate: DayNumber;
  /** Activity lines (balance-forward) or open-item lines (open-item). */
  readonly lines: readonly StatementLine[];
  /** Invoices open at the statement date, oldest first (on both types). */
  readonly openItems: readonly OpenItemLine[];
  /** Only on balance-forward statements. */
  readonly totals?: BalanceForwardTotals;
  /** Payments and credit notes not applied to any invoice (≥ 0); shown as its own line. */
  readonly unapplied: Minor;
  /** Sum of open items − unapplied (= closing on balance-forward). May be negative (credit balance). */
  readonly totalDue: Minor;
  /** Open balance of invoices ≥ 1 day overdue (disputed included; grace days do not change it). */
  readonly overdue: Minor;
  readonly aging: StatementAging;
  /** The customer's dunning stage in this currency. */
  readonly stage: string;
  readonly discounts: readonly DiscountOffer[];
  readonly confirmationSlip: boolean;
  readonly notes: readonly StatementNote[];
  /**
   * Open-item statements: when an open invoice is partly reduced, the customer's credit notes to
   * date (in this currency), so a reduced balance never goes unexplained. Absent on balance-forward.
   */
  readonly creditNotes?: readonly CreditNoteLine[];
  /**
   * How the credit notes were read, so the statement explains them truthfully: "oldest-first" =
   * set by AR Desk against the oldest open invoices; "as-given" = the ledger's open-balance column
   * said what each note has left (a note's unused part is the unapplied credit, not set against
   * any invoice). Absent on balance-forward.
   */
  readonly creditNotesBasis?: "oldest-first" | "as-given";
}

/** A credit note as listed under an open-item statement. */
export interface CreditNoteLine {
  readonly invoiceNo: string;
  readonly date: DayNumber;
  readonly description?: string;
  /** The credit, positive. */
  readonly amount: Minor;
  /**
   * "as-given" basis only: the part of the credit not yet applied to any invoice (> 0), as the
   * ledger's open balance says; it is in the statement's unapplied credit. Absent when all used.
   */
  readonly unapplied?: Minor;
}
