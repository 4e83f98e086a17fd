#!/usr/bin/env node
/**
 * Regenerates the .xls fixtures: writes each source workbook (.xlsx, by ExcelJS) and has
 * LibreOffice save it as Excel 97-2003 (.xls, BIFF8). Both files are committed: CI has no
 * LibreOffice, and the tests compare what the .xls reader reads with what the .xlsx reader reads
 * from the source. Run from the repository root:
 *   node test/workbook/xls/_fixtures/regenerate.js
 */
const { execFileSync } = require("node:child_process");
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const Excel = require("exceljs");

const here = __dirname;

/** Amounts and dates of an English ledger, a merged title above its header. */
function english() {
  const wb = new Excel.Workbook();
  const ws = wb.addWorksheet("Invoices");
  ws.getCell("A1").value = "Acme Ltd - Receivables at 31 October 2026";
  ws.mergeCells("A1:F1");
  ws.getRow(3).values = ["InvoiceNo", "CustomerID", "InvoiceDate", "DueDate", "Amount", "Paid"];
  const rows = [
    ["INV-1001", "C001", new Date(Date.UTC(2026, 7, 1)), new Date(Date.UTC(2026, 7, 31)), 1200.5, false],
    ["INV-1002", "C002", new Date(Date.UTC(2026, 8, 10)), new Date(Date.UTC(2026, 9, 10)), 880, true],
    ["INV-1003", "C001", new Date(Date.UTC(2026, 9, 1)), new Date(Date.UTC(2026, 9, 31)), 0.1, false],
    ["INV-1004", "C003", new Date(Date.UTC(2026, 9, 15)), new Date(Date.UTC(2026, 10, 14)), 1234567.89, false],
    ["INV-1005", "C003", new Date(Date.UTC(2026, 9, 20)), new Date(Date.UTC(2026, 10, 19)), -45.25, false],
  ];
  rows.forEach((r, i) => {
    ws.getRow(4 + i).values = r;
    ws.getCell(`C${4 + i}`).numFmt = "yyyy-mm-dd";
    ws.getCell(`D${4 + i}`).numFmt = "dd/mm/yyyy";
    ws.getCell(`E${4 + i}`).numFmt = "#,##0.00";
  });
  ws.getCell("A10").value = "Total";
  ws.getCell("E10").value = { formula: "SUM(E4:E8)", result: 1236603.24 };
  // (a text result is left out: LibreOffice saves the one ExcelJS writes as 0; the crafted files test it)
  ws.getCell("G10").value = { formula: "1/0", result: { error: "#DIV/0!" } };
  ws.getCell("H10").value = { formula: "E4>1000", result: true };
  ws.getCell("A12").value = 65536.75;
  ws.getCell("B12").value = 123456789012;
  ws.getCell("C12").value = -0.000123;
  const customers = wb.addWorksheet("Customers");
  customers.getRow(1).values = ["CustomerID", "Name", "Email"];
  customers.getRow(2).values = ["C001", "Acme Ltd", "ap@acme.example"];
  customers.getRow(3).values = ["C002", "Globex GmbH", "buchhaltung@globex.example"];
  customers.getRow(4).values = ["C003", "Müller & Söhne", ""];
  const notes = wb.addWorksheet("Notes", { state: "hidden" });
  notes.getCell("A1").value = "hidden note";
  return wb;
}

/** A hand-kept Chinese 台账: merged customer cells down the rows, 中文 headers, dates. */
function chinese() {
  const wb = new Excel.Workbook();
  const ws = wb.addWorksheet("应收账款台账");
  ws.getCell("A1").value = "应收账款台账（2026年10月）";
  ws.mergeCells("A1:F1");
  ws.getRow(2).values = ["客户名称", "发票号码", "开票日期", "到期日", "金额", "备注"];
  const data = [
    ["北京星辰科技有限公司", "FP-0001", new Date(Date.UTC(2026, 6, 5)), new Date(Date.UTC(2026, 7, 4)), 25000, "已催款"],
    [null, "FP-0002", new Date(Date.UTC(2026, 7, 12)), new Date(Date.UTC(2026, 8, 11)), 13800.6, ""],
    [null, "FP-0003", new Date(Date.UTC(2026, 8, 1)), new Date(Date.UTC(2026, 8, 30)), 999.99, "部分付款"],
    ["上海蓝海贸易有限公司", "FP-0004", new Date(Date.UTC(2026, 8, 20)), new Date(Date.UTC(2026, 9, 20)), 56000, ""],
    [null, "FP-0005", new Date(Date.UTC(2026, 9, 2)), new Date(Date.UTC(2026, 10, 1)), 7200.05, "对账中"],
  ];
  data.forEach((r, i) => {
    ws.getRow(3 + i).values = r.map((v) => (v === "" ? null : v));
    ws.getCell(`C${3 + i}`).numFmt = "yyyy\"年\"m\"月\"d\"日\"";
    ws.getCell(`D${3 + i}`).numFmt = "yyyy-mm-dd";
  });
  ws.mergeCells("A3:A5");
  ws.mergeCells("A6:A7");
  ws.getCell("A8").value = "合计";
  ws.getCell("E8").value = { formula: "SUM(E3:E7)", result: 103000.64 };
  return wb;
}

/** Enough distinct texts (Latin and Chinese, some long) that the shared strings need CONTINUE records. */
function longStrings() {
  const wb = new Excel.Workbook();
  const ws = wb.addWorksheet("Notes");
  ws.getRow(1).values = ["InvoiceNo", "Memo", "备注"];
  for (let i = 0; i < 120; i++) {
    const latin = `Memo ${i}: ` + "follow up with the customer about the overdue balance; ".repeat(1 + (i % 5));
    const han = `第${i}条：` + "客户承诺月底前付清余款，需再次电话确认。".repeat(1 + (i % 7));
    ws.getRow(2 + i).values = [`INV-${String(i).padStart(4, "0")}`, latin, han];
  }
  // one text longer than a whole record (8,224 bytes), half Latin and half Chinese
  ws.getCell("B123").value = "A".repeat(6000) + "长".repeat(3000) + "Z".repeat(100);
  return wb;
}

/** A workbook in the 1904 date system (Excel for Mac's old default). */
function date1904() {
  const wb = new Excel.Workbook();
  wb.properties.date1904 = true;
  const ws = wb.addWorksheet("Invoices");
  ws.getRow(1).values = ["InvoiceNo", "InvoiceDate", "Amount", "Days"];
  ws.getRow(2).values = ["INV-1", new Date(Date.UTC(2026, 7, 1)), 100.25, 30];
  ws.getRow(3).values = ["INV-2", new Date(Date.UTC(2026, 9, 31)), 2500, 45];
  ws.getRow(4).values = ["INV-3", new Date(Date.UTC(2024, 1, 29)), 10, 0];
  for (const r of [2, 3, 4]) ws.getCell(`B${r}`).numFmt = "yyyy-mm-dd";
  return wb;
}

/** A small clean ledger the CLI reads: customers, and invoices under a merged title. */
function ledger() {
  const wb = new Excel.Workbook();
  const customers = wb.addWorksheet("Customers");
  customers.addRow(["CustomerID", "Name", "Email"]);
  customers.addRow(["C001", "Acme Ltd", "ap@acme.example"]);
  customers.addRow(["C002", "上海华瑞贸易有限公司", "ar@huarui.example"]);
  const ws = wb.addWorksheet("Invoices");
  ws.getCell("A1").value = "Open invoices, October 2026";
  ws.mergeCells("A1:E1");
  ws.getRow(3).values = ["InvoiceNo", "CustomerID", "InvoiceDate", "DueDate", "Amount"];
  const rows = [
    ["INV-1", "C001", Date.UTC(2026, 7, 1), Date.UTC(2026, 7, 31), 1200.5],
    ["INV-2", "C002", Date.UTC(2026, 8, 10), Date.UTC(2026, 9, 10), 880],
    ["INV-3", "C001", Date.UTC(2026, 9, 5), Date.UTC(2026, 10, 4), 0.3],
  ];
  rows.forEach(([no, customer, date, due, amount], i) => {
    ws.getRow(4 + i).values = [no, customer, new Date(date), new Date(due), amount];
    ws.getCell(`C${4 + i}`).numFmt = "yyyy-mm-dd";
    ws.getCell(`D${4 + i}`).numFmt = "yyyy-mm-dd";
  });
  return wb;
}

async function main() {
  const sources = { english, chinese, "long-strings": longStrings, "date-1904": date1904, ledger };
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), "lo-profile-"));
  for (const [name, build] of Object.entries(sources)) {
    const xlsx = path.join(here, `${name}.xlsx`);
    await build().xlsx.writeFile(xlsx);
    execFileSync("soffice", [`-env:UserInstallation=file://${profile}`, "--headless", "--convert-to", "xls", "--outdir", here, xlsx], { stdio: "inherit" });
  }
  fs.rmSync(profile, { recursive: true, force: true });
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
