import type { LoggedContact } from "../dunning/log";
import type { StageAction } from "../dunning/policy";
import type { CurrencyCode, Customer, DayNumber, Language, Minor } from "../model";

/** One invoice on a reminder. */
export interface ReminderInvoice {
  readonly invoiceNo: string;
  readonly invoiceDate: DayNumber;
  readonly dueDate: DayNumber;
  /** as-of − due date; ≤ 0 only for Upcoming items. */
  readonly daysOverdue: number;
  /** Original invoice amount. */
  readonly amount: Minor;
  /** Open balance. */
  readonly open: Minor;
  readonly stage: string;
  /** Fee charged with this notice (0 when this stage's fee was charged before, per the log). */
  readonly fee: Minor;
  /** Late interest charged with this notice (accrued minus already charged). */
  readonly interest: Minor;
}

/** The invoices of one currency on a reminder: currencies are never added together. */
export interface ReminderGroup {
  readonly currency: CurrencyCode;
  /** Oldest due first. */
  readonly invoices: readonly ReminderInvoice[];
  /** Open balance of the listed invoices that are ≥ 1 day overdue. */
  readonly overdueTotal: Minor;
  /** Open balance of all listed invoices (adds Upcoming items). */
  readonly totalDue: Minor;
  readonly fees: Minor;
  readonly interest: Minor;
  /** totalDue + fees + interest. */
  readonly totalToPay: Minor;
  /** Unapplied payments/credits the customer holds in this currency (shown, not netted). */
  readonly unapplied: Minor;
  /** Highest stage in this group. */
  readonly stage: string;
}

/** A reminder draft for one customer. */
export interface Reminder {
  readonly customer: Customer;
  readonly asOf: DayNumber;
  /** Highest stage over the groups: picks the template. */
  readonly stage: string;
  readonly language: Language;
  readonly email?: string;
  readonly groups: readonly ReminderGroup[];
  /** Written notices the log holds for these invoices before the as-of day, oldest first (one per day and stage). */
  readonly notices: readonly LoggedContact[];
  /** Calls and visits the log holds for these invoices before the as-of day, oldest first. */
  readonly calls: readonly LoggedContact[];
  /** The follow-up the policy asks for at this stage (phone, visit), if any. */
  readonly action?: StageAction;
  /** The ledger's numbers are the clerk's document numbers (凭证号, Document No): labelled 单据号 / Document. */
  readonly numbersAreDocuments?: boolean;
}

export interface RemindersOptions {
  /** Also draft courtesy reminders for invoices at a pre-due stage (Upcoming). Default false. */
  readonly includeUpcoming?: boolean;
}
