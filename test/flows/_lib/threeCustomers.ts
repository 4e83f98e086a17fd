/** Three customers as of 2026-10-31 for the reminder flows' tests (default stage thresholds). */
import { customer, day, invoice, ledger } from "../../core/dunning/builders";
import type { DunningLogEntry } from "../../../src/core/dunning";
import type { Ledger } from "../../../src/core/model";

/**
 * C1 (email): 1,000.00 USD due 2026-10-16, 15 days overdue: Reminder 2 (a call asked for).
 * C2 (no email): 500.00 USD due 2026-10-30, 1 day overdue: Reminder 1.
 * C3 (email, a CNY customer): ¥800.00 due 2026-10-30 and 200.00 USD due 2026-10-30: Reminder 1.
 */
export function threeCustomers(): Ledger {
  return ledger({
    customers: [
      customer({ id: "C1", name: "Gamma GmbH", email: "ap@gamma.example", contact: "Ms Lee" }),
      customer({ id: "C2", name: "Delta Ltd" }),
      customer({ id: "C3", name: "华夏贸易", email: "cw@huaxia.example", currency: "CNY", language: "zh" }),
    ],
    invoices: [
      invoice({ no: "INV-1", customer: "C1", date: "2026-09-16", due: "2026-10-16", amount: "1000" }),
      invoice({ no: "INV-2", customer: "C2", date: "2026-09-30", due: "2026-10-30", amount: "500" }),
      invoice({ no: "INV-3", customer: "C3", date: "2026-09-30", due: "2026-10-30", amount: "800", currency: "CNY" }),
      invoice({ no: "INV-4", customer: "C3", date: "2026-09-30", due: "2026-10-30", amount: "200" }),
    ],
  });
}

/** A call to C1 about INV-1 at Reminder 2, logged on 2026-10-20. */
export const CALL_TO_C1: DunningLogEntry = { date: day("2026-10-20"), customerId: "C1", invoiceNo: "INV-1", stage: "Reminder 2", currency: "USD", amount: 100000, fee: 0, interest: 0, channel: "phone" };
