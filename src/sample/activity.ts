import type { Random } from "./_lib/random";
import type { CustomerActivity, Fate, SampleCreditNote, SampleCustomer, SampleInvoice, SamplePayment } from "./_lib/types";
import { invoiceDescription } from "./names";
import { paymentDetails } from "./paymentDetails";

/** How far back random invoices go, in days before asOf. */
const HISTORY_DAYS = 420;

/**
 * One customer's invoices, credit notes and payments up to asOf.
 *
 * Payments are built so that every allocation order DESIGN §3 allows gives the same open
 * items: a payment with an InvoiceNo settles that invoice; remittances without one (and
 * credit notes) only ever pay invoices in the leading run of fully paid invoices (in
 * due-date order), total exactly what those invoices add up to, and are dated after them.
 * So "oldest first" can only land on the invoices they were meant for, whether the engine
 * applies them after the referenced payments or in date order, and every open item the
 * sample promises (stage, bucket, partial payment) really is open at asOf.
 */
export function customerActivity(rng: Random, customer: SampleCustomer, asOf: number, averageCount: number): CustomerActivity {
  const invoices = planInvoices(rng, customer, asOf, averageCount);
  const payments: SamplePayment[] = [];
  const creditNotes: SampleCreditNote[] = [];
  const unit = 10 ** customer.decimals;
  const pay = (date: number, minor: number, invoice?: SampleInvoice): void => {
    payments.push({ customer, date, minor, invoice, ...paymentDetails(rng, customer.language, date) });
  };
  const payDate = (invoice: SampleInvoice): number => {
    const target = invoice.due + customer.lateness + (customer.slow ? 25 : 0) + rng.int(-6, 8);
    // Paid, but its usual payment day is after asOf: it was paid early, some day since it was issued.
    return target > asOf ? rng.int(invoice.date, asOf) : Math.max(invoice.date, target);
  };

  let balance = 0;
  for (const invoice of invoices) {
    balance += invoice.minor;
    if (invoice.viaRemittance || invoice.fate === "open") continue;
    if (invoice.fate === "partial") {
      const part = clamp(Math.floor((invoice.minor * (0.2 + rng.next() * 0.5)) / unit) * unit, unit, invoice.minor - unit);
      pay(payDate(invoice), part, invoice);
      balance -= part;
    } else if (rng.chance(0.1) && invoice.minor >= 4 * unit) {
      // Paid in two instalments, both quoting the invoice.
      const first = Math.round(invoice.minor / 2 / unit) * unit;
      const firstDate = payDate(invoice);
      pay(firstDate, first, invoice);
      pay(Math.min(asOf, firstDate + rng.int(7, 30)), invoice.minor - first, invoice);
      balance -= invoice.minor;
    } else {
      pay(payDate(invoice), invoice.minor, invoice);
      balance -= invoice.minor;
    }
  }

  // Remittances without invoice numbers, a few of them partly a credit note.
  const remitted = invoices.filter((invoice) => invoice.viaRemittance);
  let lastDate = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < remitted.length; ) {
    const chunk = remitted.slice(i, i + rng.int(1, 3));
    i += chunk.length;
    const last = chunk[chunk.length - 1];
    const total = chunk.reduce((sum, invoice) => sum + invoice.minor, 0);
    const target = last.due + customer.lateness + rng.int(-5, 10);
    const date = Math.max(lastDate, target > asOf ? rng.int(last.date, asOf) : Math.max(last.date, target));
    lastDate = date;
    let paid = total;
    const forceCredit = customer.showcase?.creditNote === true && creditNotes.length === 0;
    if ((forceCredit || rng.chance(0.12)) && total >= 4 * unit) {
      const credit = clamp(Math.round(total * (0.05 + rng.next() * 0.15)), 1, total - unit);
      creditNotes.push({ customer, date: rng.int(last.date, date), minor: -credit, variant: rng.int(0, 1), corrects: last, no: "" });
      paid -= credit;
    }
    pay(date, paid);
    balance -= total;
  }

  // A payment on account when nothing is owed: unapplied credit.
  const allPaid = invoices.every((invoice) => invoice.fate === "paid");
  if (allPaid && (customer.showcase?.overpays === true || (!customer.showcase && rng.chance(0.15)))) {
    const advance = Math.max(unit, Math.round((customer.size * (0.2 + rng.next() * 0.6)) / 10) * 10 * unit);
    pay(asOf - rng.int(0, 20), advance);
    balance -= advance;
  }
  return { invoices, creditNotes, payments, balanceMinor: balance };
}

function planInvoices(rng: Random, customer: SampleCustomer, asOf: number, averageCount: number): SampleInvoice[] {
  const terms = customer.termsDays;
  const list: SampleInvoice[] = [];
  const add = (date: number, fate: Fate, disputed: boolean): void => {
    list.push({
      customer, date, due: date + terms, minor: amountMinor(rng, customer), fate, disputed,
      description: invoiceDescription(rng, customer.language), seq: list.length, viaRemittance: false, no: "",
    });
  };
  const showcase = customer.showcase;
  if (showcase) {
    for (const item of showcase.open) add(asOf - item.d - terms, item.fate ?? "open", item.disputed === true);
    // Paid history, old enough not to compete with the showcase items for the customer's stage.
    const history = Math.max(showcase.creditNote ? 3 : 2, Math.round(averageCount * 0.8));
    for (let i = 0; i < history; i++) add(asOf - rng.int(35, 400) - terms, "paid", false);
  } else {
    const count = Math.max(1, Math.round(averageCount * (0.4 + rng.next() * 1.2)));
    for (let i = 0; i < count; i++) {
      const date = asOf - rng.int(0, HISTORY_DAYS);
      const fate = randomFate(rng, asOf - (date + terms), customer.slow);
      const disputed = fate !== "paid" && asOf - (date + terms) >= 1 && rng.chance(0.04);
      add(date, fate, disputed);
    }
  }
  // Due-date order = invoice-date order, as all of a customer's invoices share its terms.
  list.sort((a, b) => a.date - b.date || a.seq - b.seq);
  list.forEach((invoice, seq) => (invoice.seq = seq));

  if (customer.remittance) {
    for (const invoice of list) {
      if (invoice.fate !== "paid") break; // only the leading run of paid invoices
      invoice.viaRemittance = showcase ? true : rng.chance(0.75);
    }
  }
  return list;
}

/** Older invoices are more likely paid; slow payers leave more open. */
function randomFate(rng: Random, daysOverdue: number, slow: boolean): Fate {
  const base = daysOverdue > 90 ? 0.97 : daysOverdue > 60 ? 0.9 : daysOverdue > 30 ? 0.78 : daysOverdue > 0 ? 0.5 : 0.15;
  if (rng.chance(slow ? base * 0.6 : base)) return "paid";
  return rng.chance(0.25) ? "partial" : "open";
}

function amountMinor(rng: Random, customer: SampleCustomer): number {
  const unit = 10 ** customer.decimals;
  const major = customer.size * (0.3 + rng.next() * 2.2);
  // Some invoices are round sums (fixed fees), most carry cents.
  const minor = rng.chance(0.3) ? Math.round(major / 100) * 100 * unit : Math.round(major * unit);
  return Math.max(2 * unit, minor);
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}
