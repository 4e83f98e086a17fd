import { creditGrade, DEFAULT_GRADE_THRESHOLDS, paymentBehaviour } from "../../../src/core/metrics";
import { day, invoice, ledgerOf, paidColumnLedgerOf, payment } from "../builders";

describe("paymentBehaviour", () => {
  const asOf = day("2026-12-31");

  it("returns average days late, share paid late and grade per customer", () => {
    const ledger = ledgerOf(
      invoice({ no: "A", due: "2026-10-01", amount: "100" }),
      invoice({ no: "B", due: "2026-10-10", amount: "100" }),
      invoice({ no: "C", due: "2026-11-30", amount: "100" }),
      invoice({ no: "OPEN", due: "2026-12-01", amount: "100" }),
      payment({ date: "2026-10-11", amount: "100", invoiceNo: "A" }), // 10 days late
      payment({ date: "2026-10-05", amount: "100", invoiceNo: "B" }), // early: 0
      payment({ date: "2026-12-02", amount: "100", invoiceNo: "C" }), // 2 days late
    );
    const [behaviour] = paymentBehaviour(ledger, asOf);
    expect(behaviour).toMatchObject({ paidCount: 3, lateCount: 2, averageDaysLate: 4, shareLate: 2 / 3, grade: "D" });
    expect(behaviour.customer.id).toBe("C1");
  });

  describe("edge cases", () => {
    it("returns no grade without dated payments (Paid column)", () => {
      const [behaviour] = paymentBehaviour(paidColumnLedgerOf(invoice({ paid: "100" })), asOf);
      expect(behaviour).toMatchObject({ paidCount: 0, lateCount: 0, averageDaysLate: 0, shareLate: 0 });
      expect(behaviour.grade).toBeUndefined();
    });
    it("counts an invoice paid on its due date as on time", () => {
      const [behaviour] = paymentBehaviour(ledgerOf(invoice({ due: "2026-10-31" }), payment({ date: "2026-10-31" })), asOf);
      expect(behaviour).toMatchObject({ paidCount: 1, lateCount: 0, averageDaysLate: 0, grade: "A" });
    });
  });
});

describe("creditGrade", () => {
  it("returns A–D by the default thresholds", () => {
    expect([creditGrade(0, 0), creditGrade(3, 0.1), creditGrade(10, 0.3), creditGrade(30, 0.6), creditGrade(30.1, 0), creditGrade(0, 0.61)]).toEqual([
      "A", "A", "B", "C", "D", "D",
    ]);
  });
  it("returns grades by given thresholds", () => {
    const strict = { ...DEFAULT_GRADE_THRESHOLDS, A: { maxAverageDaysLate: 0, maxShareLate: 0 } };
    expect(creditGrade(1, 0.05, strict)).toBe("B");
  });
});
