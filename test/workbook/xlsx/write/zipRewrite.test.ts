/** Rewriting a package in place: unchanged entries copied compressed, changed ones deflated anew. */
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { zipEntries } from "../../../../src/workbook/xlsx/read/zipDirectory";
import { canRewrite, entryNames, rewriteZip } from "../../../../src/workbook/xlsx/write/zipRewrite";
import { excelJsBytes, loadWithExcelJs } from "../../_fixtures/excelJsWorkbook";

/** The compressed bytes of an entry (local header fields read here, apart from src). */
function rawData(zip: Uint8Array, name: string): Uint8Array {
  const e = zipEntries(zip).get(name)!;
  const h = e.localHeaderOffset;
  const start = h + 30 + (zip[h + 26] | (zip[h + 27] << 8)) + (zip[h + 28] | (zip[h + 29] << 8));
  return zip.subarray(start, start + e.compressedSize);
}

describe("rewriteZip", () => {
  const big = "x".repeat(50_000) + Math.PI;
  const original = zipSync({ "a.xml": strToU8(big), "b.xml": strToU8("<b/>"), "dir/": new Uint8Array(0), "c.bin": Uint8Array.from([1, 2, 3]) }, { level: 9 });

  it("copies unchanged entries' compressed bytes, deflates the changed, drops the removed, appends the new", () => {
    const files = unzipSync(original);
    const kept = files["a.xml"];
    files["b.xml"] = strToU8("<b>changed</b>");
    delete files["c.bin"];
    files["new/d.xml"] = strToU8("<d/>");
    const out = rewriteZip(original, files, (name) => files[name] === kept || name === "dir/", 6);
    expect(Buffer.from(rawData(out, "a.xml")).equals(Buffer.from(rawData(original, "a.xml")))).toBe(true);
    expect(entryNames(out)).toEqual(["a.xml", "b.xml", "dir/", "new/d.xml"]);
    const back = unzipSync(out);
    expect(strFromU8(back["a.xml"])).toBe(big);
    expect(strFromU8(back["b.xml"])).toBe("<b>changed</b>");
    expect(strFromU8(back["new/d.xml"])).toBe("<d/>");
    expect(back["c.bin"]).toBeUndefined();
  });

  it("copies entries written with data descriptors (ExcelJS's zips) and the result still loads in ExcelJS", async () => {
    const xlsx = await excelJsBytes((wb) => {
      wb.addWorksheet("Data").getCell("A1").value = "kept";
    });
    expect(canRewrite(xlsx)).toBe(true);
    const files = unzipSync(xlsx);
    const same = new Set(Object.keys(files));
    files["docProps/core.xml"] = strToU8(strFromU8(files["docProps/core.xml"]).replace(/<dc:creator>[^<]*<\/dc:creator>/, "<dc:creator>AR Desk</dc:creator>"));
    same.delete("docProps/core.xml");
    const out = rewriteZip(xlsx, files, (name) => same.has(name));
    expect(Buffer.from(rawData(out, "xl/worksheets/sheet1.xml")).equals(Buffer.from(rawData(xlsx, "xl/worksheets/sheet1.xml")))).toBe(true);
    const wb = await loadWithExcelJs(out);
    expect(wb.getWorksheet("Data")!.getCell("A1").value).toBe("kept");
    expect(wb.creator).toBe("AR Desk");
  });

  it("says when a package cannot be rewritten (no directory)", () => {
    expect(canRewrite(new Uint8Array(100))).toBe(false);
    expect(() => rewriteZip(new Uint8Array(100), {}, () => true)).toThrow("cannot be rewritten");
  });
});
