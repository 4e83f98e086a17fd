import { strFromU8, unzipSync } from "fflate";
import { cutToCell, MAX_CELL_TEXT } from "../../src/workbook/cellLimit";
import type { SheetSpec } from "../../src/workbook/spec";
import { writeSpecsToBytes } from "../../src/workbook/xlsx/write";
import { writeSpecsStreaming } from "../../src/workbook/xlsx/write/streamWorkbook";
import { writeSpecsPackage } from "../../src/workbook/xlsx/write/package/writePackage";
import { planSheet } from "../../src/workbook/office/plan";

// The notes as a clerk reads them, written out by hand.
const EN_NOTE = " […cut by AR Desk: 40,000 characters, Excel holds 32,767]";
const ZH_NOTE = "［…已由 AR Desk 截断：原文 40,000 个字符，Excel 单元格最多容纳 32,767 个］";

describe("cutToCell", () => {
  it("ends a cut text with its note in English by default, the text kept up to the note", () => {
    const cut = cutToCell("x".repeat(40000));
    expect(cut).toBe("x".repeat(32767 - EN_NOTE.length) + EN_NOTE);
    expect(cutToCell("x".repeat(40000), "en")).toBe(cut);
  });

  it("ends it with the note in Chinese for a Chinese sheet, still 32,767 characters", () => {
    const cut = cutToCell("说".repeat(40000), "zh");
    expect(cut).toHaveLength(MAX_CELL_TEXT);
    expect(cut).toBe("说".repeat(32767 - ZH_NOTE.length) + ZH_NOTE);
    expect(cut).not.toMatch(/cut by|characters|holds/);
  });

  it("leaves a text that fits alone in either language", () => {
    expect(cutToCell("x".repeat(32767), "zh")).toBe("x".repeat(32767));
  });

  it("never cuts inside a surrogate pair, in Chinese either", () => {
    const cut = cutToCell("😀".repeat(20000), "zh");
    expect(cut.endsWith(ZH_NOTE)).toBe(true);
    expect(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/.test(cut)).toBe(false);
  });
});

describe("a cut cell's note follows its sheet's language in every writer", () => {
  const sheet = (language: "en" | "zh" | undefined): SheetSpec => ({
    name: "S",
    role: "statement",
    ...(language ? { language } : {}),
    cells: [
      { row: 1, col: 1, value: "x".repeat(40000) },
      { row: 2, col: 1, value: "y".repeat(40000), link: "#'S'!A1" },
    ],
  });
  /** The sheet's XML and its shared strings (ExcelJS keeps text there), where the cut text is. */
  const sheetXml = (bytes: Uint8Array) => {
    const parts = unzipSync(bytes);
    return ["xl/worksheets/sheet1.xml", "xl/sharedStrings.xml"].map((part) => (parts[part] ? strFromU8(parts[part]) : "")).join("");
  };
  const writers: [string, (specs: SheetSpec[]) => Promise<Uint8Array>][] = [
    ["ExcelJS", (specs) => writeSpecsToBytes(specs)],
    ["ExcelJS streaming", (specs) => writeSpecsStreaming(specs)],
    ["package", (specs) => writeSpecsPackage(specs)],
  ];

  it.each(writers)("%s: Chinese note in a Chinese sheet, English in an English or unmarked one", async (_name, write) => {
    const zh = sheetXml(await write([sheet("zh")]));
    expect(zh).toContain(ZH_NOTE);
    expect(zh).not.toContain("cut by AR Desk");
    for (const language of ["en", undefined] as const) {
      const en = sheetXml(await write([sheet(language)]));
      expect(en).toContain(EN_NOTE);
      expect(en).not.toContain("截断");
    }
  });

  it("Office planner: the Chinese note in a Chinese sheet", () => {
    const values = planSheet(sheet("zh")).flatMap((p) => (p.op.kind === "cells" ? p.op.values.flat() : []));
    expect(values).toContain("x".repeat(32767 - ZH_NOTE.length) + ZH_NOTE);
    expect(planSheet(sheet(undefined)).flatMap((p) => (p.op.kind === "cells" ? p.op.values.flat() : []))).toContain("x".repeat(32767 - EN_NOTE.length) + EN_NOTE);
  });
});
