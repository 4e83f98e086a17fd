/**
 * A tiny calculator of the figures the AR Summary must show, written apart from src (it imports
 * nothing from it) so that the corpus test compares the product with an independent reading of
 * DESIGN §3: days overdue = as-of − due; buckets Current (≤ 0), 1-30, 31-60, 61-90, 90+; amount
 * overdue = open balance of invoices at least one day overdue; unapplied credit is netted into
 * the first bucket and the balance, never into the amount overdue.
 *
 * Money is whole cents (integers), dates are ISO `yyyy-mm-dd` strings turned into whole UTC days.
 */

export type Iso = string;

/** One document as the ledger states it (amount < 0 is a credit note). */
export interface Doc {
  readonly customer: string;
  readonly currency: string;
  readonly no: string;
  readonly date: Iso;
  readonly due: Iso;
  /** Cents; negative for a credit note. */
  readonly amount: number;
  /** Cents: the open balance the exporting system printed on the row (open-balance ledgers). */
  readonly open?: number;
}

/** Money received (payments ledgers, paid dates on invoice rows, credit entries of a 明细账). */
export interface Receipt {
  readonly customer: string;
  readonly currency: string;
  readonly date: Iso;
  readonly amount: number;
  readonly invoiceNo?: string;
}

export interface ExpectedRow {
  /** The customer as the summary names it (the name, or the ID when the ledger has no names). */
  readonly customer: string;
  readonly currency: string;
  /** Current, 1-30, 31-60, 61-90, 90+ in cents. */
  readonly buckets: readonly [number, number, number, number, number];
  readonly balance: number;
  readonly overdue: number;
}

export function dayOf(iso: Iso): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) throw new Error(`expectedAging: not an ISO date: ${iso}`);
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / 86_400_000;
}

export function isoOf(day: number): Iso {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}

export function addDays(iso: Iso, days: number): Iso {
  return isoOf(dayOf(iso) + days);
}

/** The last day of the date's month. */
export function endOfMonth(iso: Iso): Iso {
  const [y, m] = iso.split("-").map(Number);
  return isoOf(Date.UTC(y, m, 0) / 86_400_000);
}

/** "12,345.60" / "-1,200.00" → cents, by string arithmetic (no binary fractions). */
export function cents(text: string): number {
  const m = /^(-?)([\d,]+)(?:\.(\d{1,2}))?$/.exec(text.trim());
  if (!m) throw new Error(`expectedAging: not an amount: ${text}`);
  const whole = Number(m[2].replace(/,/g, ""));
  const fraction = Number((m[3] ?? "0").padEnd(2, "0"));
  return (m[1] ? -1 : 1) * (whole * 100 + fraction);
}

export function bucketOf(asOf: Iso, due: Iso): number {
  const days = dayOf(asOf) - dayOf(due);
  if (days <= 0) return 0;
  if (days <= 30) return 1;
  if (days <= 60) return 2;
  if (days <= 90) return 3;
  return 4;
}

interface Item {
  readonly doc: Doc;
  open: number;
}

/**
 * The expected summary rows, one per customer and currency with anything owed or credited.
 *
 * - `open`: every row's open balance is taken as the source printed it (no re-allocation);
 *   a negative open balance is unapplied credit.
 * - `allocate`: invoices are settled by receipts dated on or before the as-of day and by credit
 *   notes: a receipt naming an invoice settles it first; everything else settles the oldest open
 *   invoices (due date, then invoice date, then number); what is left is unapplied credit.
 */
export function expectedRows(asOf: Iso, mode: "open" | "allocate", docs: readonly Doc[], receipts: readonly Receipt[] = []): ExpectedRow[] {
  const groups = new Map<string, { customer: string; currency: string; items: Item[]; pool: number }>();
  const groupOf = (customer: string, currency: string) => {
    const key = `${customer}\u0000${currency}`;
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { customer, currency, items: [], pool: 0 }));
    return g;
  };
  for (const doc of docs) {
    const g = groupOf(doc.customer, doc.currency);
    if (mode === "open") {
      if (doc.open === undefined) throw new Error(`expectedAging: ${doc.no} has no open balance`);
      if (doc.open < 0) g.pool += -doc.open;
      else g.items.push({ doc, open: doc.open });
    } else if (doc.amount < 0) {
      g.pool += -doc.amount;
    } else {
      g.items.push({ doc, open: doc.amount });
    }
  }
  if (mode === "allocate") {
    for (const r of receipts) {
      if (dayOf(r.date) > dayOf(asOf)) continue; // received after the as-of day
      const g = groupOf(r.customer, r.currency);
      let left = r.amount;
      const target = r.invoiceNo === undefined ? undefined : g.items.find((i) => i.doc.no === r.invoiceNo);
      if (target) {
        const take = Math.min(left, target.open);
        target.open -= take;
        left -= take;
      }
      g.pool += left;
    }
  }
  const rows: ExpectedRow[] = [];
  for (const g of groups.values()) {
    const oldestFirst = [...g.items].sort((a, b) => dayOf(a.doc.due) - dayOf(b.doc.due) || dayOf(a.doc.date) - dayOf(b.doc.date) || (a.doc.no < b.doc.no ? -1 : a.doc.no > b.doc.no ? 1 : 0));
    let pool = g.pool;
    if (mode === "allocate") {
      for (const item of oldestFirst) {
        const take = Math.min(pool, item.open);
        item.open -= take;
        pool -= take;
      }
    }
    const buckets: [number, number, number, number, number] = [0, 0, 0, 0, 0];
    let overdue = 0;
    for (const item of g.items) {
      const b = bucketOf(asOf, item.doc.due);
      buckets[b] += item.open;
      if (b > 0) overdue += item.open;
    }
    buckets[0] -= pool; // unapplied credit has no due date: first bucket
    const balance = buckets.reduce((a, b) => a + b, 0);
    if (balance === 0 && overdue === 0 && pool === 0 && buckets.every((b) => b === 0)) continue;
    rows.push({ customer: g.customer, currency: g.currency, buckets, balance, overdue });
  }
  return rows;
}
