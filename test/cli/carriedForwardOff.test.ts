/**
 * A sheet per month whose 上月结转 is not last month's closing 余额: every output's last line says
 * so as what it is (both sheets, both amounts), not as a total that differs from its rows, en + zh,
 * with the exit codes of a total that is off (check 1, report 4). Figures by hand in the comments.
 */
import * as path from "node:path";
import { d, writeLedger } from "./_lib/ledgerFixture";
import { assertBuilt, cli, tempDir, type CliResult } from "./_lib/runCli";

let check: CliResult;
let checkZh: CliResult;
let report: CliResult;

beforeAll(async () => {
  assertBuilt();
  const dir = tempDir("carry-off");
  const headers = ["日期", "客户", "凭证号", "摘要", "借方", "贷方", "余额"];
  await writeLedger(path.join(dir, "months.xlsx"), {
    blocks: [
      // September closes 甲公司 at 500 + 1,000 − 800 = 700.00 …
      { sheet: "9月", headers, rows: [
        [d("2026-09-01"), "甲公司", null, "上月结转", null, null, 500],
        [d("2026-09-02"), "甲公司", "记-01", "销售", 1000, null, 1500],
        [d("2026-09-20"), "甲公司", "记-02", "收款", null, 800, 700],
      ] },
      // … but October carries 900.00.
      { sheet: "10月", headers, rows: [
        [d("2026-10-01"), "甲公司", null, "上月结转", null, null, 900],
        [d("2026-10-12"), "甲公司", "记-03", "销售", 300, null, 1200],
      ] },
    ],
  });
  check = cli(["check", "months.xlsx"], dir);
  checkZh = cli(["check", "months.xlsx", "--lang", "zh"], dir);
  report = cli(["report", "months.xlsx", "--as-of", "2026-10-31"], dir);
});

test("check names both sheets and amounts on its last line and exits 1 (en)", () => {
  const last = check.stdout.trimEnd().split("\n").pop();
  expect(last).toBe("CARRIED FORWARD OFF: on sheet \"10月\" 甲公司's carried-forward balance (上月结转) is CNY 900.00, but last month's sheet \"9月\" closes at CNY 700.00; the rows are counted as they stand: see the issues listed above.");
  expect(check.stdout).not.toContain("TOTALS OFF");
  expect(check.code).toBe(1);
});

test("says the same in Chinese", () => {
  expect(checkZh.stdout).toContain("结转不符：工作表“10月”中甲公司的上月结转为 CNY 900.00，而上月工作表“9月”的期末余额为 CNY 700.00；以上数字按各行实际金额计算");
  expect(checkZh.stdout).not.toContain("合计不符");
  expect(checkZh.code).toBe(1);
});

test("report ends with it too and exits 4", () => {
  expect(report.stdout).toContain("CARRIED FORWARD OFF: on sheet \"10月\"");
  expect(report.code).toBe(4);
});
