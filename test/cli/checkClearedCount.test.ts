/**
 * `ar-desk check` counts the payments it read; with 两清 / 核销 marks, the invoices cleared by mark
 * are paid by payments AR Desk makes for them (one per invoice), and the marked receipts are no
 * payments of their own. The count says so, en and zh, so a clerk counting the ledger's receipts
 * can match it. Figures by hand in the comments.
 */
import * as path from "node:path";
import { d, writeLedger } from "./_lib/ledgerFixture";
import { assertBuilt, cli, tempDir, type CliResult } from "./_lib/runCli";

let en: CliResult;
let zh: CliResult;
let plain: CliResult;

beforeAll(async () => {
  assertBuilt();
  const dir = tempDir("cleared-count");
  const headers = ["日期", "单据号", "客户编码", "客户名称", "借方", "贷方", "两清标志"];
  await writeLedger(path.join(dir, "两清.xlsx"), {
    blocks: [{ sheet: "往来明细", headers, rows: [
      [d("2026-07-05"), "FP-1", "01", "甲公司", 20000, null, null],
      [d("2026-09-03"), "FP-2", "01", "甲公司", 5000, null, "Y"], // cleared by mark …
      [d("2026-09-04"), "FP-3", "01", "甲公司", 3000, null, "Y"], // … with FP-2,
      [d("2026-10-08"), "SK-1", "01", "甲公司", null, 6000, "Y"], // by these two marked receipts
      [d("2026-10-09"), "SK-2", "01", "甲公司", null, 2000, "Y"], // (6,000 + 2,000 = 5,000 + 3,000)
      [d("2026-10-20"), "SK-3", "01", "甲公司", null, 4000, null], // an unmarked receipt: a payment as it stands
    ] }],
  });
  await writeLedger(path.join(dir, "plain.xlsx"), {
    blocks: [{ sheet: "往来明细", headers, rows: [
      [d("2026-07-05"), "FP-1", "01", "甲公司", 20000, null, null],
      [d("2026-10-20"), "SK-3", "01", "甲公司", null, 4000, null],
    ] }],
  });
  en = cli(["check", "两清.xlsx"], dir);
  zh = cli(["check", "两清.xlsx", "--lang", "zh"], dir);
  plain = cli(["check", "plain.xlsx"], dir);
});

test("says how many of the payments are invoices cleared by mark, and by how many marked receipts (en)", () => {
  // Payments: SK-3 as it stands, plus one for each of FP-2 and FP-3 cleared by mark = 3; SK-1 and SK-2 are not counted again.
  expect(en.stdout).toContain("1 customer, 3 invoices, 3 payments read (2 of them cleared by mark: the invoices marked in 两清标志, settled by the 2 receipts or credit notes marked with them, which are not counted again).");
  expect(en.code).toBe(0);
});

test("says the same in Chinese", () => {
  expect(zh.stdout).toContain("已读入 1 位客户、3 张发票、3 笔收款（其中 2 笔为两清冲抵：“两清标志”中标为两清/已核销的发票，由同样标记的 2 笔收款或红字发票冲抵，这些不再另计）。");
});

test("keeps the plain count when no row is cleared by mark", () => {
  expect(plain.stdout).toContain("1 customer, 1 invoice, 1 payment read.");
});
