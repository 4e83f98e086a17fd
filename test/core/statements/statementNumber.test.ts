/** Statement numbers: by customer number, or a short stable code for a customer keyed by name. */
import { nameCode, statementNumber } from "../../../src/core/statements";
import type { Customer, DayNumber } from "../../../src/core/model";

const october = { start: 20727 as DayNumber, end: 20757 as DayNumber }; // 2026-10-01 … 2026-10-31
const customer = (over: Partial<Customer>): Customer => ({
  id: "C 001", name: "Acme Ltd", termsDays: 30, currency: "USD", language: "en", source: { sheet: "Customers", row: 2 }, ...over,
});

describe("statementNumber", () => {
  it("numbers by the customer's ID, spaces as _, and the currency when not the customer's own", () => {
    expect(statementNumber(customer({}), "USD", october)).toBe("ST-2026-10-C_001");
    expect(statementNumber(customer({}), "EUR", october)).toBe("ST-2026-10-C_001-EUR");
  });

  it("does not repeat the name of a customer keyed by name: N + 8 hex digits of its FNV-1a hash, the same every run", () => {
    const byName = customer({ id: "华通科技", name: "华通科技", currency: "CNY", language: "zh", keyedByName: true });
    // FNV-1a 32 of the UTF-16 units of 华通科技, worked by an independent BigInt script: 0x0E6CBCC0
    expect(statementNumber(byName, "CNY", october)).toBe("ST-2026-10-N0E6CBCC0");
    expect(statementNumber(byName, "USD", october)).toBe("ST-2026-10-N0E6CBCC0-USD");
    expect(statementNumber(byName, "CNY", october)).not.toContain("华通");
  });

  it("gives the FNV-1a offset basis for an empty name and a different code for a different name", () => {
    expect(nameCode("")).toBe("N811C9DC5");
    expect(nameCode("Acme Ltd")).toBe("N5DB7AE03");
  });
});
