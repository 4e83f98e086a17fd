import fc from "fast-check";
import { INDEX_TABLE, indexHeaders } from "../../../src/workbook/layout/indexSheet";
import { layoutStatements } from "../../../src/workbook/layout/layoutStatements";
import { isValidSheetName } from "../../../src/workbook/layout/sheetNames";
import type { Statement } from "../../../src/core/statements";
import { balanceForward, cellAt, customer, openItemZh, rowValues, settings } from "./fixtures";

const labels = ["Current", "1-30", "31-60", "61-90", "90+"];

describe("layoutStatements", () => {
  const statements: Statement[] = [
    balanceForward(),
    openItemZh(),
    // Same customer, a second currency: named with a currency suffix.
    openItemZh({ currency: "USD", number: "ST-2026-10-C002-USD", totalDue: 1234, overdue: 0, aging: { labels, amounts: [1234, 0, 0, 0, 0] } }),
  ];
  const specs = layoutStatements(statements, settings, { taken: ["Customers", "Invoices"] });

  it("returns the index first, then one sheet per statement", () => {
    expect(specs.map((s) => [s.name, s.role])).toEqual([
      ["Index", "index"],
      ["C001 Acme Ltd", "statement"],
      ["C002 上海某某贸易有限公司", "statement"],
      ["C002 上海某某贸易有限公司 USD", "statement"],
    ]);
  });

  it("writes the StatementIndex table with the contract's columns", () => {
    const index = specs[0];
    const table = index.tables?.[0];
    expect(table).toMatchObject({ name: INDEX_TABLE, left: 1, rowCount: 3 });
    expect(table?.headers).toEqual(["CustomerID", "Customer", "Currency", "Opening", "Invoiced", "Paid", "Credits", "Closing", ...labels, "Overdue", "Stage", "Sheet"]);
    expect(rowValues(index, table!.top, 1, table!.headers.length)).toEqual(table?.headers);
  });

  it("puts each statement's totals in the index", () => {
    const index = specs[0];
    const top = index.tables![0].top;
    expect(rowValues(index, top + 1, 1, 16)).toEqual(["C001", "Acme Ltd", "USD", 500, 1000, 400, 100, 1000, 1000, 0, 600, 0, 0, 600, "Final notice", "C001 Acme Ltd"]);
    // Open-item statements have no opening/movements: blank, closing = total due.
    expect(rowValues(index, top + 2, 1, 16)).toEqual(["C002", "上海某某贸易有限公司", "CNY", null, null, null, null, 8500, 500, 0, 8000, 0, 0, 8000, "Final notice", "C002 上海某某贸易有限公司"]);
  });

  it("links each row to its statement sheet", () => {
    const index = specs[0];
    const top = index.tables![0].top;
    expect(cellAt(index, top + 1, 16)?.link).toBe("#'C001 Acme Ltd'!A1");
    expect(cellAt(index, top + 3, 16)).toMatchObject({ value: "C002 上海某某贸易有限公司 USD", link: "#'C002 上海某某贸易有限公司 USD'!A1" });
  });

  it("totals per currency below the table, never adding currencies", () => {
    const index = specs[0];
    const heading = index.cells.find((c) => c.value === "Totals by currency")!;
    const rows = [heading.row + 2, heading.row + 3].map((r) => [cellAt(index, r, 3)?.value, cellAt(index, r, 8)?.value]);
    expect(rows).toEqual([["CNY", 8500], ["USD", 1000 + 12.34]]);
  });

  it("is print-ready", () => {
    expect(specs[0].print).toMatchObject({ fitToWidth: true, landscape: true });
    expect(specs.every((s) => s.print?.area && s.print.fitToWidth)).toBe(true);
  });

  describe("edge cases", () => {
    it("doubles apostrophes in links and avoids the clerk's and generated sheet names", () => {
      const specs2 = layoutStatements(
        [balanceForward({ customer: customer({ id: "Index", name: "" }) }), balanceForward({ customer: customer({ id: "O'Brien", name: "" }) })],
        settings,
        { taken: ["O'Brien"] },
      );
      expect(specs2.map((s) => s.name)).toEqual(["Index", "Index (2)", "O'Brien (2)"]);
      const top = specs2[0].tables![0].top;
      expect(cellAt(specs2[0], top + 2, indexHeaders(labels).length)?.link).toBe("#'O''Brien (2)'!A1");
    });

    it("writes an index with one blank table row when there are no statements", () => {
      const [index] = layoutStatements([], settings);
      expect(index.tables?.[0]).toMatchObject({ rowCount: 1, headers: indexHeaders([]) });
    });

    it("gives every statement a valid, unique sheet name (property)", () => {
      const alphabet = fc.constantFrom(..."aZ0 -'[]:*?/\\上海贸易公司".split(""), "😀", "History");
      const text = fc.array(alphabet, { maxLength: 40 }).map((c) => c.join(""));
      fc.assert(
        fc.property(fc.array(fc.record({ id: text, name: text, ccy: fc.constantFrom("USD", "CNY") }), { maxLength: 25 }), (rows) => {
          const list = rows.map((r) => balanceForward({ customer: customer({ id: r.id, name: r.name }), currency: r.ccy }));
          const names = layoutStatements(list, settings, { taken: ["Customers"] }).map((s) => s.name);
          expect(names.every(isValidSheetName)).toBe(true);
          expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(names.length);
          expect(names.map((n) => n.toLowerCase())).not.toContain("customers");
        }),
        { numRuns: 100 },
      );
    });
  });
});

describe("the Index sheet in the clerk's language", () => {
  const statements: Statement[] = [balanceForward(), openItemZh()];
  const [zh] = layoutStatements(statements, settings, { language: "zh" });
  const [en] = layoutStatements(statements, settings);
  const table = zh.tables![0];

  it("writes title, note, headers, aging labels, stages and totals in Chinese, sheet and table names unchanged", () => {
    expect([zh.name, table.name]).toEqual(["Index", INDEX_TABLE]);
    expect(cellAt(zh, 1, 1)?.value).toBe("对账单 2026-10");
    expect(cellAt(zh, 2, 1)?.value).toBe("截至 2026年10月31日。每份对账单一行；点击工作表名称即可打开。金额均为该行的币种。");
    expect(table.headers).toEqual([
      "客户编号", "客户名称", "币种", "期初余额", "本期开票", "本期收款", "贷项", "期末余额", "未到期", "1-30天", "31-60天", "61-90天", "90天以上", "逾期金额", "催款阶段", "工作表",
    ]);
    expect(rowValues(zh, table.top, 1, 16)).toEqual(table.headers);
    expect([cellAt(zh, table.top + 1, 15)?.value, cellAt(zh, table.top + 2, 15)?.value]).toEqual(["最后通知", "最后通知"]);
    const heading = zh.cells.find((c) => c.value === "按币种合计")!;
    expect(rowValues(zh, heading.row + 1, 3, 3)).toEqual(["币种"]);
    expect(rowValues(zh, heading.row + 1, 8, 14)).toEqual(["期末余额", "未到期", "1-30天", "31-60天", "61-90天", "90天以上", "逾期金额"]);
    expect(zh.language).toBe("zh");
  });

  it("leaves no English word of its own in the Chinese sheet (customers' names and sheet names are theirs)", () => {
    const own = zh.cells.filter((c) => c.col !== 2 && c.col !== 16 && typeof c.value === "string").map((c) => c.value as string);
    expect(own.filter((v) => /[A-Za-z]{3,}/.test(v) && !/^[A-Z]{3}$/.test(v) && !/^C00\d$/.test(v))).toEqual([]);
  });

  it("is the same figures and links in both languages; English by default", () => {
    const figures = (spec: typeof zh) => spec.cells.filter((c) => typeof c.value !== "string" || c.link).map((c) => [c.row, c.col, c.value, c.link]);
    expect(figures(zh)).toEqual(figures(en));
    expect(layoutStatements(statements, settings, { language: "en" })[0]).toEqual(en);
    expect(cellAt(en, 1, 1)?.value).toBe("Statements 2026-10");
  });

  it("says there are no statements in Chinese", () => {
    expect(cellAt(layoutStatements([], settings, { language: "zh" })[0], 2, 1)?.value).toBe("本期没有客户有未结款项或往来记录：未生成对账单。");
  });
});

describe("the Index sheet for customers keyed by name (a ledger with no customer numbers)", () => {
  const byName = customer({ id: "上海明远贸易有限公司", name: "上海明远贸易有限公司", keyedByName: true });
  const statements: Statement[] = [balanceForward(), openItemZh({ customer: byName, number: "ST-2026-10-N1a2b3c4d" })];

  it("leaves the CustomerID / 客户编号 cell blank and puts the name under Customer / 客户名称, in both languages", () => {
    for (const language of ["en", "zh"] as const) {
      const [index] = layoutStatements(statements, settings, { language });
      const { top } = index.tables![0];
      // A customer with a number keeps it; the name-keyed one has none to show.
      expect([language, rowValues(index, top + 1, 1, 2), rowValues(index, top + 2, 1, 2)]).toEqual([language, ["C001", "Acme Ltd"], [null, "上海明远贸易有限公司"]]);
    }
  });
});

