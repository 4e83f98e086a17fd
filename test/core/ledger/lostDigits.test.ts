import { lostDigits } from "../../../src/core/ledger/_lib/lostDigits";

describe("lostDigits", () => {
  it("counts the digits of a number past Excel's 15, in a number cell or as Excel displays it in text", () => {
    expect(lostDigits(26332000000107600000)).toBe(20);
    expect(lostDigits("2.63320000001077E+19")).toBe(20);
    expect(lostDigits("  2.63320000001077e+19 ")).toBe(20);
  });

  it("is 0 for every digit kept: text typed whole, numbers within 15 digits, document numbers", () => {
    expect(lostDigits("26332000000107654321")).toBe(0);
    expect(lostDigits(412345)).toBe(0);
    expect(lostDigits("1.5E+3")).toBe(0);
    expect(lostDigits("INV-0001")).toBe(0);
    expect(lostDigits("2.5")).toBe(0);
    expect(lostDigits(null)).toBe(0);
  });
});
