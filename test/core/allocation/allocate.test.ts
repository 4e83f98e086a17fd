import fc from "fast-check";
import { accountsAsOf, openBalance } from "../../../src/core/allocation";
import type { Account } from "../../../src/core/allocation";
import type { Invoice, Payment } from "../../../src/core/model";
import { addDays, creditNote, customer, day, invoice, isoOf, ledgerOf, paidColumnLedgerOf, payment } from "../builders";

const ASOF = day("2026-12-31");

/** Open per invoice number, and settling day, of an account. */
const view = (account: Account) =>
  account.statuses.map((s) => `${s.invoice.invoiceNo} ${s.open}${s.settledOn === undefined ? "" : ` ${isoOf(s.settledOn)}`}`);

describe("accountsAsOf", () => {
  it("returns the open balance per invoice after payments, oldest due first", () => {
    const ledger = ledgerOf(
      invoice({ no: "A", date: "2026-09-01", due: "2026-10-01", amount: "100.00" }),
      invoice({ no: "B", date: "2026-08-01", due: "2026-09-01", amount: "50.00" }),
      payment({ date: "2026-10-10", amount: "70.00" }),
    );
    const [account] = accountsAsOf(ledger, ASOF);
    expect(view(account)).toEqual(["B 0 2026-10-10", "A 8000"]);
    expect([account.unapplied, account.balance, openBalance(account)]).toEqual([0, 8000, 8000]);
    expect(account.openItems.map((s) => s.invoice.invoiceNo)).toEqual(["A"]);
  });

  it("returns the named invoice settled first, the rest to the oldest", () => {
    const ledger = ledgerOf(
      invoice({ no: "OLD", due: "2026-09-01", amount: "50.00" }),
      invoice({ no: "NEW", due: "2026-11-01", amount: "100.00" }),
      payment({ date: "2026-11-05", amount: "120.00", invoiceNo: "NEW" }),
    );
    expect(view(accountsAsOf(ledger, ASOF)[0])).toEqual(["OLD 3000", "NEW 0 2026-11-05"]);
  });

  it("returns credit notes applied like payments and leftovers as unapplied credit", () => {
    const ledger = ledgerOf(
      invoice({ no: "A", date: "2026-09-01", due: "2026-10-01", amount: "100.00" }),
      creditNote({ no: "CN1", date: "2026-09-20", amount: "30.00" }),
      payment({ date: "2026-10-05", amount: "100.00" }),
    );
    const [account] = accountsAsOf(ledger, ASOF);
    expect(view(account)).toEqual(["A 0 2026-10-05"]);
    expect([account.unapplied, account.balance]).toEqual([3000, -3000]);
    expect(account.openItems).toEqual([]);
  });

  it("returns one account per customer and currency, in customer order", () => {
    const ledger = ledgerOf(
      customer({ id: "B" }),
      customer({ id: "A", currency: "CNY" }),
      invoice({ customer: "A", currency: "CNY", amount: "10" }),
      invoice({ customer: "A", currency: "USD", amount: "20" }),
      invoice({ customer: "B", amount: "30" }),
      customer({ id: "Z" }),
    );
    expect(accountsAsOf(ledger, ASOF).map((a) => `${a.customer.id} ${a.currency} ${a.balance}`)).toEqual([
      "B USD 3000",
      "A CNY 1000",
      "A USD 2000",
    ]);
  });

  it("returns open = Amount − Paid without a Payments table, overpayment as unapplied", () => {
    const ledger = paidColumnLedgerOf(
      invoice({ no: "A", due: "2026-10-01", amount: "100", paid: "40" }),
      invoice({ no: "B", due: "2026-10-02", amount: "100", paid: "130" }),
      invoice({ no: "C", due: "2026-10-03", amount: "100", paid: "100" }),
      creditNote({ no: "CN", amount: "25", paid: "-5" }),
    );
    const [account] = accountsAsOf(ledger, ASOF);
    // The credit note's unused 20.00 settles the oldest open invoice; no settling days (Paid is undated).
    expect(view(account)).toEqual(["A 4000", "B 0", "C 0"]);
    expect([account.unapplied, account.balance]).toEqual([3000, 1000]);
  });

  describe("edge cases", () => {
    it("leaves out invoices and payments dated after the as-of day", () => {
      const ledger = ledgerOf(
        invoice({ no: "A", date: "2026-10-01", amount: "100" }),
        invoice({ no: "LATER", date: "2027-01-01", amount: "100" }),
        payment({ date: "2027-01-02", amount: "100" }),
      );
      expect(view(accountsAsOf(ledger, ASOF)[0])).toEqual(["A 10000"]);
    });

    it("settles a prepaid invoice on its invoice date", () => {
      const ledger = ledgerOf(payment({ date: "2026-09-01", amount: "100" }), invoice({ no: "A", date: "2026-10-01", amount: "100" }));
      expect(view(accountsAsOf(ledger, ASOF)[0])).toEqual(["A 0 2026-10-01"]);
    });

    it("ignores an InvoiceNo of another customer or currency and applies to the oldest", () => {
      const ledger = ledgerOf(
        invoice({ no: "X", customer: "OTHER", amount: "10" }),
        invoice({ no: "A", amount: "100" }),
        payment({ amount: "10", invoiceNo: "X" }),
      );
      const accounts = accountsAsOf(ledger, ASOF);
      expect(accounts.map((a) => `${a.customer.id} ${a.balance}`)).toEqual(["OTHER 1000", "C1 9000"]);
    });

    it("reopens invoices on a refund or reversal, keeping the total", () => {
      const ledger = ledgerOf(
        invoice({ no: "A", due: "2026-10-01", amount: "100" }),
        invoice({ no: "B", due: "2026-10-02", amount: "100" }),
        payment({ date: "2026-10-05", amount: "250" }),
        payment({ date: "2026-10-06", amount: "-80" }),
      );
      const [account] = accountsAsOf(ledger, ASOF);
      expect(view(account)).toEqual(["A 0 2026-10-05", "B 3000"]);
      expect([account.unapplied, account.balance]).toEqual([0, 3000]);
    });

    it("reopens the named invoice of a bounced payment", () => {
      const ledger = ledgerOf(
        invoice({ no: "A", due: "2026-10-01", amount: "100" }),
        invoice({ no: "B", due: "2026-10-02", amount: "100" }),
        payment({ date: "2026-10-05", amount: "200" }),
        payment({ date: "2026-10-09", amount: "-100", invoiceNo: "A" }),
      );
      expect(view(accountsAsOf(ledger, ASOF)[0])).toEqual(["A 10000", "B 0 2026-10-05"]);
    });

    it("returns an account for payments alone", () => {
      const [account] = accountsAsOf(ledgerOf(payment({ amount: "5" })), ASOF);
      expect([account.statuses, account.unapplied, account.balance]).toEqual([[], 500, -500]);
    });

    it("returns nothing for an empty ledger", () => {
      expect(accountsAsOf(ledgerOf(), ASOF)).toEqual([]);
    });

    it("accounts for customers missing from ledger.customers", () => {
      const ledger = { ...ledgerOf(invoice({ customer: "GHOST" })), customers: [] };
      expect(accountsAsOf(ledger, ASOF).map((a) => [a.customer.id, a.customer.name, a.balance])).toEqual([["GHOST", "GHOST", 10000]]);
    });
  });

  describe("money is conserved", () => {
    const dayArb = fc.integer({ min: 0, max: 120 }).map((n) => isoOf(addDays(day("2026-09-01"), n)));
    const item = fc.oneof(
      fc.record({ kind: fc.constant("invoice" as const), no: fc.integer({ min: 1, max: 30 }), date: dayArb, terms: fc.integer({ min: 0, max: 60 }),
        cents: fc.integer({ min: -50000, max: 200000 }), paid: fc.integer({ min: 0, max: 250000 }), customer: fc.constantFrom("C1", "C2"),
        currency: fc.constantFrom("USD", "CNY") }),
      fc.record({ kind: fc.constant("payment" as const), date: dayArb, cents: fc.integer({ min: -20000, max: 200000 }),
        target: fc.option(fc.integer({ min: 1, max: 30 })), customer: fc.constantFrom("C1", "C2"), currency: fc.constantFrom("USD", "CNY") }),
    );
    type Item = typeof item extends fc.Arbitrary<infer T> ? T : never;

    function toLedgerItems(items: Item[]) {
      const invoices: Invoice[] = [];
      const payments: Payment[] = [];
      const seen = new Set<number>();
      for (const x of items) {
        if (x.kind === "invoice") {
          if (seen.has(x.no)) continue;
          seen.add(x.no);
          const due = isoOf(addDays(day(x.date), x.terms));
          invoices.push(invoice({ no: `I${x.no}`, date: x.date, due, amount: x.cents / 100,
            paid: x.cents > 0 ? x.paid / 100 : 0, customer: x.customer, currency: x.currency }));
        } else {
          payments.push(payment({ date: x.date, amount: x.cents / 100, customer: x.customer,
            currency: x.currency, invoiceNo: x.target === null ? undefined : `I${x.target}` }));
        }
      }
      return { invoices, payments };
    }

    const checkConservation = (accounts: Account[], expected: Map<string, number>) => {
      const got = new Map<string, number>();
      for (const a of accounts) {
        got.set(`${a.customer.id} ${a.currency}`, a.balance);
        expect(a.balance).toBe(openBalance(a));
        for (const s of a.statuses) {
          expect(s.open).toBeGreaterThanOrEqual(0);
          expect(s.open).toBeLessThanOrEqual(s.invoice.amount.minor);
          expect(s.settledOn === undefined || s.open === 0).toBe(true);
        }
      }
      for (const [key, value] of expected) expect([key, got.get(key) ?? 0]).toEqual([key, value]);
    };

    it("keeps sum(amounts) − sum(payments) = balance per customer and currency (Payments table)", () => {
      fc.assert(
        fc.property(fc.array(item, { maxLength: 40 }), fc.integer({ min: 0, max: 130 }), (items, offset) => {
          const { invoices, payments } = toLedgerItems(items);
          const asOf = addDays(day("2026-09-01"), offset);
          const expected = new Map<string, number>();
          const bump = (key: string, by: number) => expected.set(key, (expected.get(key) ?? 0) + by);
          for (const i of invoices) if (i.invoiceDate <= asOf) bump(`${i.customerId} ${i.amount.currency}`, i.amount.minor);
          for (const p of payments) if (p.date <= asOf) bump(`${p.customerId} ${p.amount.currency}`, -p.amount.minor);
          checkConservation(accountsAsOf(ledgerOf(...invoices, ...payments), asOf), expected);
        }),
        { numRuns: 300 },
      );
    });

    it("keeps sum(amounts) − sum(paid) = balance per customer and currency (Paid column)", () => {
      fc.assert(
        fc.property(fc.array(item, { maxLength: 40 }), (items) => {
          const { invoices } = toLedgerItems(items);
          const expected = new Map<string, number>();
          const bump = (key: string, by: number) => expected.set(key, (expected.get(key) ?? 0) + by);
          for (const i of invoices) bump(`${i.customerId} ${i.amount.currency}`, i.amount.minor - i.paid.minor);
          checkConservation(accountsAsOf(paidColumnLedgerOf(...invoices), ASOF), expected);
        }),
        { numRuns: 300 },
      );
    });
  });
});
