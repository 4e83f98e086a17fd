import type { RawCell } from "../../src/workbook/port";
import type { GeneratedLedger } from "../../src/sample";

/** A test-side reading of a generated ledger, independent of src/core. */
export interface Doc {
  no: string;
  customerId: string;
  date: number;
  due: number;
  minor: number;
  currency: string;
  disputed: boolean;
}
export interface Pay {
  date: number;
  customerId: string;
  minor: number;
  invoiceNo: string | null;
}
export interface Result {
  /** Open minor units per positive invoice number. */
  open: Map<string, number>;
  /** Unapplied credit per customer. */
  unapplied: Map<string, number>;
}

const EPOCH = 25569;
const minorOf = (value: RawCell, currency: string): number =>
  Math.round((value as number) * (currency === "JPY" ? 1 : 100));

export function readDocs(ledger: GeneratedLedger): { invoices: Doc[]; credits: Doc[]; payments: Pay[] } {
  const currencyOf = new Map(ledger.customers.slice(1).map((r) => [r[0] as string, r[6] as string]));
  const docs = ledger.invoices.slice(1).map((r) => ({
    no: r[0] as string,
    customerId: r[1] as string,
    date: (r[2] as number) - EPOCH,
    due: (r[3] as number) - EPOCH,
    minor: minorOf(r[4], r[5] as string),
    currency: r[5] as string,
    disputed: r[6] === "Yes",
  }));
  const payments = ledger.payments.slice(1).map((r) => ({
    date: (r[0] as number) - EPOCH,
    customerId: r[1] as string,
    minor: minorOf(r[2], currencyOf.get(r[1] as string) as string),
    invoiceNo: r[3] as string | null,
  }));
  return { invoices: docs.filter((d) => d.minor > 0), credits: docs.filter((d) => d.minor < 0), payments };
}

const byAge = (a: Doc, b: Doc): number => a.due - b.due || a.date - b.date || (a.no < b.no ? -1 : 1);

/** DESIGN §3 read one way: referenced payments first, then everything else oldest first. */
export function allocateReferencedFirst(ledger: GeneratedLedger): Result {
  const { invoices, credits, payments } = readDocs(ledger);
  const open = new Map(invoices.map((i) => [i.no, i.minor]));
  const pool = new Map<string, number>();
  const addPool = (id: string, minor: number): void => void pool.set(id, (pool.get(id) ?? 0) + minor);
  for (const p of payments) {
    if (p.invoiceNo !== null) {
      const applied = Math.min(open.get(p.invoiceNo) ?? 0, p.minor);
      open.set(p.invoiceNo, (open.get(p.invoiceNo) ?? 0) - applied);
      addPool(p.customerId, p.minor - applied);
    } else addPool(p.customerId, p.minor);
  }
  for (const c of credits) addPool(c.customerId, -c.minor);
  for (const inv of [...invoices].sort(byAge)) {
    const available = pool.get(inv.customerId) ?? 0;
    const applied = Math.min(available, open.get(inv.no) ?? 0);
    open.set(inv.no, (open.get(inv.no) ?? 0) - applied);
    pool.set(inv.customerId, available - applied);
  }
  return { open, unapplied: pool };
}

/** DESIGN §3 read the other way: in date order, each credit to the oldest invoice open at the time. */
export function allocateChronologically(ledger: GeneratedLedger): Result {
  const { invoices, credits, payments } = readDocs(ledger);
  const open = new Map<string, number>();
  const existing = new Map<string, Doc[]>();
  const unapplied = new Map<string, number>();
  const events: { date: number; rank: number; run: () => void }[] = [];
  const spend = (customerId: string, minor: number): number => {
    let left = minor;
    for (const inv of existing.get(customerId) ?? []) {
      if (left === 0) break;
      const applied = Math.min(left, open.get(inv.no) ?? 0);
      open.set(inv.no, (open.get(inv.no) ?? 0) - applied);
      left -= applied;
    }
    return left;
  };
  for (const inv of invoices) {
    events.push({
      date: inv.date, rank: 0, run: () => {
        open.set(inv.no, inv.minor);
        const list = existing.get(inv.customerId) ?? [];
        list.push(inv);
        list.sort(byAge);
        existing.set(inv.customerId, list);
        unapplied.set(inv.customerId, spend(inv.customerId, unapplied.get(inv.customerId) ?? 0));
      },
    });
  }
  const credit = (customerId: string, minor: number): void =>
    void unapplied.set(customerId, (unapplied.get(customerId) ?? 0) + spend(customerId, minor));
  for (const c of credits) events.push({ date: c.date, rank: 1, run: () => credit(c.customerId, -c.minor) });
  for (const p of payments) {
    events.push({
      date: p.date, rank: 1, run: () => {
        let left = p.minor;
        if (p.invoiceNo !== null && open.has(p.invoiceNo)) {
          const applied = Math.min(left, open.get(p.invoiceNo) ?? 0);
          open.set(p.invoiceNo, (open.get(p.invoiceNo) ?? 0) - applied);
          left -= applied;
        }
        credit(p.customerId, left);
      },
    });
  }
  events.sort((a, b) => a.date - b.date || a.rank - b.rank);
  for (const e of events) e.run();
  return { open, unapplied };
}
