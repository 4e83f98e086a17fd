import { summaryFromStatements, summarySheet, SUMMARY_TABLE } from "../../../src/workbook/layout/summarySheet";
import { provisionRatesFor, provisionRatesOf as ratesFor } from "../../../src/core/metrics";
import { DEFAULT_SETTINGS } from "../../../src/core/settings/defaults";
import { balanceForward, cellAt, customer, openItemZh, rowValues } from "./fixtures";

const labels = ["Current", "1-30", "31-60", "61-90", "90+"];

describe("summarySheet", () => {
  const statements = [
    balanceForward({ customer: customer({ creditLimit: { currency: "USD", minor: 80000 } }) }),
    openItemZh(),
    balanceForward({ customer: customer({ id: "C003", name: "Beta" }), aging: { labels, amounts: [0, 0, 0, 0, 20000] }, totalDue: 20000, overdue: 20000, stage: "Collections" }),
  ];
  const spec = summarySheet(summaryFromStatements(statements, { USD: 41.25 }), DEFAULT_SETTINGS, { chartsSupported: true });
  const table = spec.tables![0];

  it("writes one table row per customer and currency with aging, credit and provision", () => {
    expect(table.name).toBe(SUMMARY_TABLE);
    expect(table.headers).toEqual(["CustomerID", "Customer", "Currency", ...labels, "Balance", "Overdue", "Credit limit", "Available credit", "Stage", "Provision", "Avg days late", "Paid late", "Grade"]);
    // Provision: 1,000 × 1 % + 600 × 20 % = 10 + 120.
    expect(rowValues(spec, table.top + 1, 1, 14)).toEqual(["C001", "Acme Ltd", "USD", 1000, 0, 600, 0, 0, 1000, 600, 800, -200, "Final notice", 130]);
    expect(cellAt(spec, table.top + 1, 12)?.style?.color).toBe("C00000");
  });

  it("shows n/a, not zero or unlimited, when no credit limit is set", () => {
    expect(rowValues(spec, table.top + 2, 11, 12)).toEqual(["n/a", "n/a"]);
  });

  it("totals per currency, never adding currencies, with provision and DSO", () => {
    const heading = spec.cells.find((c) => c.value === "Totals by currency")!;
    const header = heading.row + 1;
    expect(rowValues(spec, header, 1, 10)).toEqual(["Currency", ...labels, "Balance", "Overdue", "Provision", "DSO (days)"]);
    expect(rowValues(spec, header + 1, 1, 10)).toEqual(["CNY", 500, 0, 8000, 0, 0, 8500, 8000, 1605, "n/a"]);
    expect(rowValues(spec, header + 2, 1, 10)).toEqual(["USD", 1000, 0, 600, 0, 200, 1200, 800, 330, 41.3]);
  });

  it("shows the provision per bucket with its rate", () => {
    const heading = spec.cells.find((c) => c.value === "Bad-debt provision by aging")!;
    expect(rowValues(spec, heading.row + 2, 1, 6)).toEqual(["Rate", 0.01, 0.05, 0.2, 0.5, 1]);
    expect(rowValues(spec, heading.row + 4, 1, 7)).toEqual(["USD", 10, 0, 120, 0, 200, 330]);
  });

  it("adds one column chart of the bucket totals per currency", () => {
    const header = spec.cells.find((c) => c.value === "Totals by currency")!.row + 1;
    expect(spec.charts).toHaveLength(2);
    expect(spec.charts![1]).toMatchObject({ kind: "column", seriesName: "USD", categoriesRange: `B${header}:F${header}`, valuesRange: `B${header + 2}:F${header + 2}` });
    expect(spec.cells.some((c) => typeof c.value === "string" && c.value.startsWith("Charts appear"))).toBe(false);
  });

  it("notes the missing chart only when the writer cannot write charts", () => {
    const noCharts = summarySheet(summaryFromStatements(statements), DEFAULT_SETTINGS, { chartsSupported: false });
    expect(cellAt(noCharts, 3, 1)?.value).toMatch(/^Charts appear/);
  });

  it("grades payment behaviour per customer, n/a without settled invoices", () => {
    const behaviour = new Map([["C001", { averageDaysLate: 4.25, shareLate: 0.25, paidCount: 8, grade: "B" }], ["C003", { averageDaysLate: 0, shareLate: 0, paidCount: 0 }]]);
    const graded = summarySheet({ ...summaryFromStatements(statements), behaviour }, DEFAULT_SETTINGS);
    const top = graded.tables![0].top;
    expect(rowValues(graded, top + 1, 15, 17)).toEqual([4.3, 0.25, "B"]);
    expect(rowValues(graded, top + 3, 15, 17)).toEqual(["n/a", "n/a", "n/a"]);
  });

  describe("in the clerk's language", () => {
    const unread = { rows: 1, rowsWithMoney: 1, byCurrency: { USD: 150000 }, unsummed: 0 };
    const zh = summarySheet({ ...summaryFromStatements(statements, { USD: 41.25 }), unread }, DEFAULT_SETTINGS, { chartsSupported: true, language: "zh" });
    const zhLabels = ["未到期", "1-30天", "31-60天", "61-90天", "90天以上"];

    it("titles, notes and the not-read line in Chinese; the sheet and its table keep their names", () => {
      expect(zh.name).toBe("AR Summary");
      expect(zh.tables![0].name).toBe(SUMMARY_TABLE);
      expect(cellAt(zh, 1, 1)?.value).toBe("应收账款汇总");
      expect(cellAt(zh, 2, 1)?.value).toBe("截至 2026年10月31日。所有合计均按币种分列：不同币种从不相加。");
      expect(cellAt(zh, 4, 1)?.value).toBe("未读入：1 行有金额的数据（USD 1,500.00）未计入以上合计：ar-desk check 列出这些行（在 Excel 中见任务窗格的问题列表）。");
      const noCharts = summarySheet(summaryFromStatements(statements), DEFAULT_SETTINGS, { chartsSupported: false, language: "zh" });
      expect(cellAt(noCharts, 3, 1)?.value).toBe("图表仅在 AR Desk 于 Excel 中写入本表时生成；本文件写入时未含图表。");
    });

    it("headers, aging labels, stage names and n/a in Chinese; the figures as in English", () => {
      const { headers, top } = zh.tables![0];
      expect(headers).toEqual(["客户编号", "客户名称", "币种", ...zhLabels, "余额", "逾期", "信用额度", "可用额度", "催款阶段", "坏账准备", "平均逾期天数", "逾期付款占比", "评级"]);
      // The header cells are the table's column names, as Excel requires.
      expect(rowValues(zh, top, 1, 17)).toEqual(headers);
      expect(rowValues(zh, top + 1, 1, 14)).toEqual(["C001", "Acme Ltd", "USD", 1000, 0, 600, 0, 0, 1000, 600, 800, -200, "最后通知", 130]);
      expect(rowValues(zh, top + 2, 11, 13)).toEqual(["不适用", "不适用", "最后通知"]);
      expect(rowValues(zh, top + 3, 13, 17)).toEqual(["催收", 200, "不适用", "不适用", "不适用"]);
    });

    it("totals, provision and the charts in Chinese, the charts reading the same cells", () => {
      const heading = zh.cells.find((c) => c.value === "按币种合计")!;
      const header = heading.row + 1;
      expect(rowValues(zh, header, 1, 10)).toEqual(["币种", ...zhLabels, "余额", "逾期", "坏账准备", "周转天数（DSO）"]);
      expect(rowValues(zh, header + 1, 1, 10)).toEqual(["CNY", 500, 0, 8000, 0, 0, 8500, 8000, 1605, "不适用"]);
      const provision = zh.cells.find((c) => c.value === "按账龄计提坏账准备")!;
      expect(rowValues(zh, provision.row + 1, 1, 7)).toEqual(["币种", ...zhLabels, "合计"]);
      expect(rowValues(zh, provision.row + 2, 1, 6)).toEqual(["计提比例", 0.01, 0.05, 0.2, 0.5, 1]);
      expect(zh.charts![1]).toMatchObject({ title: "账龄 USD", seriesName: "USD", categoriesRange: `B${header}:F${header}`, valuesRange: `B${header + 2}:F${header + 2}` });
    });

    it("English by default, word for word", () => {
      const en = summarySheet({ ...summaryFromStatements(statements, { USD: 41.25 }), unread }, DEFAULT_SETTINGS, { chartsSupported: true, language: "en" });
      expect(summarySheet({ ...summaryFromStatements(statements, { USD: 41.25 }), unread }, DEFAULT_SETTINGS, { chartsSupported: true })).toEqual(en);
      expect(cellAt(en, 1, 1)?.value).toBe("AR Summary");
      expect(cellAt(en, 2, 1)?.value).toBe("As of 2026-10-31. Every total is per currency: currencies are never added together.");
      expect(cellAt(en, 4, 1)?.value).toBe("NOT READ: 1 row with money (USD 1,500.00) is left out of these totals: `ar-desk check` lists those rows (in Excel, the task pane's issue list does).");
      expect(rowValues(en, en.tables![0].top + 3, 13, 13)).toEqual(["Collections"]);
      expect(en.charts![1].title).toBe("Aging USD");
    });
  });

  describe("edge cases", () => {
    it("uses the clerk's rates when there is one per bucket, else the engine's default rates, the oldest always 100 %", () => {
      expect(ratesFor(5, ["0.02", "0.05", "0.2", "0.5", "1"])).toEqual(["0.02", "0.05", "0.2", "0.5", "1"]);
      expect(ratesFor(7, ["0.01", "0.05", "0.2", "0.5", "1"])).toEqual(provisionRatesFor(7));
      expect(ratesFor(3, ["0.01", "0.05", "0.2", "0.5", "1"]).at(-1)).toBe("1");
    });
    it("writes an empty summary without failing", () => {
      const empty = summarySheet(summaryFromStatements([]), DEFAULT_SETTINGS);
      expect(empty.tables![0].rowCount).toBe(1);
      expect(empty.charts).toEqual([]);
    });
  });
});

describe("summarySheet for customers keyed by name", () => {
  it("leaves the CustomerID / 客户编号 cell blank and puts the name under Customer / 客户名称, in both languages", () => {
    const byName = customer({ id: "Bayside Club", name: "Bayside Club", keyedByName: true });
    const summary = summaryFromStatements([balanceForward(), balanceForward({ customer: byName, number: "ST-2026-10-N0badcafe" })]);
    for (const language of ["en", "zh"] as const) {
      const spec = summarySheet(summary, DEFAULT_SETTINGS, { language });
      const { top } = spec.tables![0];
      expect([language, rowValues(spec, top + 1, 1, 3), rowValues(spec, top + 2, 1, 3)]).toEqual([language, ["C001", "Acme Ltd", "USD"], [null, "Bayside Club", "USD"]]);
    }
  });
});

