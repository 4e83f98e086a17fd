import { accountsAsOf } from "../../../src/core/allocation";
import { accountFigures, arFigures, currencyTotals, openItemFigures, provisionRatesOf, provisionRatesFor } from "../../../src/core/metrics";
import { customer, day, invoice, ledgerOf, payment } from "../builders";

const asOf = day("2026-10-31");

describe("openItemFigures", () => {
  it("gives an account's figures from its open items' days and balances (a statement's lines)", () => {
    // As accountFigures' first example: due on the as-of day, 1 day late, 45 days late.
    const items = [
      { dueDate: day("2026-10-31"), invoiceDate: day("2026-10-01"), open: 10000 },
      { dueDate: day("2026-10-30"), invoiceDate: day("2026-09-30"), open: 2500 },
      { dueDate: day("2026-09-16"), invoiceDate: day("2026-08-17"), open: 7000 },
    ];
    expect(openItemFigures(items, 1500, asOf)).toEqual({ aging: [8500, 2500, 7000, 0, 0], balance: 18000, overdue: 9500, unapplied: 1500, oldestDaysOverdue: 45 });
    // By invoice date, edges 30/60: 30, 31 and 75 days old.
    expect(openItemFigures(items, 0, asOf, { edges: [30, 60], basis: "invoice" }).aging).toEqual([10000, 2500, 7000]);
  });
});

describe("currencyTotals", () => {
  it("adds the lines up per currency, in code order, as arFigures' totals without rates", () => {
    const lines = [
      { customer: customer({ id: "A" }), currency: "USD", aging: [1000, 2000, 0, 0, 0], balance: 3000, overdue: 2000, unapplied: 0 },
      { customer: customer({ id: "B", currency: "CNY" }), currency: "CNY", aging: [-500, 0, 0, 0, 8000], balance: 7500, overdue: 8000, unapplied: 500 },
      { customer: customer({ id: "C" }), currency: "USD", aging: [0, 0, 4000, 0, 0], balance: 4000, overdue: 4000, unapplied: 0 },
    ];
    const zeros = [0, 0, 0, 0, 0];
    expect(currencyTotals(lines)).toEqual([
      { currency: "CNY", accounts: 1, aging: [-500, 0, 0, 0, 8000], balance: 7500, overdue: 8000, unapplied: 500, provision: zeros, provisionTotal: 0 },
      { currency: "USD", accounts: 2, aging: [1000, 2000, 4000, 0, 0], balance: 7000, overdue: 6000, unapplied: 0, provision: zeros, provisionTotal: 0 },
    ]);
    expect(currencyTotals(lines)).toEqual(arFigures(lines).totals);
  });
});

describe("accountFigures", () => {
  it("ages the open items, nets unapplied credit in Current, and counts what is ≥ 1 day overdue", () => {
    // Due on the as-of day (Current, not overdue), 1 day late (1-30), 45 days late (31-60).
    const items = [
      { invoice: invoice({ due: "2026-10-31", amount: "100.00" }), open: 10000 },
      { invoice: invoice({ due: "2026-10-30", amount: "50.00" }), open: 2500 },
      { invoice: invoice({ due: "2026-09-16", amount: "70.00" }), open: 7000 },
    ];
    expect(accountFigures({ openItems: items, unapplied: 1500 }, asOf)).toEqual({
      aging: [10000 - 1500, 2500, 7000, 0, 0],
      balance: 10000 + 2500 + 7000 - 1500,
      overdue: 2500 + 7000,
      unapplied: 1500,
      oldestDaysOverdue: 45,
    });
  });

  it("ages by invoice date when asked, with as many buckets as edges + 1", () => {
    const items = [{ invoice: invoice({ date: "2026-10-01", due: "2026-12-01" }), open: 4000 }];
    // 30 days old: the 0-30 bucket; not due yet, so nothing overdue.
    expect(accountFigures({ openItems: items, unapplied: 0 }, asOf, { edges: [30, 60], basis: "invoice" })).toMatchObject({ aging: [4000, 0, 0], overdue: 0, oldestDaysOverdue: 0 });
  });

  it("gives a credit balance as a negative balance and Current bucket", () => {
    expect(accountFigures({ openItems: [], unapplied: 2000 }, asOf)).toEqual({ aging: [-2000, 0, 0, 0, 0], balance: -2000, overdue: 0, unapplied: 2000, oldestDaysOverdue: 0 });
  });

  it("agrees with allocation: the aging adds up to the account balance", () => {
    const ledger = ledgerOf(
      invoice({ no: "A", due: "2026-08-01", amount: "300.00" }),
      invoice({ no: "B", due: "2026-10-20", amount: "200.00" }),
      payment({ date: "2026-10-05", amount: "350.00" }),
    );
    const [account] = accountsAsOf(ledger, asOf);
    const figures = accountFigures(account, asOf);
    // 350 settles A (300) and 50 of B: B's 150 is 11 days overdue.
    expect(figures).toMatchObject({ balance: 15000, overdue: 15000, aging: [0, 15000, 0, 0, 0] });
    expect(figures.aging.reduce((a, b) => a + b, 0)).toBe(account.balance);
  });
});

describe("arFigures", () => {
  const usdA = customer({ id: "A", creditLimit: "100.00" });
  const usdB = customer({ id: "B" });
  const cny = customer({ id: "C", currency: "CNY", creditLimit: "1000.00" });
  const lines = [
    { customer: usdA, currency: "USD", aging: [1000, 0, 600, 0, 0], balance: 1600 + 10000, overdue: 600, unapplied: 0 },
    { customer: cny, currency: "CNY", aging: [500, 0, 0, 0, 0], balance: 500, overdue: 0, unapplied: 0 },
    { customer: usdB, currency: "USD", aging: [-300, 0, 0, 0, 250], balance: -50, overdue: 250, unapplied: 300 },
  ];

  it("totals each currency apart, in code order, counting accounts", () => {
    const { totals } = arFigures(lines);
    expect(totals.map((t) => [t.currency, t.accounts, t.balance, t.overdue, t.unapplied])).toEqual([
      ["CNY", 1, 500, 0, 0],
      ["USD", 2, 11600 - 50, 850, 300],
    ]);
    expect(totals[1].aging).toEqual([700, 0, 600, 0, 250]);
  });

  it("provides per line and bucket, rounding each, and adds the rounded amounts up per currency", () => {
    const rates = ["0.01", "0.05", "0.2", "0.5", "1"];
    const figures = arFigures(lines, rates);
    // A: 1000 × 1 % = 10, 600 × 20 % = 120. B: −300 × 1 % = −3, 250 × 100 % = 250.
    expect(figures.lines[0].provision).toEqual([10, 0, 120, 0, 0]);
    expect(figures.lines[2].provisionTotal).toBe(247);
    expect(figures.totals[1].provision).toEqual([7, 0, 120, 0, 250]);
    expect(figures.totals[1].provisionTotal).toBe(377);
  });

  it("leaves the provision at zero without rates", () => {
    expect(arFigures(lines).totals[1].provision).toEqual([0, 0, 0, 0, 0]);
  });

  it("states the credit position in the limit's own currency only", () => {
    const figures = arFigures(lines);
    // A: limit 100.00, balance 116.00 → 16.00 over.
    expect(figures.lines[0].credit).toMatchObject({ overLimit: true, available: { currency: "USD", minor: -1600 } });
    expect(figures.lines[2].credit.limit).toBeUndefined();
  });
});

describe("provisionRatesOf", () => {
  it("takes the clerk's rates when there is one per bucket, else the defaults for that count", () => {
    expect(provisionRatesOf(5, ["0.02", "0.05", "0.2", "0.5", "1"])).toEqual(["0.02", "0.05", "0.2", "0.5", "1"]);
    expect(provisionRatesOf(4, ["0.02", "0.05", "0.2", "0.5", "1"])).toEqual(provisionRatesFor(4));
    expect(provisionRatesOf(0, ["0.02"])).toEqual([]);
  });
});
