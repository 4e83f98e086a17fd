import { capabilitiesOf, checkRequirements } from "../../src/workbook/officeRequirements";

describe("checkRequirements", () => {
  it("passes when ExcelApi 1.9 is there", () => {
    expect(checkRequirements(() => true)).toEqual({ ok: true, missing: [], degraded: [], message: "" });
  });

  it("degrades print setup without ExcelApi 1.9", () => {
    const check = checkRequirements((_name, version) => version !== "1.9");
    expect(check.ok).toBe(true);
    expect(check.degraded).toHaveLength(2);
    expect(check.message).toMatchInlineSnapshot(
      `"This version of Excel cannot set up printing from an add-in: statements are written without print area and page fitting."`,
    );
  });

  it("fails with a clear message without ExcelApi 1.7", () => {
    const check = checkRequirements((_name, version) => Number(version) < 1.7);
    expect(check.ok).toBe(false);
    expect(check.missing).toEqual(["ExcelApi 1.7"]);
    expect(check.message).toMatchInlineSnapshot(
      `"This version of Excel is too old for AR Desk: it needs ExcelApi 1.7 (Microsoft 365, Excel 2019 or later, or Excel on the web)."`,
    );
  });
});

describe("capabilitiesOf", () => {
  it("switches print setup and the screen pause on ExcelApi 1.9", () => {
    expect(capabilitiesOf(() => false)).toEqual({ printSetup: false, suspendScreenUpdating: false });
    expect(capabilitiesOf(() => true)).toEqual({ printSetup: true, suspendScreenUpdating: true });
  });
});
