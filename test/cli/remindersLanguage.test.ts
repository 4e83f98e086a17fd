/**
 * `ar-desk reminders --lang zh` writes the Reminders sheet in Chinese (title, headers, channel,
 * the call list), under the same sheet and table names; `log-call` afterwards still works on the
 * Chinese dunning log, in either language. The ledger is the tiny one (ledgerFixture.ts) plus
 * C004 (email, INV-4001 due 2026-10-25: Reminder 2 on 2026-11-10, whose policy action is phone)
 * and C005 (no email, INV-5001 due 2026-10-10: Final notice, a printable letter).
 */
import { readdirSync } from "node:fs";
import * as path from "node:path";
import { d, tinyLedger, writeLedger } from "./_lib/ledgerFixture";
import { assertBuilt, cli, readXlsx, tableRows, tempDir, type CliResult } from "./_lib/runCli";

const EXTRA = {
  customers: [
    ["C004", "Gamma GmbH", "ap@gamma.example", null, "USD", "en"],
    ["C005", "Post Only Ltd", null, null, "USD", "en"],
  ],
  invoices: [
    ["INV-4001", "C004", d("2026-09-25"), d("2026-10-25"), 400],
    ["INV-5001", "C005", d("2026-09-10"), d("2026-10-10"), 600],
  ],
};

let dir: string;
const runs: Record<"zh" | "callZh" | "callEn", CliResult> = {} as never;
let drafts: Record<string, unknown>[];
let calls: Record<string, unknown>[];
let title: unknown;
let log: Record<string, unknown>[];

beforeAll(async () => {
  assertBuilt();
  dir = tempDir("reminders-language");
  await writeLedger(path.join(dir, "ledger.xlsx"), tinyLedger(EXTRA));
  runs.zh = cli(["reminders", "ledger.xlsx", "--as-of", "2026-11-10", "--out-dir", "zh", "--lang", "zh"], dir);
  const wb = await readXlsx(path.join(dir, "zh", "reminders.xlsx"));
  title = wb.getWorksheet("Reminders")?.getCell("A1").value;
  drafts = tableRows(wb, "Reminders", "ReminderDrafts");
  calls = tableRows(wb, "Reminders", "CallList");
  runs.callZh = cli(["log-call", "ledger.xlsx", "--customer", "C004", "--as-of", "2026-11-11", "--lang", "zh"], dir);
  runs.callEn = cli(["log-call", "ledger.xlsx", "--customer", "C004", "--as-of", "2026-11-12", "--visit", "--lang", "en"], dir);
  log = tableRows(await readXlsx(path.join(dir, "ledger-dunning-log.xlsx")), "Dunning log", "DunningLog");
}, 120_000);

test("reminders --lang zh: the Reminders sheet's title, headers and channels in Chinese, names unchanged", () => {
  expect(runs.zh.code).toBe(0);
  expect(title).toBe("催款提醒");
  expect(Object.keys(drafts[0])).toEqual(["客户编号", "客户名称", "邮箱", "语言", "催款阶段", "币种", "逾期金额", "费用", "利息", "应付合计", "发票数", "草稿", "方式", "发送"]);
  const byCustomer = new Map(drafts.map((r) => [r["客户编号"], r]));
  expect([byCustomer.get("C004")?.["方式"], byCustomer.get("C004")?.["催款阶段"]]).toEqual(["邮件", "第二次提醒"]);
  expect(byCustomer.get("C005")?.["方式"]).toBe("信函");
  expect(calls.map((r) => [r["客户编号"], r["措施"], r["逾期金额"]])).toEqual([["C004", "电话", 400]]);
});

test("log-call after a Chinese run reads the Chinese dunning log, whatever the language of the call", () => {
  expect([runs.callZh.code, runs.callZh.stderr]).toEqual([0, ""]);
  expect([runs.callEn.code, runs.callEn.stderr]).toEqual([0, ""]);
  expect(runs.callEn.stdout).toContain("Visit to C004 Gamma GmbH (Reminder 2) on 2026-11-12 logged: 1 new entry");
  // Both calls are in the log beside the reminders written before them.
  const c004 = log.filter((r) => r["客户编号"] === "C004" || r.CustomerID === "C004");
  expect(c004.map((r) => r["方式"] ?? r.Channel)).toEqual(["email", "phone", "visit"]);
});

test("reminders --lang zh: the clerk's words in Chinese: language names, Send text, draft file names, the letter's tab", async () => {
  const byCustomer = new Map(drafts.map((r) => [r["客户编号"], r]));
  const c004 = byCustomer.get("C004")!;
  expect(c004["语言"]).toBe("英文");
  expect(c004["草稿"]).toBe("C004 Gamma GmbH - 第二次提醒.eml");
  expect(readdirSync(path.join(dir, "zh")).filter((f) => f.endsWith(".eml"))).toContain("C004 Gamma GmbH - 第二次提醒.eml");
  expect(c004["发送"]).toBe("发送邮件");
  expect(byCustomer.get("C005")?.["草稿"]).toBe("信函 C005 Post Only Ltd");
  const letters = await readXlsx(path.join(dir, "zh", "letters.xlsx"));
  expect(letters.worksheets.map((ws) => ws.name)).toEqual(["信函 C005 Post Only Ltd"]);
});

test("statements --lang zh: the Index sheet in Chinese under its own name; each statement in its customer's language", async () => {
  const run = cli(["statements", "ledger.xlsx", "--month", "2026-10", "--out", "st-zh.xlsx", "--lang", "zh"], dir);
  expect(run.code).toBe(0);
  const wb = await readXlsx(path.join(dir, "st-zh.xlsx"));
  const index = wb.getWorksheet("Index")!;
  expect(index.getCell("A1").value).toBe("对账单 2026-10");
  const rows = tableRows(wb, "Index", "StatementIndex");
  expect(Object.keys(rows[0]).slice(0, 8)).toEqual(["客户编号", "客户名称", "币种", "期初余额", "本期开票", "本期收款", "贷项", "期末余额"]);
  // C004 is an English customer: its statement stays English.
  const c004 = wb.worksheets.find((ws) => ws.name.startsWith("C004"))!;
  expect(JSON.stringify(c004.getSheetValues())).toContain("Statement of account");
});
