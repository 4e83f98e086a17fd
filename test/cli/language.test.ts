/**
 * `ar-desk` speaks the user's language: `--lang zh` or a Chinese locale (LANG=zh_CN.UTF-8) gives
 * Chinese, LANG=C English; `--lang` wins over the locale. The exit codes do not depend on it.
 * The ledger is the tiny one (ledgerFixture.ts) plus one invoice whose date cannot be read:
 * INV-9 (C001, USD 1,500.00) on worksheet row 8 (header on row 1, six invoices before it).
 */
import { readFileSync } from "node:fs";
import * as path from "node:path";
import { strFromU8, unzipSync } from "fflate";
import { d, tinyLedger, writeLedger } from "./_lib/ledgerFixture";
import { assertBuilt, cliAsync, readXlsx, tableRows, tempDir, type CliResult } from "./_lib/runCli";

const ZH = { LANG: "zh_CN.UTF-8" };

/** name → [command line, locale] */
const RUNS = {
  checkZh: [["check", "ledger.xlsx", "--lang", "zh"], {}],
  checkLangZh: [["check", "ledger.xlsx"], ZH],
  checkC: [["check", "ledger.xlsx"], { LANG: "C" }],
  checkForcedEn: [["check", "ledger.xlsx", "--lang", "en"], ZH],
  checkLcAllC: [["check", "ledger.xlsx"], { LANG: "zh_CN.UTF-8", LC_ALL: "C" }],
  reportZh: [["report", "ledger.xlsx", "--as-of", "2026-10-31", "--lang", "zh"], {}],
  reportLangZh: [["report", "ledger.xlsx", "--as-of", "2026-10-31"], ZH],
  reportC: [["report", "ledger.xlsx", "--as-of", "2026-10-31"], { LANG: "C" }],
  reportOutZh: [["report", "ledger.xlsx", "--as-of", "2026-10-31", "--lang", "zh", "--out", "summary-zh.xlsx"], {}],
  reportOutC: [["report", "ledger.xlsx", "--as-of", "2026-10-31", "--out", "summary-c.xlsx"], { LANG: "C" }],
  statementsZh: [["statements", "ledger.xlsx", "--month", "2026-10", "--lang", "zh", "--out", "statements-zh.xlsx"], {}],
  statementsLangZh: [["statements", "ledger.xlsx", "--month", "2026-10", "--out", "statements-lang-zh.xlsx"], ZH],
  statementsC: [["statements", "ledger.xlsx", "--month", "2026-10", "--out", "statements-c.xlsx"], { LANG: "C" }],
  missingZh: [["check", "missing.xlsx", "--lang", "zh"], {}],
  missingLangZh: [["check", "missing.xlsx"], ZH],
  missingC: [["check", "missing.xlsx"], { LANG: "C" }],
  badMonthZh: [["statements", "ledger.xlsx", "--month", "2026-13"], ZH],
  unknownOptionZh: [["check", "ledger.xlsx", "--bogus", "--lang", "zh"], {}],
  noValueZh: [["statements", "ledger.xlsx", "--month"], ZH],
  noValueC: [["statements", "ledger.xlsx", "--month"], { LANG: "C" }],
  badLang: [["check", "ledger.xlsx", "--lang", "fr"], { LANG: "C" }],
  helpZh: [["--help"], ZH],
  checkHelpZh: [["check", "--help", "--lang", "zh"], {}],
} satisfies Record<string, [string[], Record<string, string>]>;

const runs = {} as Record<keyof typeof RUNS, CliResult>;
let dir: string;

beforeAll(async () => {
  assertBuilt();
  dir = tempDir("language");
  await writeLedger(path.join(dir, "ledger.xlsx"), tinyLedger({ invoices: [["INV-9", "C001", "someday", d("2026-10-01"), 1500]] }));
  const names = Object.keys(RUNS) as (keyof typeof RUNS)[];
  // Four at a time, each in its own locale.
  const results: CliResult[] = [];
  for (let i = 0; i < names.length; i += 4) {
    results.push(...(await Promise.all(names.slice(i, i + 4).map((name) => cliAsync(RUNS[name][0], dir, RUNS[name][1])))));
  }
  names.forEach((name, i) => (runs[name] = results[i]));
}, 120_000);

/** Terminal columns of a line: CJK ideographs and full-width punctuation take two. */
const columns = (text: string) => [...text].reduce((n, ch) => n + (/[\u3000-\u30ff\u3400-\u9fff\uff00-\uff60]/.test(ch) ? 2 : 1), 0);

/** The terminal column where each cell of a table line ends (cells are two or more spaces apart). */
const cellEnds = (line: string) => [...line.matchAll(/\S+(?: \S+)*/g)].map((m) => columns(line.slice(0, m.index! + m[0].length)));

describe("check", () => {
  const chinese = [
    "发票：工作表“Invoices”上的表 Invoices，表头在第 1 行",
    "  发票号 ← A 列“InvoiceNo”",
    "已读入 3 位客户、6 张发票、3 笔收款。",
    "错误 工作表“Invoices”第 8 行，InvoiceDate“someday”：开票日期不是日期：该行未读入",
    "未读入：1 行有金额的数据（USD 1,500.00）未计入以上合计：原因见上文所列问题。",
  ];

  it.each(["checkZh", "checkLangZh"] as const)("%s: in Chinese, the data issue in the core's Chinese words", (name) => {
    const run = runs[name];
    expect(run.code).toBe(1);
    expect(run.stderr).toBe("");
    for (const line of chinese) expect(run.stdout).toContain(line);
    expect(run.stdout).not.toMatch(/\b(error|row|read|not found|rows)\b/);
  });

  it.each(["checkC", "checkForcedEn", "checkLcAllC"] as const)("%s: in English", (name) => {
    const run = runs[name];
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("3 customers, 6 invoices, 3 payments read.");
    expect(run.stdout).toContain('error   Invoices row 8, InvoiceDate "someday": InvoiceDate is not a date: row not read');
    expect(run.stdout).toContain("NOT READ: 1 row with money (USD 1,500.00) is left out of these totals: see the issues listed above.");
    expect(run.stdout).not.toMatch(/[\u4e00-\u9fff]{2}：/);
  });
});

describe("report", () => {
  it.each(["reportZh", "reportLangZh"] as const)("%s: Chinese headers, stages and footer, aligned; exit 4 as in English", (name) => {
    const run = runs[name];
    expect(run.code).toBe(4);
    expect(runs.reportC.code).toBe(4);
    const lines = run.stdout.split("\n");
    expect(lines[0]).toBe("应收账款汇总（截至 2026-10-31）");
    const header = lines[2];
    expect(header.split(/\s{2,}/)).toEqual(["客户编号", "客户名称", "币种", "未到期", "1-30天", "31-60天", "61-90天", "90天以上", "余额", "逾期", "信用额度", "可用额度", "催款阶段", "评级"]);
    const rows = ["C001", "C002", "C003"].map((id) => lines.find((l) => l.startsWith(id))!);
    // By hand (ledgerFixture.ts): C001 1,550.00 (overdue 1,300.00), C002 7,000.00 (overdue 5,000.00), C003 nothing open.
    expect(rows.map((row) => row.split(/\s{2,}/).slice(8, 10))).toEqual([["1,550.00", "1,300.00"], ["7,000.00", "5,000.00"], ["0.00", "0.00"]]);
    expect(rows[1].split(/\s{2,}/)[1]).toBe("北京华夏贸易有限公司");
    // Right-aligned money: every figure ends where its header ends, in terminal columns, after a Chinese name too.
    for (const row of rows) expect(cellEnds(row).slice(3, 12)).toEqual(cellEnds(header).slice(3, 12));
    expect(run.stdout).toContain("合计");
    expect(run.stdout).toContain("周转天数");
    expect(lines.filter((l) => l !== "").slice(-2)).toEqual([
      // report writes no Data issues sheet: it points to check alone.
      "1 个数据错误（相关行未使用），0 个警告：运行 'ar-desk check' 查看。",
      "未读入：1 行有金额的数据（USD 1,500.00）未计入以上合计：运行 'ar-desk check' 查看原因。",
    ]);
  });

  it("LANG=C: English headers and footer", () => {
    const run = runs.reportC;
    expect(run.stdout.split("\n")[0]).toBe("AR summary as of 2026-10-31");
    expect(run.stdout.split("\n")[2].split(/\s{2,}/).slice(0, 4)).toEqual(["CustomerID", "Customer", "Ccy", "Current"]);
    expect(run.stdout.trim().split("\n").slice(-1)[0]).toBe("NOT READ: 1 row with money (USD 1,500.00) is left out of these totals: run 'ar-desk check' to see why.");
  });
});

describe("statements: the Data issues sheet in the run's language", () => {
  // INV-9's date "someday" on worksheet row 8, column C (InvoiceDate): the one data issue.
  it.each(["statementsZh", "statementsLangZh"] as const)("%s: Chinese headers, severity and reason", async (name) => {
    expect(runs[name].code).toBe(4);
    const wb = await readXlsx(path.join(dir, name === "statementsZh" ? "statements-zh.xlsx" : "statements-lang-zh.xlsx"));
    expect(wb.getWorksheet("Data issues")?.getCell("A1").value).toBe("数据问题");
    expect(tableRows(wb, "Data issues", "DataIssues")).toEqual([
      { 级别: "错误", 工作表: "Invoices", 行: 8, 列: "InvoiceDate", 值: "someday", 原因: "开票日期不是日期：该行未读入", 单元格: "C8" },
    ]);
  });

  it("LANG=C: in English", async () => {
    expect(runs.statementsC.code).toBe(4);
    const wb = await readXlsx(path.join(dir, "statements-c.xlsx"));
    expect(wb.getWorksheet("Data issues")?.getCell("A1").value).toBe("Data issues");
    expect(tableRows(wb, "Data issues", "DataIssues")).toEqual([
      { Severity: "error", Sheet: "Invoices", Row: 8, Column: "InvoiceDate", Value: "someday", Reason: "InvoiceDate is not a date: row not read", Cell: "C8" },
    ]);
  });
});

describe("report --out: the AR Summary sheet in the run's language", () => {
  /** The standard stage names in Chinese, written here by hand. */
  const STAGE_ZH: Record<string, string> = { None: "无", Upcoming: "即将到期", "Reminder 1": "第一次提醒", "Reminder 2": "第二次提醒", "Final notice": "最后通知", Collections: "催收" };
  const zhHeaders = ["客户编号", "客户名称", "币种", "未到期", "1-30天", "31-60天", "61-90天", "90天以上", "余额", "逾期", "信用额度", "可用额度", "催款阶段", "坏账准备", "平均逾期天数", "逾期付款占比", "评级"];
  const enHeaders = ["CustomerID", "Customer", "Currency", "Current", "1-30", "31-60", "61-90", "90+", "Balance", "Overdue", "Credit limit", "Available credit", "Stage", "Provision", "Avg days late", "Paid late", "Grade"];

  it("--lang zh: Chinese title, headers, stages and not-read line; same sheet and table names, same figures", async () => {
    expect(runs.reportOutZh).toMatchObject({ code: 4, stderr: "" });
    expect(runs.reportOutC).toMatchObject({ code: 4, stderr: "" });
    const zh = await readXlsx(path.join(dir, "summary-zh.xlsx"));
    const en = await readXlsx(path.join(dir, "summary-c.xlsx"));
    expect(zh.worksheets.map((ws) => ws.name)).toEqual(["AR Summary"]);
    const ws = zh.getWorksheet("AR Summary")!;
    expect(ws.getCell("A1").value).toBe("应收账款汇总");
    expect(ws.getCell("A2").value).toBe("截至 2026年10月31日。所有合计均按币种分列：不同币种从不相加。");
    expect(ws.getCell("A4").value).toBe("未读入：1 行有金额的数据（USD 1,500.00）未计入以上合计：ar-desk check 列出这些行（在 Excel 中见任务窗格的问题列表）。");
    const zhRows = tableRows(zh, "AR Summary", "ARSummary");
    const enRows = tableRows(en, "AR Summary", "ARSummary");
    expect(Object.keys(zhRows[0])).toEqual(zhHeaders);
    // By hand (ledgerFixture.ts): C001 1,550.00 (overdue 1,300.00), C002 7,000.00 (overdue 5,000.00).
    const byId = (id: string) => zhRows.find((r) => r["客户编号"] === id)!;
    expect([byId("C001")["余额"], byId("C001")["逾期"], byId("C002")["余额"], byId("C002")["逾期"]]).toEqual([1550, 1300, 7000, 5000]);
    expect(byId("C002")["客户名称"]).toBe("北京华夏贸易有限公司");
    // Column for column the English sheet's figures, the stage in its Chinese name.
    expect(zhRows).toHaveLength(enRows.length);
    enRows.forEach((row, i) => {
      const values = enHeaders.map((h) => row[h]);
      const stage = enHeaders.indexOf("Stage");
      expect(zhHeaders.map((h) => zhRows[i][h])).toEqual(values.map((v, c) => (c === stage ? STAGE_ZH[String(v)] : v === "n/a" ? "不适用" : v)));
    });
  });

  it("--lang zh: the bucket charts titled in Chinese, over the Chinese labels of the same cells", () => {
    const files = unzipSync(readFileSync(path.join(dir, "summary-zh.xlsx")));
    const xml = Object.keys(files).filter((p) => /^xl\/charts\/chart\d+\.xml$/.test(p)).map((p) => strFromU8(files[p]));
    expect(xml).toHaveLength(2);
    const usd = xml.find((x) => x.includes("<a:t>账龄 USD</a:t>"))!;
    expect(usd).toMatch(/<c:cat>.*<c:f>'AR Summary'!\$B\$\d+:\$F\$\d+<\/c:f>/);
    expect([.../<c:strCache>.*?<\/c:strCache>/g.exec(usd.slice(usd.indexOf("<c:cat>")))![0].matchAll(/<c:v>([^<]*)<\/c:v>/g)].map((m) => m[1])).toEqual(["未到期", "1-30天", "31-60天", "61-90天", "90天以上"]);
  });

  it("LANG=C: in English", async () => {
    const ws = (await readXlsx(path.join(dir, "summary-c.xlsx"))).getWorksheet("AR Summary")!;
    expect(ws.getCell("A1").value).toBe("AR Summary");
    expect(ws.getCell("A4").value).toBe("NOT READ: 1 row with money (USD 1,500.00) is left out of these totals: `ar-desk check` lists those rows (in Excel, the task pane's issue list does).");
    expect(Object.keys(tableRows(await readXlsx(path.join(dir, "summary-c.xlsx")), "AR Summary", "ARSummary")[0])).toEqual(enHeaders);
  });
});

describe("errors", () => {
  it.each(["missingZh", "missingLangZh"] as const)("%s: one Chinese line, exit 2", (name) => {
    expect(runs[name]).toEqual({ code: 2, stdout: "", stderr: "ar-desk: 文件不存在：missing.xlsx\n" });
  });

  it("LANG=C: the same in English, same exit code", () => {
    expect(runs.missingC).toEqual({ code: 2, stdout: "", stderr: "ar-desk: no such file: missing.xlsx\n" });
  });

  it("option mistakes in Chinese, even before --lang is read", () => {
    expect(runs.badMonthZh).toEqual({ code: 2, stdout: "", stderr: "ar-desk: --month “2026-13”不是月份：请使用 YYYY-MM 格式，例如 2026-10\n" });
    expect(runs.unknownOptionZh).toEqual({ code: 2, stdout: "", stderr: "ar-desk: 未知选项 '--bogus'。请参阅 'ar-desk --help'。\n" });
    expect(runs.noValueZh).toEqual({ code: 2, stdout: "", stderr: "ar-desk: 选项 --month 需要一个值。请参阅 'ar-desk --help'。\n" });
    expect(runs.noValueC).toEqual({ code: 2, stdout: "", stderr: "ar-desk: option --month needs a value. See 'ar-desk --help'.\n" });
  });

  it("a language it does not speak is refused, in the locale's language", () => {
    expect(runs.badLang).toEqual({ code: 2, stdout: "", stderr: 'ar-desk: --lang must be en or zh, not "fr"\n' });
  });
});

describe("help", () => {
  it("in Chinese, with --lang and the locale order", () => {
    expect(runs.helpZh.code).toBe(0);
    expect(runs.helpZh.stdout).toContain("用法：");
    expect(runs.helpZh.stdout).toContain("LC_ALL、LC_MESSAGES、LANG");
    expect(runs.checkHelpZh.code).toBe(0);
    expect(runs.checkHelpZh.stdout.startsWith("ar-desk check <台账.xlsx>")).toBe(true);
    expect(runs.checkHelpZh.stdout).toContain("--lang en|zh");
  });
});
