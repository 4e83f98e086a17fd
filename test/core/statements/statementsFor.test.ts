import fc from "fast-check";
import { accountsAsOf } from "../../../src/core/allocation/allocate";
import type { Invoice, Payment } from "../../../src/core/model";
import { statementFor, statementsFor } from "../../../src/core/statements/statementsFor";
import type { OpenItemLine } from "../../../src/core/statements";
import { customer, day, invoice, ledger, payment } from "../dunning/builders";

const october = { start: day("2026-10-01"), end: day("2026-10-31") };
const c1 = customer({ id: "C1", name: "Acme", address: "1 Main St" });

function monthLedger(withPayments = true) {
  return ledger({
    customers: [c1, customer({ id: "C2" }), customer({ id: "C3" })],
    invoices: [
      invoice({ no: "I0", customer: "C1", date: "2026-09-10", due: "2026-10-10", amount: "500" }),
      invoice({ no: "I1", customer: "C1", date: "2026-10-05", due: "2026-11-04", amount: "1000" }),
      invoice({ no: "CN1", customer: "C1", date: "2026-10-10", amount: "-100" }),
      // C2: paid in full before the period, no activity: no statement.
      invoice({ no: "I5", customer: "C2", date: "2026-08-01", amount: "70" }),
    ],
    payments: withPayments
      ? [payment({ date: "2026-10-20", customer: "C1", amount: "300", reference: "TT-9" }), payment({ date: "2026-08-15", customer: "C2", amount: "70" })]
      : undefined,
    hasPaymentsTable: withPayments,
  });
}

describe("statementsFor", () => {
  it("returns a balance-forward statement: opening, period activity, closing and aging", () => {
    const [statement, ...rest] = statementsFor(monthLedger(), october);
    expect(rest).toEqual([]);
    expect(statement).toMatchObject({
      number: "ST-2026-10-C1",
      type: "balance-forward",
      currency: "USD",
      statementDate: october.end,
      totals: { opening: 50000, invoiced: 100000, paid: 30000, credits: 10000, closing: 110000 },
      totalDue: 110000,
      unapplied: 0,
      overdue: 10000,
      stage: "Reminder 2",
      aging: { labels: ["Current", "1-30", "31-60", "61-90", "90+"], amounts: [100000, 10000, 0, 0, 0] },
      confirmationSlip: false,
      notes: [],
    });
    expect(statement.customer.address).toBe("1 Main St");
    expect(statement.lines.map((l) => (l.kind === "open-item" ? l.invoiceNo : [l.kind, l.reference, l.charges, l.credits, l.balance]))).toEqual([
      ["invoice", "I1", 100000, 0, 150000],
      ["credit-note", "CN1", 0, 10000, 140000],
      ["payment", "TT-9", 0, 30000, 110000],
    ]);
  });

  it("returns open-item statements listing each open invoice with balance, days and stage", () => {
    const [statement] = statementsFor(monthLedger(), october, { type: "open-item" });
    expect(statement.type).toBe("open-item");
    expect(statement.totals).toBeUndefined();
    expect(statement.lines.map((l) => l.kind === "open-item" && [l.invoiceNo, l.open, l.daysOverdue, l.ageDays, l.stage])).toEqual([
      ["I0", 10000, 21, 51, "Reminder 2"],
      ["I1", 100000, -4, 26, "None"], // Upcoming starts 3 days before the due date
    ]);
  });

  it("returns open-item with a note when balance-forward has no Payments table", () => {
    const [statement] = statementsFor(monthLedger(false), october);
    expect(statement.type).toBe("open-item");
    expect(statement.notes).toEqual([{ code: "open-item-fallback", text: expect.stringContaining("Payments table") }]);
  });

  it("returns one statement per currency, never mixing them", () => {
    const l = ledger({
      customers: [c1],
      invoices: [
        invoice({ no: "U1", customer: "C1", date: "2026-10-01", amount: "10" }),
        invoice({ no: "E1", customer: "C1", date: "2026-10-02", amount: "20", currency: "EUR" }),
      ],
      payments: [payment({ date: "2026-10-03", customer: "C1", amount: "5", currency: "EUR" })],
    });
    const statements = statementsFor(l, october);
    expect(statements.map((s) => [s.number, s.currency, s.totals?.closing])).toEqual([
      ["ST-2026-10-C1", "USD", 1000],
      ["ST-2026-10-C1-EUR", "EUR", 1500],
    ]);
    expect(statements[1].lines.map((line) => line.kind !== "open-item" && line.reference)).toEqual(["E1", ""]);
  });

  it("returns the early-payment discount for open invoices still in their window", () => {
    const l = ledger({
      customers: [customer({ id: "C1", discountTerms: { percent: "2", days: 10 } })],
      invoices: [
        invoice({ no: "A", customer: "C1", date: "2026-10-05", amount: "100" }),
        invoice({ no: "B", customer: "C1", date: "2026-10-25", amount: "1000" }),
      ],
      payments: [],
    });
    const [statement] = statementsFor(l, october);
    expect(statement.discounts).toEqual([{ invoiceNo: "B", lastDay: day("2026-11-04"), percent: "2", discount: 2000, payAmount: 98000 }]);
  });

  it("returns the confirmation slip on for Chinese customers by default, as the option says otherwise", () => {
    const l = ledger({
      customers: [customer({ id: "Z", language: "zh", currency: "CNY" }), customer({ id: "E" })],
      invoices: [invoice({ no: "1", customer: "Z", date: "2026-10-01", amount: "1", currency: "CNY" }), invoice({ no: "2", customer: "E", date: "2026-10-01", amount: "1" })],
      payments: [],
    });
    expect(statementsFor(l, october).map((s) => s.confirmationSlip)).toEqual([true, false]);
    expect(statementsFor(l, october, { confirmationSlip: false }).map((s) => s.confirmationSlip)).toEqual([false, false]);
    expect(statementsFor(l, october, { confirmationSlip: true }).map((s) => s.confirmationSlip)).toEqual([true, true]);
  });

  it("returns a disputed invoice in the overdue amount but with stage None", () => {
    const l = ledger({ customers: [c1], invoices: [invoice({ no: "D", customer: "C1", date: "2026-08-01", due: "2026-09-01", amount: "40", disputed: true })], payments: [] });
    const [statement] = statementsFor(l, october);
    expect(statement).toMatchObject({ overdue: 4000, stage: "None", totalDue: 4000 });
  });

  it("returns unapplied credit as its own figure, reducing the total due", () => {
    const l = ledger({ customers: [c1], invoices: [invoice({ no: "X", customer: "C1", date: "2026-10-01", amount: "100" })], payments: [payment({ date: "2026-10-02", customer: "C1", amount: "150" })] });
    const [statement] = statementsFor(l, october);
    expect(statement).toMatchObject({ unapplied: 5000, totalDue: -5000, openItems: [], totals: { closing: -5000 } });
  });

  it("returns aging on the invoice-date basis with custom edges", () => {
    const [statement] = statementsFor(monthLedger(), october, { agingEdges: [15, 45], agingBasis: "invoice" });
    expect(statement.aging).toEqual({ labels: ["0-15", "16-45", "45+"], amounts: [0, 100000, 10000] });
  });

  describe("edge cases", () => {
    it("returns none for customers with nothing open and no activity", () => {
      expect(statementsFor(monthLedger(), october).map((s) => s.customer.id)).toEqual(["C1"]);
      expect(statementsFor(ledger({ customers: [c1] }), october)).toEqual([]);
    });

    it("returns a statement for a customer who paid everything during the period", () => {
      const l = ledger({ customers: [c1], invoices: [invoice({ no: "P", customer: "C1", date: "2026-09-01", amount: "10" })], payments: [payment({ date: "2026-10-05", customer: "C1", amount: "10" })] });
      const [statement] = statementsFor(l, october);
      expect(statement.totals).toEqual({ opening: 1000, invoiced: 0, paid: 1000, credits: 0, closing: 0 });
    });

    it("throws on a period that ends before it starts", () => {
      expect(() => statementsFor(monthLedger(), { start: october.end, end: october.start })).toThrow("statements: the period must start on or before its end");
    });

    it("returns a custom period label in the number", () => {
      expect(statementsFor(monthLedger(), { ...october, label: "Q4" })[0].number).toBe("ST-Q4-C1");
      expect(statementsFor(monthLedger(), { start: day("2026-10-01"), end: day("2026-10-15") })[0].number).toBe("ST-2026-10-15-C1");
    });
  });
});

describe("statementFor", () => {
  it("returns the statements of one customer only", () => {
    expect(statementFor(monthLedger(), "C1", october).map((s) => s.number)).toEqual(["ST-2026-10-C1"]);
    expect(statementFor(monthLedger(), "C2", october)).toEqual([]);
  });
});

describe("statementsFor (properties)", () => {
  const currencies = ["USD", "EUR"] as const;
  const arbLedger = fc
    .record({
      invoices: fc.array(
        fc.record({ customer: fc.integer({ min: 0, max: 4 }), date: fc.integer({ min: 0, max: 120 }), terms: fc.integer({ min: 0, max: 60 }), cents: fc.integer({ min: -20000, max: 200000 }), ccy: fc.constantFrom(...currencies), disputed: fc.boolean() }),
        { maxLength: 40 },
      ),
      payments: fc.array(
        fc.record({ customer: fc.integer({ min: 0, max: 4 }), date: fc.integer({ min: 0, max: 120 }), cents: fc.integer({ min: 1, max: 150000 }), ccy: fc.constantFrom(...currencies), target: fc.option(fc.integer({ min: 0, max: 39 })) }),
        { maxLength: 25 },
      ),
      type: fc.constantFrom("balance-forward" as const, "open-item" as const),
    })
    .map(({ invoices, payments, type }) => {
      const base = day("2026-08-01");
      const iso = (n: number) => new Date((base + n) * 86400000).toISOString().slice(0, 10);
      const customers = [0, 1, 2, 3, 4].map((i) => customer({ id: `C${i}`, language: i % 2 ? "zh" : "en" }));
      const invs: Invoice[] = invoices
        .filter((x) => x.cents !== 0)
        .map((x, i) => invoice({ no: `I${i}`, customer: `C${x.customer}`, date: iso(x.date), due: iso(x.date + x.terms), amount: (x.cents / 100).toFixed(2), currency: x.ccy, disputed: x.disputed }));
      const pays: Payment[] = payments.map((p) =>
        payment({ date: iso(p.date), customer: `C${p.customer}`, amount: (p.cents / 100).toFixed(2), currency: p.ccy, ...(p.target !== null && invs[p.target] ? { invoiceNo: invs[p.target].invoiceNo } : {}) }),
      );
      return { ledger: ledger({ customers, invoices: invs, payments: pays }), type };
    });

  it("returns each open invoice on exactly one statement, in its own currency", () => {
    fc.assert(
      fc.property(arbLedger, ({ ledger: l, type }) => {
        const statements = statementsFor(l, october, { type });
        const seen = new Map<string, number>();
        const currencyOf = new Map(l.invoices.map((i) => [i.invoiceNo, i.amount.currency]));
        for (const s of statements) {
          for (const item of s.openItems) {
            seen.set(item.invoiceNo, (seen.get(item.invoiceNo) ?? 0) + 1);
            expect(currencyOf.get(item.invoiceNo)).toBe(s.currency);
          }
          for (const line of s.lines) if (line.kind === "invoice" || line.kind === "credit-note") expect(currencyOf.get(line.reference)).toBe(s.currency);
        }
        const open = accountsAsOf(l, october.end).flatMap((a) => a.openItems.map((o) => o.invoice.invoiceNo));
        expect([...seen.keys()].sort()).toEqual([...open].sort());
        for (const count of seen.values()) expect(count).toBe(1);
      }),
      { numRuns: 150 },
    );
  });

  it("returns closing = opening + invoiced − paid − credits = open items − unapplied, and aging summing to the closing", () => {
    fc.assert(
      fc.property(arbLedger, ({ ledger: l }) => {
        for (const s of statementsFor(l, october, { type: "balance-forward" })) {
          const openTotal = s.openItems.reduce((sum: number, item: OpenItemLine) => sum + item.open, 0);
          const t = s.totals!;
          expect(t.closing).toBe(t.opening + t.invoiced - t.paid - t.credits);
          expect(t.closing).toBe(openTotal - s.unapplied);
          expect(s.totalDue).toBe(t.closing);
          expect(s.aging.amounts.reduce((a, b) => a + b, 0)).toBe(t.closing);
          const last = s.lines[s.lines.length - 1];
          if (last && last.kind !== "open-item") expect(last.balance).toBe(t.closing);
          expect(s.overdue).toBeLessThanOrEqual(openTotal);
        }
      }),
      { numRuns: 150 },
    );
  });
});

describe("statementsFor: the credit memo behind a reduced open item", () => {
  // INV-A 1,000.00 of 2026-09-01 reduced by credit memos CM-OLD (10.00) and CM-7 (250.00).
  const book = ledger({
    customers: [c1],
    invoices: [
      invoice({ no: "INV-A", customer: "C1", date: "2026-09-01", due: "2026-10-01", amount: "1000" }),
      invoice({ no: "CM-7", customer: "C1", date: "2026-10-05", amount: "-250", description: "Returned goods" }),
      invoice({ no: "CM-OLD", customer: "C1", date: "2026-08-01", amount: "-10" }), // older than INV-A, still set against it
    ],
    payments: [],
  });
  it("lists the credit memos on the open-item statement, with date, number and amount: they explain the reduced balance", () => {
    const [statement] = statementsFor(book, october, { type: "open-item" });
    // 1,000.00 − 10.00 − 250.00 = 740.00 open.
    expect(statement.openItems.map((i) => [i.invoiceNo, i.amount, i.open])).toEqual([["INV-A", 100000, 74000]]);
    expect(statement.creditNotes).toEqual([
      { invoiceNo: "CM-OLD", date: day("2026-08-01"), amount: 1000 },
      { invoiceNo: "CM-7", date: day("2026-10-05"), description: "Returned goods", amount: 25000 },
    ]);
  });
  it("lists none when every open item is whole, and none on balance-forward (its lines show them)", () => {
    const whole = ledger({ customers: [c1], invoices: [invoice({ no: "INV-B", customer: "C1", date: "2026-10-01", amount: "500" })], payments: [] });
    expect(statementsFor(whole, october, { type: "open-item" })[0].creditNotes).toEqual([]);
    expect(statementsFor(book, october, { type: "balance-forward" })[0].creditNotes).toBeUndefined();
  });
});

describe("statementsFor: credit notes when the ledger gave the open balances (an export's Remaining Amount)", () => {
  // INV-T 7,800.00 with 2,800.00 remaining (the source system says so); CM-U −450.00 with all of it
  // remaining (unused); CM-D −100.00 with nothing remaining (applied in the source system).
  // Paid column as the reader fills it: amount − remaining, so CM-U paid 0, CM-D paid −100.
  const given = {
    ...ledger({
      customers: [c1],
      invoices: [
        invoice({ no: "INV-T", customer: "C1", date: "2026-06-30", due: "2026-07-30", amount: "7800", paid: "5000" }),
        invoice({ no: "CM-U", customer: "C1", date: "2026-09-18", amount: "-450", paid: "0" }),
        invoice({ no: "CM-D", customer: "C1", date: "2026-08-02", amount: "-100", paid: "-100" }),
      ],
    }),
    openBalancesGiven: true,
  };
  it("says the credit was applied as given, and gives the unused part that is the unapplied credit", () => {
    const [statement] = statementsFor(given, october, { type: "open-item" });
    expect(statement.creditNotesBasis).toBe("as-given");
    // 7,800.00 − 5,000.00 = 2,800.00 open: the unused credit is not set against it.
    expect(statement.openItems.map((i) => [i.invoiceNo, i.open])).toEqual([["INV-T", 280000]]);
    expect(statement.unapplied).toBe(45000);
    expect(statement.totalDue).toBe(280000 - 45000);
    expect(statement.creditNotes).toEqual([
      { invoiceNo: "CM-D", date: day("2026-08-02"), amount: 10000 },
      { invoiceNo: "CM-U", date: day("2026-09-18"), amount: 45000, unapplied: 45000 },
    ]);
  });
  it("lists an unused credit note even when every open item is whole: it is the unapplied credit", () => {
    const whole = {
      ...ledger({ customers: [c1], invoices: [invoice({ no: "INV-W", customer: "C1", date: "2026-10-01", amount: "500" }), invoice({ no: "CM-U", customer: "C1", date: "2026-10-02", amount: "-40" })] }),
      openBalancesGiven: true,
    };
    const [statement] = statementsFor(whole, october, { type: "open-item" });
    expect(statement.creditNotes).toEqual([{ invoiceNo: "CM-U", date: day("2026-10-02"), amount: 4000, unapplied: 4000 }]);
  });
  it("keeps the oldest-first story when AR Desk set the credit against the invoices", () => {
    const [statement] = statementsFor({ ...given, openBalancesGiven: false }, october, { type: "open-item" });
    expect(statement.creditNotesBasis).toBe("oldest-first");
    // 7,800.00 − 5,000.00 − 450.00 (CM-U set against INV-T; CM-D's Paid is its used part) = 2,350.00.
    expect(statement.openItems.map((i) => [i.invoiceNo, i.open])).toEqual([["INV-T", 235000]]);
    expect(statement.unapplied).toBe(0);
    expect(statement.creditNotes?.every((line) => line.unapplied === undefined)).toBe(true);
  });
});
