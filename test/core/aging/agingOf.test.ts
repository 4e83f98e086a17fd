import fc from "fast-check";
import { agingOf, agingOfAccount, daysOverdue } from "../../../src/core/aging";
import type { InvoiceStatus } from "../../../src/core/allocation";
import { accountsAsOf } from "../../../src/core/allocation";
import { addDays, day, invoice, isoOf, ledgerOf, payment } from "../builders";

describe("daysOverdue", () => {
  it("returns as-of minus due date", () => {
    expect(daysOverdue(day("2026-10-31"), day("2026-11-30"))).toBe(30);
  });
  describe("edge cases", () => {
    it("returns 0 on the due date and negative before it", () => {
      expect(daysOverdue(day("2026-10-31"), day("2026-10-31"))).toBe(0);
      expect(daysOverdue(day("2026-10-31"), day("2026-10-28"))).toBe(-3);
      expect(daysOverdue(day("2024-02-28"), day("2024-03-01"))).toBe(2);
    });
  });
});

describe("agingOf", () => {
  const asOf = day("2026-12-31");
  const itemsOf = (...dues: [string, string][]) =>
    accountsAsOf(ledgerOf(...dues.map(([due, amount]) => invoice({ due, amount }))), asOf)[0].openItems;

  it("returns open totals per bucket", () => {
    const items = itemsOf(["2026-12-31", "1"], ["2026-12-30", "2"], ["2026-11-01", "4"], ["2026-10-15", "8"], ["2026-01-01", "16"]); // 0, 1, 60, 77, 364 days
    expect(agingOf(items, asOf)).toEqual([100, 200, 400, 800, 1600]);
  });

  it("returns totals on the invoice-date basis", () => {
    const items = itemsOf(["2026-12-31", "1"], ["2026-11-01", "4"]); // invoice dates 30 days before due
    expect(agingOf(items, asOf, { basis: "invoice" })).toEqual([100, 0, 400, 0]);
  });

  describe("edge cases", () => {
    it("returns zeros for no items, sized to the edges", () => {
      expect(agingOf([], asOf, { edges: [15, 30] })).toEqual([0, 0, 0, 0]);
    });
    it("throws on bad edges", () => {
      expect(() => agingOf([], asOf, { edges: [] })).toThrow("aging: give at least one edge");
    });
  });

  it("adds up to the open balance (law)", () => {
    const entry = fc.record({ offset: fc.integer({ min: -60, max: 400 }), cents: fc.integer({ min: 1, max: 1e7 }) });
    const edgesArb = fc.uniqueArray(fc.integer({ min: 1, max: 365 }), { minLength: 1, maxLength: 7 }).map((e) => e.sort((a, b) => a - b));
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 30 }), fc.integer({ min: 0, max: 1e8 }), edgesArb, fc.constantFrom("due", "invoice"),
        (entries, paidCents, edges, basis) => {
          const invoices = entries.map((e) => invoice({ due: isoOf(addDays(asOf, -e.offset)), amount: e.cents / 100 }));
          const ledger = ledgerOf(...invoices, ...(paidCents > 0 ? [payment({ date: "2026-12-01", amount: paidCents / 100 })] : []));
          for (const account of accountsAsOf(ledger, asOf)) {
            const totals = agingOf(account.openItems, asOf, { edges, basis: basis as "due" | "invoice" });
            const open = account.openItems.reduce((sum, s) => sum + s.open, 0);
            expect(totals.reduce((a, b) => a + b, 0)).toBe(open);
            expect(open - account.unapplied).toBe(account.balance);
          }
        }),
      { numRuns: 300 },
    );
  });
});

describe("agingOfAccount", () => {
  it("nets unapplied credit in the first bucket so the buckets add up to the balance", () => {
    const asOf = day("2026-10-31");
    const items = [
      { invoice: { dueDate: day("2026-11-15"), invoiceDate: day("2026-10-16") }, open: 10000 },
      { invoice: { dueDate: day("2026-09-20"), invoiceDate: day("2026-08-21") }, open: 5000 },
    ] as unknown as InvoiceStatus[];
    expect(agingOfAccount({ openItems: items, unapplied: 2500 }, asOf)).toEqual([7500, 0, 5000, 0, 0]);
  });
});
