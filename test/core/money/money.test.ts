import fc from "fast-check";
import { add, equalsMoney, isNegative, isPositive, isZero, money, negate, subtract, sumMoney, zero } from "../../../src/core/money";

describe("money", () => {
  it("returns a value with currency and minor units", () => {
    expect(money(123450, "USD")).toEqual({ currency: "USD", minor: 123450 });
  });

  describe("edge cases", () => {
    it("turns -0 into 0", () => {
      expect(Object.is(money(-0, "USD").minor, 0)).toBe(true);
    });
    it("refuses fractions of a minor unit", () => {
      expect(() => money(1.5, "USD")).toThrowErrorMatchingInlineSnapshot(`"money: minor units must be a safe integer (got 1.5)"`);
    });
    it("refuses an empty currency", () => {
      expect(() => money(1, "")).toThrowErrorMatchingInlineSnapshot(`"money: currency code is empty"`);
    });
  });
});

describe("add", () => {
  it("returns the sum in the same currency", () => {
    expect(add(money(100, "USD"), money(250, "USD"))).toEqual(money(350, "USD"));
  });
  it("throws on different currencies", () => {
    const usd: { currency: string; minor: number } = money(1, "USD");
    expect(() => add(usd, money(1, "CNY"))).toThrowErrorMatchingInlineSnapshot(
      `"money: cannot combine different currencies (USD and CNY)"`,
    );
  });
  it("is commutative and associative", () => {
    const amount = fc.integer({ min: -1e12, max: 1e12 }).map((n) => money(n, "CNY"));
    fc.assert(
      fc.property(amount, amount, amount, (a, b, c) => {
        expect(add(a, b)).toEqual(add(b, a));
        expect(add(add(a, b), c)).toEqual(add(a, add(b, c)));
      }),
    );
  });
});

describe("subtract", () => {
  it("returns the difference", () => {
    expect(subtract(money(100, "USD"), money(250, "USD"))).toEqual(money(-150, "USD"));
  });
  it("undoes add", () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), fc.integer({ min: -1e12, max: 1e12 }), (a, b) => {
        expect(subtract(add(money(a, "EUR"), money(b, "EUR")), money(b, "EUR"))).toEqual(money(a, "EUR"));
      }),
    );
  });
});

describe("negate", () => {
  it("returns the amount with the sign flipped", () => {
    expect(negate(money(5, "USD"))).toEqual(money(-5, "USD"));
    expect(Object.is(negate(zero("USD")).minor, 0)).toBe(true);
  });
});

describe("isZero / isPositive / isNegative", () => {
  it("returns the sign tests", () => {
    expect([isZero(zero("USD")), isPositive(money(1, "USD")), isNegative(money(-1, "USD"))]).toEqual([true, true, true]);
    expect([isZero(money(1, "USD")), isPositive(zero("USD")), isNegative(zero("USD"))]).toEqual([false, false, false]);
  });
});

describe("equalsMoney", () => {
  it("returns false for equal minor units in different currencies", () => {
    expect(equalsMoney(money(1, "USD"), money(1, "CNY"))).toBe(false);
    expect(equalsMoney(money(1, "USD"), money(1, "USD"))).toBe(true);
  });
});

describe("sumMoney", () => {
  it("returns the total of a list", () => {
    expect(sumMoney([money(100, "CNY"), money(5, "CNY")], "CNY")).toEqual(money(105, "CNY"));
  });
  describe("edge cases", () => {
    it("returns zero for an empty list", () => {
      expect(sumMoney([], "JPY")).toEqual(zero("JPY"));
    });
    it("throws when an item has another currency", () => {
      expect(() => sumMoney([money(1, "USD")], "CNY" as string)).toThrow(
        "money: cannot combine different currencies (CNY and USD)",
      );
    });
  });
});
