import { accountsAsOf } from "../../../src/core/allocation/allocate";
import { statementAccounts } from "../../../src/core/statements";
import { customer, day, invoice, ledger, payment } from "../dunning/builders";

const start = day("2026-10-01");
const end = day("2026-10-31");

/**
 * Customers table rows: B, A, C, E, then A again (its last row, index 4, places A).
 *   A (own currency USD): an open USD invoice and an open CNY invoice from September; a November invoice (after the period).
 *   B: paid in full in August, nothing in October → no statement.
 *   C: only a zero-amount invoice in October → a statement with no account.
 *   E: invoiced in September, paid in full on 5 October → a statement (a payment in the period), nothing open.
 *   Z: not in the Customers table, zero-amount invoice in October → no statement (unknown and nothing open).
 */
function book() {
  return ledger({
    customers: [customer({ id: "B" }), customer({ id: "A" }), customer({ id: "C" }), customer({ id: "E" }), customer({ id: "A", name: "A, last row" })],
    invoices: [
      invoice({ no: "A1", customer: "A", date: "2026-09-01", amount: "100" }),
      invoice({ no: "A2", customer: "A", date: "2026-09-02", amount: "200", currency: "CNY" }),
      invoice({ no: "A3", customer: "A", date: "2026-11-02", amount: "300" }),
      invoice({ no: "B1", customer: "B", date: "2026-08-01", amount: "70" }),
      invoice({ no: "C1", customer: "C", date: "2026-10-09", amount: "0" }),
      invoice({ no: "E1", customer: "E", date: "2026-09-20", amount: "50" }),
      invoice({ no: "Z1", customer: "Z", date: "2026-10-09", amount: "0" }),
    ],
    payments: [payment({ date: "2026-08-15", customer: "B", amount: "70" }), payment({ date: "2026-10-05", customer: "E", amount: "50" })],
  });
}

const names = (list: ReturnType<typeof statementAccounts>) => list.map((a) => `${a.customer.id} ${a.currency} ${a.account === undefined ? "no account" : "account"}`);

describe("statementAccounts", () => {
  it("keeps accounts with money or period activity, in the Customers table's order (last row), own currency first", () => {
    const l = book();
    const list = statementAccounts(l, accountsAsOf(l, end), start, end);
    expect(names(list)).toEqual(["C USD no account", "E USD account", "A USD account", "A CNY account"]);
    expect(list[0].customer.name).toBe("Customer C");
    // Each with its period's activity only: E's October payment, not its September invoice; C's zero invoice.
    expect(list[1].invoices).toEqual([]);
    expect(list[1].payments.map((p) => p.date)).toEqual([day("2026-10-05")]);
    expect(list[0].invoices.map((i) => i.invoiceNo)).toEqual(["C1"]);
    expect(list[2].invoices).toEqual([]);
  });

  it("gives opening balances only when asked", () => {
    const l = book();
    const accounts = accountsAsOf(l, end);
    expect(statementAccounts(l, accounts, start, end).map((a) => a.opening)).toEqual([0, 0, 0, 0]);
    // Before 1 October: C nothing, E invoiced 50.00, A 100.00 USD and 200.00 CNY.
    expect(statementAccounts(l, accounts, start, end, { withOpening: true }).map((a) => a.opening)).toEqual([0, 5000, 10000, 20000]);
  });

  it("keeps to one customer when asked (statementFor)", () => {
    const l = book();
    const accounts = accountsAsOf(l, end);
    const only = (id: string) => statementAccounts(l, accounts.filter((a) => a.customer.id === id), start, end, { onlyCustomer: id });
    expect(names(only("A"))).toEqual(["A USD account", "A CNY account"]);
    expect(names(only("C"))).toEqual(["C USD no account"]);
    expect(names(only("B"))).toEqual([]);
  });
});
