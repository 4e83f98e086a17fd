import { creditPosition } from "../../../src/core/credit";
import { customer } from "../builders";

describe("creditPosition", () => {
  it("returns limit, exposure and available credit", () => {
    expect(creditPosition(customer({ creditLimit: "5000" }), 120000, "USD")).toEqual({
      limit: { currency: "USD", minor: 500000 },
      exposure: { currency: "USD", minor: 120000 },
      available: { currency: "USD", minor: 380000 },
      overLimit: false,
    });
  });
  it("returns negative available credit when over the limit", () => {
    const position = creditPosition(customer({ creditLimit: "5000" }), 620000, "USD");
    expect([position.available, position.overLimit]).toEqual([{ currency: "USD", minor: -120000 }, true]);
  });
  describe("edge cases", () => {
    it("returns no limit (not applicable) when none is set", () => {
      expect(creditPosition(customer(), 100, "USD")).toEqual({ exposure: { currency: "USD", minor: 100 }, overLimit: false });
    });
    it("returns no limit for a balance in another currency than the limit", () => {
      expect(creditPosition(customer({ creditLimit: "10" }), 100, "CNY")).toEqual({ exposure: { currency: "CNY", minor: 100 }, overLimit: false });
    });
    it("is not over the limit at exactly the limit, and a credit balance adds to available", () => {
      expect(creditPosition(customer({ creditLimit: "10" }), 1000, "USD").overLimit).toBe(false);
      expect(creditPosition(customer({ creditLimit: "10" }), -500, "USD").available).toEqual({ currency: "USD", minor: 1500 });
    });
  });
});
