/**
 * Real ledger shapes through the CLI (DESIGN §2 "Ledgers as clerks keep them"): a one-sheet
 * Chinese 台账 and an accounting-software invoice list with a name-keyed contact list are read
 * with no mapping; `check` prints the mapping and exits 0 on info notes alone; rows with money
 * that cannot be read make report exit 4 with a last line saying how many and for how much.
 * Expected figures are worked by hand in the comments (as of 2026-10-31).
 */
import * as path from "node:path";
import { d, writeLedger } from "./_lib/ledgerFixture";
import { assertBuilt, cli, tempDir, type CliResult } from "./_lib/runCli";

let dir: string;
const runs: Record<string, CliResult> = {};

/** The summary line of one customer in `report`'s table, split on runs of spaces. */
function rowOf(out: string, customer: string): string[] {
  const line = out.split("\n").find((l) => l.includes(customer));
  if (!line) throw new Error(`no line for ${customer} in:\n${out}`);
  // Only the end trimmed: a customer keyed by name has a blank id column, the line's first field "".
  return line.trimEnd().split(/\s{2,}/);
}

beforeAll(async () => {
  assertBuilt();
  dir = tempDir("shapes");

  // 台账: title rows, ¥ text amounts, text dates in two forms, blank rows, a 合计 row, a 制表人 line.
  //   华通 FP-001 12,345.60 − 2,345.60 = 10,000.00 open, due 10-15 → 16 days: 1-30
  //   华通 FP-002  5,000.00 open, due 11-07 → Current
  //   明远 FP-003  8,800.00 fully received → nothing open
  //   明远 FP-004  3,200.00 open, due 08-31 → 61 days: 61-90
  //   CNY balance 18,200.00, overdue 13,200.00
  const taizhang = path.join(dir, "台账.xlsx");
  await writeLedger(taizhang, {
    blocks: [{
      sheet: "应收台账",
      titleRows: ["2026年10月应收账款台账", "单位：元"],
      headers: ["序号", "客户名称", "发票号码", "开票日期", "到期日", "含税金额", "已收金额", "未收金额", "备注"],
      rows: [
        [1, "北京华通科技有限公司", "FP-001", "2026/9/15", "2026/10/15", "¥12,345.60", "¥2,345.60", "¥10,000.00", null],
        [2, "北京华通科技有限公司", "FP-002", "2026年10月8日", "2026年11月7日", "¥5,000.00", 0, "¥5,000.00", null],
        [null, null, null, null, null, null, null, null, null],
        [3, "上海明远贸易有限公司", "FP-003", "2026/7/20", "2026/8/19", 8800, 8800, 0, "已结清"],
        [4, "上海明远贸易有限公司", "FP-004", "2026/8/1", "2026/8/31", "¥3,200.00", null, "¥3,200.00", null],
        [null, null, null, null, null, null, null, null, null],
        [null, "合计", null, null, null, "¥29,345.60", "¥11,145.60", "¥18,200.00", null],
        ["制表人：张三", null, null, null, null, "审核：李四", null, null, null],
      ],
    }],
  });

  // An invoice-list export (QuickBooks-like) and a contact list keyed by customer name.
  //   Blue Harbor 1001 paid (open 0); 1002 open 2,400.00 due 10-20 → 11 days: 1-30;
  //     credit memo 1003 open −300.00 → unapplied credit, not re-allocated → balance 2,100.00
  //   Crestline 1004 900.00, Net 30 EOM from 07-15 → due 07-31 + 30 = 08-30 → 62 days: 61-90;
  //     1005 650.00 due 11-24 → Current ("crestline  dental" joins by name) → balance 1,550.00
  //   USD balance 3,650.00 (not 5,150.00, the invoice amounts)
  const export_ = path.join(dir, "invoice-list.xlsx");
  await writeLedger(export_, {
    blocks: [
      {
        sheet: "Invoice List",
        titleRows: ["Acme Supplies LLC", "Invoice List", "All Dates", ""],
        headers: ["Date", "Transaction Type", "Num", "Customer", "Due Date", "Terms", "Currency", "Amount", "Open Balance"],
        rows: [
          [d("2026-08-10"), "Invoice", "1001", "Blue Harbor Cafe", d("2026-09-09"), "Net 30", "USD", 1500, 0],
          [d("2026-09-20"), "Invoice", "1002", "Blue Harbor Cafe", d("2026-10-20"), "Net 30", "USD", 2400, 2400],
          [d("2026-10-05"), "Credit Memo", "1003", "Blue Harbor Cafe", null, null, "USD", -300, -300],
          [d("2026-07-15"), "Invoice", "1004", "Crestline Dental", null, "Net 30 EOM", "USD", 900, 900],
          [d("2026-10-25"), "Invoice", "1005", "crestline  dental", d("2026-11-24"), "Net 30", "USD", 650, 650],
          ["TOTAL", null, null, null, null, null, null, 5150, 3650],
          [null, null, null, null, null, null, null, null, null],
          ["Friday, December 4, 2026 10:15 AM GMT-08:00", null, null, null, null, null, null, null, null],
        ],
      },
      {
        sheet: "Customer Contact List",
        headers: ["Customer", "Email", "Credit Limit", "Terms"],
        rows: [
          ["Blue Harbor Cafe", "ap@blueharbor.example", 5000, "Net 30"],
          ["Crestline Dental", "billing@crestline.example", 2000, "Net 15"],
        ],
      },
    ],
  });

  // One row whose date cannot be read: USD 500.00 left out, said on the last line, exit 4.
  const broken = path.join(dir, "broken.xlsx");
  await writeLedger(broken, {
    blocks: [{
      sheet: "Invoices",
      headers: ["Invoice No", "Customer", "Invoice Date", "Due Date", "Amount"],
      rows: [
        ["A-1", "Kite Labs", d("2026-10-01"), d("2026-10-31"), 1000],
        ["A-2", "Kite Labs", "2026-13-45", d("2026-10-31"), "US$500.00"],
      ],
    }],
  });

  // US text dates: the InvoiceDate column decides m/d/y (1/26/2026), so 2/3/2026 reads as Feb 3.
  //   U-1 100.00 due 2/25 and U-2 200.00 due 3/5 (DueDate column undecided: the workbook's order) → 300.00
  const usDates = path.join(dir, "us-dates.xlsx");
  await writeLedger(usDates, {
    blocks: [{
      sheet: "Invoices",
      headers: ["Invoice No", "Customer", "Invoice Date", "Due Date", "Amount"],
      rows: [
        ["U-1", "Kite Labs", "1/26/2026", "2/25/2026", 100],
        ["U-2", "Kite Labs", "2/3/2026", "3/5/2026", 200],
      ],
    }],
  });

  const asOf = ["--as-of", "2026-10-31"];
  runs.taizhangReport = cli(["report", taizhang, ...asOf], dir);
  runs.taizhangCheck = cli(["check", taizhang], dir);
  runs.exportReport = cli(["report", export_, ...asOf], dir);
  runs.exportCheck = cli(["check", export_], dir);
  runs.brokenReport = cli(["report", broken, ...asOf], dir);
  runs.usReport = cli(["report", usDates, "--as-of", "2026-03-31"], dir);
}, 120_000);

describe("a one-sheet Chinese 台账", () => {
  it("is read with no Customers table: customers from the rows, CNY from the ¥ markers", () => {
    const { code: status, stdout } = runs.taizhangReport;
    expect(status).toBe(0);
    //                           Ccy    Current   1-30       31-60 61-90  90+   Balance    Overdue
    // Keyed by name (no 客户编号 column): the id column is blank, the name shown once.
    expect(rowOf(stdout, "北京华通").slice(0, 2)).toEqual(["", "北京华通科技有限公司"]);
    expect(rowOf(stdout, "北京华通").slice(2, 10)).toEqual(["CNY", "5,000.00", "10,000.00", "0.00", "0.00", "0.00", "15,000.00", "10,000.00"]);
    expect(rowOf(stdout, "上海明远").slice(2, 10)).toEqual(["CNY", "0.00", "0.00", "0.00", "3,200.00", "0.00", "3,200.00", "3,200.00"]);
    expect(stdout).not.toMatch(/NOT READ/);
  });

  it("check prints the mapping and the inferences, notes the 合计 / 制表人 / blank rows as info, exits 0", () => {
    const { code: status, stdout } = runs.taizhangCheck;
    expect(status).toBe(0);
    expect(stdout).toContain("invoices: sheet 应收台账, header row 3");
    expect(stdout).toContain('Amount ← F "含税金额"');
    expect(stdout).toContain('OpenBalance ← H "未收金额"');
    expect(stdout).toContain('CustomerName ← B "客户名称"');
    expect(stdout).toMatch(/ignored columns: "序号"/);
    expect(stdout).toContain("default currency: CNY (from the amounts' currency markers");
    expect(stdout).toContain("default language: zh");
    expect(stdout).toMatch(/info .*skipped 2 total\/footer rows \(first: row 10\).*2 blank rows/);
    expect(stdout).toContain("2 customers, 4 invoices");
  });
});

describe("an invoice-list export with a name-keyed contact list", () => {
  it("takes Open Balance as it stands, credit memos as unapplied credit, terms as text", () => {
    const { code: status, stdout } = runs.exportReport;
    expect(status).toBe(0);
    //                                     Current   1-30      31-60  61-90   90+   Balance   Overdue   Limit
    expect(rowOf(stdout, "Blue Harbor").slice(2, 11)).toEqual(["USD", "-300.00", "2,400.00", "0.00", "0.00", "0.00", "2,100.00", "2,400.00", "5,000.00"]);
    expect(rowOf(stdout, "Crestline").slice(2, 11)).toEqual(["USD", "650.00", "0.00", "0.00", "900.00", "0.00", "1,550.00", "900.00", "2,000.00"]);
    expect(stdout.split("\n").filter((l) => /crestline/i.test(l))).toHaveLength(1);
  });

  it("check maps both sheets, with the TOTAL and timestamp lines as info", () => {
    const { code: status, stdout } = runs.exportCheck;
    expect(status).toBe(0);
    expect(stdout).toContain("customers: sheet Customer Contact List, header row 1");
    expect(stdout).toContain("invoices: sheet Invoice List, header row 5");
    expect(stdout).toContain('Type ← B "Transaction Type"');
    expect(stdout).toMatch(/skipped 2 total\/footer rows .*1 blank row:/);
  });
});

describe("never silently smaller", () => {
  it("report exits 4 and its last line says how many rows with money were not read, and for how much", () => {
    const { code: status, stdout } = runs.brokenReport;
    expect(status).toBe(4);
    const lines = stdout.trim().split("\n");
    expect(lines[lines.length - 1]).toBe("NOT READ: 1 row with money (USD 500.00) is left out of these totals: run 'ar-desk check' to see why.");
    expect(rowOf(stdout, "Kite Labs")[8]).toBe("1,000.00"); // the Balance column: the row that was read
  });

  it("US text dates are read in the order their column decides", () => {
    const { code: status, stdout } = runs.usReport;
    expect(status).toBe(0);
    // as of 03-31: U-1 due 02-25 → 34 days (31-60), U-2 due 03-05 → 26 days (1-30)
    expect(rowOf(stdout, "Kite Labs").slice(2, 9)).toEqual(["USD", "0.00", "200.00", "100.00", "0.00", "0.00", "300.00"]);
  });
});
