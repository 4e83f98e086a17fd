import * as AR from "../../src/functions/functions";
import { asExcel, cell, column, one, pinToday, serial, show } from "./excel";

const lateInterest = asExcel(AR.lateInterest);

const AS_OF = serial("2026-10-31");
const dueDaysAgo = (days: number): number => AS_OF - days;

describe("lateInterest", () => {
  pinToday("2026-10-31");

  it("returns balance × rate × days / 365, rounded half away from zero to cents", () => {
    // 1,000.00 × 8 % × 30 / 365 = 6.5753… → 6.58
    expect(one(lateInterest(cell(1000), cell(dueDaysAgo(30)), cell(0.08), cell(AS_OF), null, null))).toBe(6.58);
  });

  it("returns 0 within the grace days and counts only the days past them", () => {
    const result = lateInterest(cell(36500), cell(dueDaysAgo(10)), cell(0.1), cell(AS_OF), column(10, 9, 0), null);
    expect(show(result)).toEqual(column(0, 10, 100)); // 36,500 × 10 % / 365 = 10 a day
  });

  it("returns 0 when not overdue, when paid, and for credit notes", () => {
    expect(show(lateInterest(column(1000, 0, -1000, null), column(dueDaysAgo(0), dueDaysAgo(5), dueDaysAgo(5), dueDaysAgo(5)), cell(0.08), cell(AS_OF), null, null))).toEqual(
      column(0, 0, 0, 0),
    );
  });

  it("rounds to whole yen for JPY, given as currency or named in the balance", () => {
    // 1,000,000 × 5 % × 10 / 365 = 1,369.86…
    const due = cell(dueDaysAgo(10));
    expect(one(lateInterest(cell(1000000), due, cell(0.05), cell(AS_OF), null, null))).toBe(1369.86);
    expect(one(lateInterest(cell(1000000), due, cell(0.05), cell(AS_OF), null, cell("JPY")))).toBe(1370);
    expect(one(lateInterest(cell("JPY 1,000,000"), due, cell(0.05), cell(AS_OF), null, null))).toBe(1370);
  });

  it("accepts the rate as a percentage text and as_of defaulting to today", () => {
    expect(one(lateInterest(cell(1000), cell(dueDaysAgo(30)), cell("8%"), null, null, null))).toBe(6.58);
  });

  it("returns empty for an empty due date", () => {
    expect(one(lateInterest(cell(1000), cell(null), cell(0.08), cell(AS_OF), null, null))).toBe("");
  });

  describe("edge cases", () => {
    it("returns #N/A for an empty rate and #VALUE! for a negative one", () => {
      expect(one(lateInterest(cell(1000), cell(dueDaysAgo(30)), cell(null), cell(AS_OF), null, null))).toBe(
        "#N/A annual_rate: empty; give a rate such as 0.08 or 8%",
      );
      expect(one(lateInterest(cell(1000), cell(dueDaysAgo(30)), cell(-0.08), cell(AS_OF), null, null))).toBe(
        "#VALUE! annual_rate: -0.08 is not a rate ≥ 0 such as 0.08 or 8%",
      );
    });

    it("returns #VALUE! for fractional or negative grace days and unknown currencies", () => {
      expect(one(lateInterest(cell(1000), cell(dueDaysAgo(30)), cell(0.08), cell(AS_OF), cell(1.5), null))).toBe(
        "#VALUE! grace_days: 1.5 is not a whole number of days ≥ 0",
      );
      expect(one(lateInterest(cell(1000), cell(dueDaysAgo(30)), cell(0.08), cell(AS_OF), null, cell("Yen-ish")))).toBe(
        '#VALUE! currency: "Yen-ish" is not a currency code such as USD, CNY or JPY',
      );
    });

    it("refuses a balance in another currency than the one given", () => {
      expect(one(lateInterest(cell("USD 10"), cell(dueDaysAgo(30)), cell(0.08), cell(AS_OF), null, cell("JPY")))).toBe(
        '#VALUE! balance: "USD 10" is in USD, not JPY',
      );
    });
  });
});
