// The report's terminal table: names cut by the columns they take on screen, and n/a said as the sheet says it.
import { summaryText } from "../../../src/cli/commands/report";
import { displayWidth } from "../../../src/core/text";
import { cliText } from "../../../src/cli/i18n";
import { summaryFromStatements } from "../../../src/workbook/layout/summarySheet";
import { balanceForward, customer } from "../../workbook/layout/fixtures";

// 20 Chinese characters = 40 terminal columns; 35 Latin letters = 35 columns.
const LONG_ZH = "深圳市华南精密电子科技股份有限公司第一分部";
const LONG_EN = "Northwind Traders International Ltd";
const summary = summaryFromStatements([
  balanceForward({ customer: customer({ id: "C001", name: LONG_ZH }) }),
  balanceForward({ customer: customer({ id: "C002", name: LONG_EN }) }),
  balanceForward({ customer: customer({ id: "C003", name: "Beta" }) }),
]);

/** The table's customer lines (they hold the customer ids). */
const customerLines = (text: string): string[] => text.split("\n").filter((line) => /^C00\d /.test(line));

/** Terminal column where `needle` starts on `line`. */
const columnOf = (line: string, needle: string): number => displayWidth(line.slice(0, line.indexOf(needle)));

describe("summaryText", () => {
  it.each(["en", "zh"] as const)("cuts customer names at 28 terminal columns, so the currency column stays aligned (%s)", (language) => {
    const lines = customerLines(summaryText(summary, cliText(language)));
    expect(lines).toHaveLength(3);
    // by hand: 13 Chinese characters (26 columns) and the "…" fit in 28 (a 14th would need 29); 27 letters and the "…" likewise
    expect(lines[0]).toContain("深圳市华南精密电子科技股份…");
    expect(lines[0]).not.toContain("股份有");
    expect(lines[1]).toContain("Northwind Traders Internati…");
    const currencyColumns = lines.map((line) => columnOf(line, " USD ") + 1);
    expect(new Set(currencyColumns).size).toBe(1);
    // the id column (its header is the widest: CustomerID 10 columns, 客户编号 8) + 2 spaces + 28 + 2 spaces
    expect(currencyColumns[0]).toBe((language === "zh" ? 8 : 10) + 2 + 28 + 2);
  });

  it("says not applicable with the AR Summary sheet's word (不适用) in Chinese, n/a in English", () => {
    const zh = customerLines(summaryText(summary, cliText("zh")))[2];
    const en = customerLines(summaryText(summary, cliText("en")))[2];
    expect(zh).toContain("不适用");
    expect(zh).not.toMatch(/ 无( |$)/);
    expect(en).toContain("n/a");
  });
});

describe("summaryText for a customer keyed by name", () => {
  it.each(["en", "zh"] as const)("leaves the id column blank and shows the name once (%s)", (language) => {
    const byName = summaryFromStatements([balanceForward({ customer: customer({ id: "Bayside Club", name: "Bayside Club", keyedByName: true }) })]);
    const line = summaryText(byName, cliText(language)).split("\n").find((l) => l.includes("Bayside Club"))!;
    // The name starts after the blank id column (as wide as its header) and 2 spaces; it is not repeated.
    expect(columnOf(line, "Bayside Club")).toBe((language === "zh" ? 8 : 10) + 2);
    expect(line.split("Bayside Club")).toHaveLength(2);
  });
});

