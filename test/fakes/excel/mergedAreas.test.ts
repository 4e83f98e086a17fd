/** The fake's Range.getMergedAreasOrNullObject (ExcelApi 1.13) and its requirement set (rangeAreas.ts). */
import { MAX_LISTED_MERGES, createFakeExcel } from "./index";

function ledgerSheet() {
  const fake = createFakeExcel();
  fake.state.putValues("台账", "A1", [
    ["应收台账", null, null],
    ["客户", "发票号", "金额"],
    ["甲公司", "F-1", 100],
    ["甲公司", "F-2", 50],
  ]);
  fake.state.putMerge("台账", "A1:C1");
  fake.state.putMerge("台账", "A3:A4");
  return fake;
}

describe("Excel fake: Range.getMergedAreasOrNullObject", () => {
  it("lists the merged areas after load + sync, and throws PropertyNotLoaded before", async () => {
    const fake = ledgerSheet();
    // Merge keeps the top-left value only, as Excel does.
    expect(fake.state.sheet("台账")!.cell(4, 1)).toBeUndefined();
    await fake.Excel.run(async (ctx) => {
      const listing = ctx.workbook.worksheets.getItem("台账").getRange().getMergedAreasOrNullObject();
      expect(() => listing.address).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      expect(() => listing.isNullObject).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      listing.load("address,areaCount");
      const areas = listing.areas.load("items/address");
      expect(() => listing.address).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      expect(() => areas.items).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await ctx.sync();
      expect(listing.isNullObject).toBe(false);
      expect(listing.address).toBe("'台账'!A1:C1,'台账'!A3:A4");
      expect(listing.areaCount).toBe(2);
      expect(areas.items.map((r) => r.address)).toEqual(["'台账'!A1:C1", "'台账'!A3:A4"]);
    });
  });

  it("lists only areas whose top-left cell lies in the range (office-js#3611), a null object when none", async () => {
    const fake = ledgerSheet();
    await fake.Excel.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("台账");
      const lower = ws.getRange("A4:C4").getMergedAreasOrNullObject().load("address");
      const rows = ws.getRange("A2:C4").getMergedAreasOrNullObject().load("address");
      await ctx.sync();
      expect(lower.isNullObject).toBe(true); // A3:A4 covers A4, but starts above it
      expect(() => lower.address).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      expect(rows.address).toBe("'台账'!A3:A4");
    });
  });

  it(`fails the request past ${MAX_LISTED_MERGES} merged areas in the range, loading nothing of that request`, async () => {
    const fake = createFakeExcel();
    fake.state.addSheet("S");
    for (let r = 1; r <= MAX_LISTED_MERGES + 1; r++) fake.state.putMerge("S", `A${r}:B${r}`);
    await fake.Excel.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("S");
      const exactly = ws.getRange(`A1:B${MAX_LISTED_MERGES}`).getMergedAreasOrNullObject().load("areaCount");
      await ctx.sync();
      expect(exactly.areaCount).toBe(MAX_LISTED_MERGES);
      const before = ws.getRange("A1").load("address");
      const tooMany = ws.getRange().getMergedAreasOrNullObject().load("areaCount");
      await expect(ctx.sync()).rejects.toMatchObject({ code: "GeneralException" });
      expect(() => tooMany.areaCount).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      // The failed request's response is its error: what it loaded before the listing is not there either.
      expect(() => before.address).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    });
  });

  it("answers the requirement-set check by the Excel it plays, and fails the request without ExcelApi 1.13", async () => {
    const fake = ledgerSheet();
    const { requirements } = fake.Office.context;
    expect(requirements.isSetSupported("ExcelApi", "1.13")).toBe(true);
    expect(requirements.isSetSupported("ExcelApi", "1.9")).toBe(true);
    expect(requirements.isSetSupported("ExcelApi", "1.14")).toBe(false);
    expect(requirements.isSetSupported("WordApi", "1.1")).toBe(false);
    fake.state.excelApi = "1.12";
    expect(requirements.isSetSupported("ExcelApi", "1.13")).toBe(false);
    expect(requirements.isSetSupported("ExcelApi", "1.9")).toBe(true);
    await fake.Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("台账").getRange().getMergedAreasOrNullObject().load("address");
      await expect(ctx.sync()).rejects.toMatchObject({ code: "ApiNotFound" });
    });
  });
});
