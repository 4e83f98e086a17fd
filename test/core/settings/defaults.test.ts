import { DEFAULT_POLICY } from "../../../src/core/dunning";
import { DEFAULT_SETTINGS } from "../../../src/core/settings";

describe("DEFAULT_SETTINGS", () => {
  it("returns the contract defaults", () => {
    expect(DEFAULT_SETTINGS.agingEdges).toEqual([30, 60, 90]);
    expect(DEFAULT_SETTINGS.agingBasis).toBe("due");
    expect(DEFAULT_SETTINGS.statement).toEqual({ type: "balance-forward", confirmationSlip: "auto" });
    expect(DEFAULT_SETTINGS.dunning).toBe(DEFAULT_POLICY);
    expect(DEFAULT_SETTINGS.provisionRates).toEqual(["0.01", "0.05", "0.2", "0.5", "1"]);
    expect(DEFAULT_SETTINGS.dsoDays).toBe(90);
    expect(DEFAULT_SETTINGS.includeUpcoming).toBe(false);
  });
});
