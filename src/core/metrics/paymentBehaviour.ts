/**
 * How customers pay: average days late of paid invoices, share paid late, credit grade A–D
 * (信用评级; DESIGN §3 Metrics).
 */
import { accountsAsOf } from "../allocation";
import type { Account, LedgerFigures } from "../allocation";
import type { Customer, DayNumber, Ledger } from "../model";

export type CreditGrade = "A" | "B" | "C" | "D";

/** Upper bounds of one grade: both must hold. */
export interface GradeLimit {
  /** Highest average days late of paid invoices. */
  readonly maxAverageDaysLate: number;
  /** Highest share (0..1) of paid invoices paid after their due date. */
  readonly maxShareLate: number;
}

/** Limits for grades A, B and C; a customer within none of them is D. */
export interface GradeThresholds {
  readonly A: GradeLimit;
  readonly B: GradeLimit;
  readonly C: GradeLimit;
}

/**
 * Default grade thresholds (editable in AR Settings):
 * - **A**: average ≤ 3 days late and ≤ 10 % paid late — pays on time;
 * - **B**: average ≤ 10 days late and ≤ 30 % paid late — slips now and then;
 * - **C**: average ≤ 30 days late and ≤ 60 % paid late — habitually late;
 * - **D**: anything worse — a collection risk.
 */
export const DEFAULT_GRADE_THRESHOLDS: GradeThresholds = {
  A: { maxAverageDaysLate: 3, maxShareLate: 0.1 },
  B: { maxAverageDaysLate: 10, maxShareLate: 0.3 },
  C: { maxAverageDaysLate: 30, maxShareLate: 0.6 },
};

export interface PaymentBehaviour {
  readonly customer: Customer;
  /** Invoices closed by a dated payment or credit note by as-of (all currencies). */
  readonly paidCount: number;
  /** Of those, settled after the due date. */
  readonly lateCount: number;
  /** Mean of max(0, settled − due) over paid invoices; 0 without paid invoices. */
  readonly averageDaysLate: number;
  /** lateCount ÷ paidCount; 0 without paid invoices. */
  readonly shareLate: number;
  /** Undefined without paid invoices (no history to grade). */
  readonly grade?: CreditGrade;
}

/**
 * The grade for an average and a share, by the thresholds.
 *
 * @example
 * creditGrade(2, 0.05) //=> "A"
 * creditGrade(12, 0.2) //=> "C"
 */
export function creditGrade(averageDaysLate: number, shareLate: number, thresholds: GradeThresholds = DEFAULT_GRADE_THRESHOLDS): CreditGrade {
  for (const grade of ["A", "B", "C"] as const) {
    const limit = thresholds[grade];
    if (averageDaysLate <= limit.maxAverageDaysLate && shareLate <= limit.maxShareLate) return grade;
  }
  return "D";
}

/**
 * Payment behaviour per customer, from invoices settled by dated payments or credit notes by
 * as-of (a Paid column carries no dates, so it gives no history). One entry per customer that
 * has an account, in account order.
 *
 * @param source - a ledger, or accounts already computed with accountsAsOf(ledger, asOf).
 * @example
 * paymentBehaviour(ledger, asOf)[0] //=> { customer, paidCount: 12, lateCount: 3, averageDaysLate: 4.5, shareLate: 0.25, grade: "B" }
 */
export function paymentBehaviour(
  source: Ledger | readonly Account[],
  asOf: DayNumber,
  thresholds: GradeThresholds = DEFAULT_GRADE_THRESHOLDS,
): PaymentBehaviour[] {
  const accounts = Array.isArray(source) ? (source as readonly Account[]) : accountsAsOf(source as Ledger, asOf);
  const tally = new BehaviourTally();
  for (const account of accounts) {
    let paid = 0;
    let late = 0;
    let daysLate = 0;
    for (const status of account.statuses) {
      if (status.settledOn === undefined) continue;
      const daysAfterDue = status.settledOn - status.invoice.dueDate;
      paid++;
      if (daysAfterDue > 0) {
        late++;
        daysLate += daysAfterDue;
      }
    }
    tally.add(account.customer, paid, late, daysLate);
  }
  return tally.result(thresholds);
}

/**
 * {@link paymentBehaviour} from the columnar figures of every account (allocation's
 * ledgerFigures at the same as-of), which count each account's paid and late invoices without
 * their objects. Same entries, same order.
 *
 * @example
 * paymentBehaviourOf(ledgerFigures(ledger, asOf)) //=> paymentBehaviour(ledger, asOf)
 */
export function paymentBehaviourOf(figures: LedgerFigures, thresholds: GradeThresholds = DEFAULT_GRADE_THRESHOLDS): PaymentBehaviour[] {
  const tally = new BehaviourTally();
  for (let a = 0; a < figures.count; a++) tally.add(figures.customers[a], figures.paidCount[a], figures.lateCount[a], figures.daysLate[a]);
  return tally.result(thresholds);
}

/** Paid and late invoices per customer (all its currencies), in the order the customers come. */
class BehaviourTally {
  private readonly byCustomer = new Map<string, { customer: Customer; paid: number; late: number; daysLate: number }>();

  add(customer: Customer, paid: number, late: number, daysLate: number): void {
    let entry = this.byCustomer.get(customer.id);
    if (entry === undefined) {
      entry = { customer, paid: 0, late: 0, daysLate: 0 };
      this.byCustomer.set(customer.id, entry);
    }
    entry.paid += paid;
    entry.late += late;
    entry.daysLate += daysLate;
  }

  result(thresholds: GradeThresholds): PaymentBehaviour[] {
    const result: PaymentBehaviour[] = [];
    for (const { customer, paid, late, daysLate } of this.byCustomer.values()) {
      if (paid === 0) {
        result.push({ customer, paidCount: 0, lateCount: 0, averageDaysLate: 0, shareLate: 0 });
        continue;
      }
      const averageDaysLate = daysLate / paid;
      const shareLate = late / paid;
      result.push({ customer, paidCount: paid, lateCount: late, averageDaysLate, shareLate, grade: creditGrade(averageDaysLate, shareLate, thresholds) });
    }
    return result;
  }
}
