/**
 * Ledgers as clerks really keep them: Chinese headers, plain ranges under a title row, and
 * rows with mistakes. `ar-desk check` reports what it found; statements use every clean row.
 */
import * as path from "node:path";
import {
  d, TINY, tinyLedger, writeLedger,
  ZH_CUSTOMER_HEADERS, ZH_INVOICE_HEADERS, ZH_PAYMENT_HEADERS,
} from "./_lib/ledgerFixture";
import { assertBuilt, bytes, cents, cli, readXlsx, tableRows, tempDir, type CliResult } from "./_lib/runCli";

let dir: string;
const files: Record<string, string> = {};
const before: Record<string, Buffer> = {};
const runs: Record<string, CliResult> = {};

/** The tiny ledger's hand-computed closing balances (see ledgerFixture TINY). */
const TINY_INDEX = [["C001", "USD", 155000, 130000], ["C002", "CNY", 700000, 500000], ["C003", "USD", 0, 0]];
const pick = (r: Record<string, unknown>) => [r.CustomerID, r.Currency, cents(r.Closing), cents(r.Overdue)];

const BAD_INVOICES = [
  ["INV-9001", "C001", d("2026-10-01"), d("2026-10-31"), "abc"], // row 8: amount not a number
  ["INV-9002", "C001", "2026-02-30", d("2026-10-31"), 10], // row 9: no such date
  ["INV-9003", "C999", d("2026-10-01"), d("2026-10-31"), 100], // row 10: unknown customer
  ["INV-1002", "C001", d("2026-09-20"), d("2026-10-20"), 77], // row 11: duplicate of row 3
  [null, "C001", d("2026-10-01"), d("2026-10-31"), 50], // row 12: empty InvoiceNo
];

beforeAll(async () => {
  assertBuilt();
  dir = tempDir("ledgers");
  files.zh = path.join(dir, "应收账款.xlsx");
  await writeLedger(files.zh, {
    blocks: [
      // Table names and sheet names say nothing: only the Chinese headers identify the tables.
      { sheet: "客户资料", table: "tblKH", headers: ZH_CUSTOMER_HEADERS, rows: TINY.customers },
      { sheet: "销售发票", table: "tblFP", headers: ZH_INVOICE_HEADERS, rows: TINY.invoices },
      { sheet: "收款明细", table: "tblSK", headers: ZH_PAYMENT_HEADERS, rows: TINY.payments },
    ],
  });
  files.plain = path.join(dir, "plain.xlsx");
  await writeLedger(files.plain, {
    blocks: [
      { sheet: "Clients", titleRows: ["Acme Trading Co. — customer master", ""], headers: ["Customer No", "Customer Name", "E-mail", "Credit Limit", "Ccy", "Lang"], rows: TINY.customers },
      { sheet: "Open items", titleRows: ["Open invoices exported 2026-11-01"], headers: ["Invoice #", "Customer No", "Invoice Date", "Due Date", "Invoice Amount"], rows: TINY.invoices },
      { sheet: "Receipts", titleRows: ["Cash receipts", "(bank statement import)"], headers: ["Payment Date", "Customer No", "Amount", "Invoice #"], rows: TINY.payments },
    ],
  });
  files.bad = path.join(dir, "bad.xlsx");
  await writeLedger(files.bad, tinyLedger({ invoices: BAD_INVOICES }));
  for (const [name, file] of Object.entries(files)) before[name] = bytes(file);

  runs.zhCheck = cli(["check", path.basename(files.zh)], dir);
  runs.zhStatements = cli(["statements", path.basename(files.zh), "--month", "2026-10"], dir);
  runs.plainCheck = cli(["check", "plain.xlsx"], dir);
  runs.plainStatements = cli(["statements", "plain.xlsx", "--month", "2026-10", "--out", "plain-out.xlsx"], dir);
  runs.badCheck = cli(["check", "bad.xlsx"], dir);
  runs.badStatements = cli(["statements", "bad.xlsx", "--month", "2026-10"], dir);
  runs.badReminders = cli(["reminders", "bad.xlsx", "--as-of", "2026-10-31"], dir);
});

test("the input files are byte-for-byte unchanged", () => {
  for (const name of Object.keys(files)) expect([name, bytes(files[name]).equals(before[name])]).toEqual([name, true]);
});

describe("Chinese headers (客户编号, 发票号, 收款日期 …) in tables with meaningless names", () => {
  test("check prints what it detected and exits 0", () => {
    expect(runs.zhCheck).toMatchObject({ code: 0, stderr: "" });
    expect(runs.zhCheck.stdout).toContain("customers: table tblKH on sheet 客户资料");
    expect(runs.zhCheck.stdout).toContain("invoices: table tblFP on sheet 销售发票");
    expect(runs.zhCheck.stdout).toContain("payments: table tblSK on sheet 收款明细");
    expect(runs.zhCheck.stdout).toContain("3 customers, 6 invoices, 3 payments read.");
    expect(runs.zhCheck.stdout).toContain("No data issues.");
  });

  test("statements are produced beside the ledger with the same figures as the English ledger", async () => {
    expect(runs.zhStatements).toMatchObject({ code: 0, stderr: "" });
    const wb = await readXlsx(path.join(dir, "应收账款-statements-2026-10.xlsx"));
    expect(tableRows(wb, "Index", "StatementIndex").map(pick)).toEqual(TINY_INDEX);
  });
});

describe("plain ranges (no Excel tables) under title rows, English synonyms", () => {
  test("check finds each header row below the titles", () => {
    expect(runs.plainCheck).toMatchObject({ code: 0, stderr: "" });
    expect(runs.plainCheck.stdout).toContain("customers: sheet Clients, header row 3");
    expect(runs.plainCheck.stdout).toContain("invoices: sheet Open items, header row 2");
    expect(runs.plainCheck.stdout).toContain("payments: sheet Receipts, header row 3");
    expect(runs.plainCheck.stdout).toContain("3 customers, 6 invoices, 3 payments read.");
  });

  test("statements are produced with the hand-computed figures", async () => {
    expect(runs.plainStatements).toMatchObject({ code: 0, stderr: "" });
    expect(tableRows(await readXlsx(path.join(dir, "plain-out.xlsx")), "Index", "StatementIndex").map(pick)).toEqual(TINY_INDEX);
  });
});

describe("a ledger with bad rows", () => {
  const expectedIssues = [
    { Sheet: "Invoices", Row: 8, Column: "Amount", Value: "abc", Severity: "error" },
    { Sheet: "Invoices", Row: 9, Column: "InvoiceDate", Value: "2026-02-30", Severity: "error" },
    { Sheet: "Invoices", Row: 10, Column: "CustomerID", Value: "C999", Severity: "warning" },
    { Sheet: "Invoices", Row: 11, Column: "InvoiceNo", Value: "INV-1002", Severity: "error" },
    { Sheet: "Invoices", Row: 12, Column: "InvoiceNo", Severity: "error" },
  ];

  test("check exits 1 and prints each issue on its own line (sheet, row, column, value, reason)", () => {
    expect(runs.badCheck.code).toBe(1);
    expect(runs.badCheck.stderr).toBe("");
    const lines = runs.badCheck.stdout.split("\n").filter((l) => /^(error|warning)\s/.test(l));
    expect(lines).toHaveLength(expectedIssues.length);
    expectedIssues.forEach((issue, i) => {
      expect(lines[i]).toContain(`${issue.Sheet} row ${issue.Row}, ${issue.Column}`);
      if (issue.Value) expect(lines[i]).toContain(`"${issue.Value}"`);
      expect(lines[i].startsWith(issue.Severity)).toBe(true);
      expect(lines[i]).toMatch(/: \S.+$/); // a reason
    });
    expect(lines[3]).toMatch(/duplicate/i);
    expect(lines[4]).toMatch(/empty/i);
    expect(runs.badCheck.stdout).toContain("4 data errors (rows not used) and 1 warning: listed above.");
  });

  test("statements still cover the clean rows, plus a Data issues sheet naming each problem", async () => {
    // Rows with money were not read: exit 4, and the last line sums them (10 + 77 + 50; "abc" is counted, not summed).
    expect(runs.badStatements).toMatchObject({ code: 4, stderr: "" });
    expect(runs.badStatements.stdout).toContain("4 data errors (rows not used) and 1 warning: see the 'Data issues' sheet");
    // reminders writes no Data issues sheet (its workbooks are the Reminders sheet, letters, the log): check alone.
    expect(runs.badReminders.stdout).toContain("4 data errors (rows not used) and 1 warning: run 'ar-desk check' to see them.");
    expect(runs.badStatements.stdout.trim().split("\n").pop()).toBe(
      "NOT READ: 4 rows with money (USD 137.00; 1 amount not readable) are left out of these totals: run 'ar-desk check' to see why.",
    );
    const wb = await readXlsx(path.join(dir, "bad-statements-2026-10.xlsx"));
    expect(wb.worksheets.map((ws) => ws.name)).toContain("Data issues");
    const index = tableRows(wb, "Index", "StatementIndex").map(pick);
    // The clean rows give exactly the clean ledger's figures; the unknown customer's invoice is kept under its ID.
    expect(index).toEqual([...TINY_INDEX, ["C999", "USD", 10000, 0]]);
    const issues = tableRows(wb, "Data issues", "DataIssues");
    expect(issues).toHaveLength(expectedIssues.length);
    expectedIssues.forEach((issue, i) => {
      expect(issues[i]).toMatchObject(issue);
      expect(String(issues[i].Reason).length).toBeGreaterThan(5);
    });
    expect(issues[4].Value ?? "").toBe("");
  });
});
