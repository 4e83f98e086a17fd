/**
 * `ar-desk check` counts the payments it read. On a sheet with paid dates, a Paid amount without
 * one is made a payment dated its invoice date (`undatedPaid`): those are not payments the clerk
 * recorded with a date, so the count words them apart, en and zh, and the dated count matches the
 * clerk's own count of dated receipts. Figures by hand in the comments.
 */
import * as path from "node:path";
import { d, writeLedger } from "./_lib/ledgerFixture";
import { assertBuilt, cli, tempDir, type CliResult } from "./_lib/runCli";

let en: CliResult;
let zh: CliResult;
let allDated: CliResult;

beforeAll(async () => {
  assertBuilt();
  const dir = tempDir("undated-paid-count");
  const headers = ["InvoiceNo", "CustomerID", "Customer", "InvoiceDate", "DueDate", "Amount", "Paid", "Paid date"];
  await writeLedger(path.join(dir, "mixed.xlsx"), {
    blocks: [{ sheet: "Invoices", headers, rows: [
      ["INV-1", "C1", "Acme Ltd", d("2026-08-01"), d("2026-08-31"), 1000, 1000, d("2026-09-02")], // dated: a payment
      ["INV-2", "C1", "Acme Ltd", d("2026-08-05"), d("2026-09-04"), 500, 200, d("2026-09-10")], // dated: a payment
      ["INV-3", "C1", "Acme Ltd", d("2026-09-01"), d("2026-10-01"), 800, 300, null], // no date: paid on its invoice date
      ["INV-4", "C2", "Brill GmbH", d("2026-09-03"), d("2026-10-03"), 400, 400, null], // no date: paid on its invoice date
      ["INV-5", "C2", "Brill GmbH", d("2026-09-20"), d("2026-10-20"), 700, null, null], // nothing paid
    ] }],
  });
  await writeLedger(path.join(dir, "dated.xlsx"), {
    blocks: [{ sheet: "Invoices", headers, rows: [
      ["INV-1", "C1", "Acme Ltd", d("2026-08-01"), d("2026-08-31"), 1000, 1000, d("2026-09-02")],
      ["INV-2", "C1", "Acme Ltd", d("2026-08-05"), d("2026-09-04"), 500, 200, d("2026-09-10")],
    ] }],
  });
  en = cli(["check", "mixed.xlsx"], dir);
  zh = cli(["check", "mixed.xlsx", "--lang", "zh"], dir);
  allDated = cli(["check", "dated.xlsx"], dir);
});

test("counts the dated payments, and the Paid amounts without a date apart (en)", () => {
  // INV-1 and INV-2 are dated payments (2); INV-3 and INV-4 are Paid amounts without a date (2); INV-5 paid nothing.
  expect(en.stdout).toContain("2 customers, 5 invoices, 2 payments read, and 2 Paid amounts without a payment date, taken as paid on their invoice dates.");
  expect(en.code).toBe(0);
});

test("says the same in Chinese", () => {
  expect(zh.stdout).toContain("已读入 2 位客户、5 张发票、2 笔收款，另有 2 个没有收款日期的已收金额，按开票日期收款计。");
});

test("keeps the plain count when every paid amount has its date", () => {
  expect(allDated.stdout).toContain("1 customer, 2 invoices, 2 payments read.");
});
