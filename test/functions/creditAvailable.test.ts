import * as AR from "../../src/functions/functions";
import { asExcel, cell, column, one, show } from "./excel";

const creditAvailable = asExcel(AR.creditAvailable);
const NO_LIMIT = "#N/A no credit limit set (an empty cell or 0; for a limit of zero type '0 as text)";

describe("creditAvailable", () => {
  it("returns the limit minus the sum of the balances", () => {
    expect(one(creditAvailable(cell(5000), column(1200, 800.5), null, null))).toBe(2999.5);
  });

  it("lets credit notes (negative balances) raise what is available", () => {
    expect(one(creditAvailable(cell(5000), column(1200, -500), null, null))).toBe(4300);
  });

  it("goes negative when over the limit", () => {
    expect(one(creditAvailable(cell(1000), column(700, 400.01), null, null))).toBe(-100.01);
  });

  it("adds up only the customer's balances, matching ids like SUMIF (case, spaces, numbers)", () => {
    const balances = column(100, 200, 300, 400);
    const owners = column("C1", " c1 ", "C2", 1001);
    expect(one(creditAvailable(cell(1000), balances, cell("C1"), owners))).toBe(700);
    expect(one(creditAvailable(cell(1000), balances, cell("1001"), owners))).toBe(600);
    expect(one(creditAvailable(cell(1000), balances, cell("C9"), owners))).toBe(1000);
  });

  it("spills one result per customer for a customer column", () => {
    const limits = column(1000, null, 0, 500);
    const customers = column("C1", "C2", "C3", "");
    const result = creditAvailable(limits, column(100, 200, 300, 50), customers, column("C1", "C2", "C3", "C1"));
    expect(show(result)).toEqual(column(850, NO_LIMIT, NO_LIMIT, ""));
  });

  it("is linear in the number of balances and customers", () => {
    const customers = 20000;
    const rows = 200000;
    const balances: unknown[][] = [];
    const owners: unknown[][] = [];
    for (let i = 0; i < rows; i++) {
      balances.push([1]);
      owners.push([`C${i % customers}`]);
    }
    const ids = Array.from({ length: customers }, (_, i) => [`C${i}`]);
    const limits = ids.map(() => [100]);
    const started = Date.now();
    const result = show(creditAvailable(limits, balances, ids, owners));
    expect(Date.now() - started).toBeLessThan(5000); // quadratic would be 4·10⁹ comparisons
    expect(result).toHaveLength(customers);
    expect(result.every(([value]) => value === 90)).toBe(true);
  });

  describe("edge cases", () => {
    it("returns #N/A, not 0, when no credit limit is set", () => {
      expect(one(creditAvailable(cell(null), column(10), null, null))).toBe(NO_LIMIT);
      expect(one(creditAvailable(cell(""), column(10), null, null))).toBe(NO_LIMIT);
    });

    it("reads a limit of 0 as no limit set (Excel desktop passes an empty cell as 0); text '0 is a zero limit", () => {
      expect(one(creditAvailable(cell(0), column(10), null, null))).toBe(NO_LIMIT);
      expect(one(creditAvailable(cell("0"), column(10, 5), null, null))).toBe(-15);
    });

    it("returns #VALUE! for a bad or negative limit", () => {
      expect(one(creditAvailable(cell("lots"), column(10), null, null))).toBe('#VALUE! credit_limit: "lots" is not an amount (not an amount)');
      expect(one(creditAvailable(cell(-5), column(10), null, null))).toBe("#VALUE! credit_limit: -5 is negative; a limit is 0 or more");
    });

    it("returns #VALUE! naming the row of a bad balance, only for the customer it belongs to", () => {
      const result = creditAvailable(column(100, 100), column(10, "x"), column("A", "B"), column("A", "B"));
      expect(show(result)).toEqual(column(90, '#VALUE! balances row 2: "x" is not an amount (not an amount)'));
    });

    it("needs customer and balance_customers together, the same size as balances", () => {
      expect(one(creditAvailable(cell(100), column(1), cell("A"), null))).toMatch(/^#VALUE! balance_customers: needed/);
      expect(one(creditAvailable(cell(100), column(1), null, column("A")))).toMatch(/^#VALUE! customer: needed/);
      expect(one(creditAvailable(cell(100), column(1, 2), cell("A"), column("A")))).toBe(
        "#VALUE! balances (2×1) and balance_customers (1×1) must be the same size",
      );
    });

    it("treats empty balances as 0", () => {
      expect(one(creditAvailable(cell(100), column(null, "", 5), null, null))).toBe(95);
    });
  });
});
