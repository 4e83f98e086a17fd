/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "node-addons"]}
 */
// The mapping editor's columns (issue 8 point 4): a sheet with title rows above its header offers
// the columns of the detected header row, and a field mapped to one of them is read from there.
import { TextDecoder, TextEncoder } from "node:util";
import ExcelJS from "exceljs";
import { dayFromCivil } from "../../../src/core/dates";
import { PaneError } from "../../../src/taskpane/i18n";
import { translator } from "../../../src/taskpane/i18n/translate";
import { createBrowserServices } from "../../../src/taskpane/services/browser";

Object.assign(globalThis, { TextEncoder, TextDecoder });

const INVOICE_HEADER = ["Invoice No", "Customer ID", "Invoice Date", "Due Date", "Amount", "Promised"];

/** Customers and invoices under report titles, as a clerk's export has them. */
async function titledLedger(): Promise<File> {
  const wb = new ExcelJS.Workbook();
  const customers = wb.addWorksheet("Clients");
  customers.addRows([["Customer master — exported 2026-11-01"], [], ["Customer ID", "Customer Name", "Email"], ["C1", "Acme Ltd", "ap@acme.example.com"], ["C2", "Beta LLC", "ap@beta.example.com"]]);
  const invoices = wb.addWorksheet("Open items");
  invoices.addRows([
    ["Open invoices"],
    ["As of 31 October 2026"],
    [],
    INVOICE_HEADER,
    ["I-1", "C1", new Date(Date.UTC(2026, 8, 1)), new Date(Date.UTC(2026, 9, 1)), 100, new Date(Date.UTC(2026, 10, 20))],
    ["I-2", "C2", new Date(Date.UTC(2026, 9, 5)), new Date(Date.UTC(2026, 10, 4)), 250, null],
  ]);
  const bytes = await wb.xlsx.writeBuffer();
  return new File([new Uint8Array(bytes as ArrayBuffer)], "titled.xlsx", { type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" });
}

test("each source offers the columns of its detected header row, not the title in row 1", async () => {
  const services = createBrowserServices({ today: () => dayFromCivil(2026, 10, 31) });
  await services.openWorkbook!(await titledLedger());
  const analysis = await services.analyze();
  const invoices = analysis.tables.find((t) => t.kind === "invoices")!;
  expect(invoices.sourceId).toBe("sheet:Open items");
  const offered = (id: string) => invoices.candidates.find((c) => c.id === id);
  expect(offered("sheet:Open items")).toMatchObject({ headers: INVOICE_HEADER, label: "Open items!A4:F6" });
  expect(offered("sheet:Clients")).toMatchObject({ headers: ["Customer ID", "Customer Name", "Email"], label: "Clients!A3:C5" });
  // Every detected column is one the editor can show as selected.
  for (const mapping of invoices.fields) {
    if (mapping.column !== undefined) expect(INVOICE_HEADER).toContain(mapping.column);
  }
});

test("a field mapped in the editor to a column under the titles is saved and read from that column", async () => {
  const services = createBrowserServices({ today: () => dayFromCivil(2026, 10, 31) });
  await services.openWorkbook!(await titledLedger());
  const before = (await services.analyze()).tables.find((t) => t.kind === "invoices")!;
  expect(before.fields.find((f) => f.field === "DueDate")?.column).toBe("Due Date");
  const after = await services.saveMapping({ invoices: { columns: { DueDate: "Promised" } } });
  const invoices = after.tables.find((t) => t.kind === "invoices")!;
  expect(invoices.fields.find((f) => f.field === "DueDate")).toMatchObject({ column: "Promised" });
  expect(invoices.candidates.find((c) => c.id === "sheet:Open items")?.headers).toEqual(INVOICE_HEADER);
});

test("the analysis counts rows with money that were not read and says what it inferred", async () => {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("台账").addRows([
    ["应收账款台账"],
    ["客户名称", "发票号码", "开票日期", "到期日", "含税金额"],
    ["上海明远贸易有限公司", "F-1", "2026/9/15", "2026/10/15", "¥1,000.00"],
    ["上海明远贸易有限公司", "F-2", "2026/2/30", "2026/3/30", "¥250.50"], // no such date: not read
  ]);
  const bytes = await wb.xlsx.writeBuffer();
  const services = createBrowserServices({ today: () => dayFromCivil(2026, 10, 31) });
  await services.openWorkbook!(new File([new Uint8Array(bytes as ArrayBuffer)], "taizhang.xlsx"));
  const analysis = await services.analyze();
  expect(analysis.unread).toMatchObject({ rows: 1, rowsWithMoney: 1, amounts: [{ currency: "CNY", minor: 25_050 }] });
  expect(analysis.unread?.sentence.en).toMatch(/^NOT READ: 1 row with money \(CNY 250\.50\)/);
  expect(analysis.unread?.sentence.zh).toMatch(/^未读入：1 行/);
  expect(analysis.inferred).toMatchObject({ currency: "CNY", currencySource: "markers", language: "zh" });
});

test("each coded data issue carries its Chinese text for a pane in Chinese", async () => {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("发票").addRows([
    ["客户名称", "发票号码", "开票日期", "到期日", "含税金额"],
    ["上海明远贸易有限公司", "", "2026/9/15", "2026/10/15", "¥1,000.00"], // no invoice number: not read
  ]);
  const bytes = await wb.xlsx.writeBuffer();
  const services = createBrowserServices({ today: () => dayFromCivil(2026, 10, 31) });
  await services.openWorkbook!(new File([new Uint8Array(bytes as ArrayBuffer)], "fapiao.xlsx"));
  const issue = (await services.analyze()).issues.find((i) => i.row === 2)!;
  expect(issue).toMatchObject({ severity: "error", sheet: "发票", reason: "InvoiceNo is empty: row not read", reasonZh: "发票号为空：该行未读入" });
});

test("the AR Settings and Dunning log issues carry their Chinese text too", async () => {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("Invoices").addRows([
    ["InvoiceNo", "CustomerID", "InvoiceDate", "Amount"],
    ["I-1", "C1", "2026-09-15", 100],
  ]);
  // A Key/Value block on the AR Settings sheet: header on row 1, so aging.basis is on row 2.
  wb.addWorksheet("AR Settings").addRows([["Key", "Value"], ["aging.basis", "sometimes"]]);
  const log = wb.addWorksheet("Dunning log");
  log.addTable({ name: "DunningLog", ref: "A1", headerRow: true, columns: ["Date", "CustomerID", "InvoiceNo", "Currency", "Amount"].map((name) => ({ name })), rows: [["2026-10-01", "C1", "I-1", "USD", 100]] });
  const bytes = await wb.xlsx.writeBuffer();
  const services = createBrowserServices({ today: () => dayFromCivil(2026, 10, 31) });
  await services.openWorkbook!(new File([new Uint8Array(bytes as ArrayBuffer)], "settings.xlsx"));
  const issues = (await services.analyze()).issues.filter((i) => i.sheet !== "Invoices");
  expect(issues.map((i) => [i.sheet, i.row, i.reason, i.reasonZh])).toEqual([
    ["AR Settings", 2, 'must be "due" or "invoice"; the default is used', "必须是“due”（按到期日）或“invoice”（按开票日期）：使用默认值"],
    ["Dunning log", 1, "dunning log not used: it has no Stage column; its 1 row is not read", "催款记录未使用：缺少“催款阶段”列；其中 1 行均未读入"],
  ]);
});

test("ledger defaults saved from Settings are what the next check reads with", async () => {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("Invoices").addRows([
    ["Customer", "Invoice No", "Invoice Date", "Due Date", "Amount"],
    ["Acme Ltd", "I-1", "3/4/2026", "4/3/2026", 100], // no column decides the day/month order
  ]);
  const bytes = await wb.xlsx.writeBuffer();
  const services = createBrowserServices({ today: () => dayFromCivil(2026, 10, 31) });
  await services.openWorkbook!(new File([new Uint8Array(bytes as ArrayBuffer)], "plain.xlsx"));
  const before = await services.analyze();
  expect(before.inferred).toMatchObject({ currency: "USD", currencySource: "default", language: "en" });
  expect(before.unread?.rowsWithMoney).toBe(1); // 3/4/2026 cannot be read without an order

  await services.saveSettings({ ...(await services.loadSettings()), defaultCurrency: "EUR", dateOrder: "dmy", defaultLanguage: "zh" });
  const after = await services.analyze();
  expect(after.inferred).toMatchObject({ currency: "EUR", currencySource: "setting", language: "zh", languageSource: "setting" });
  expect(after.unread).toBeUndefined();
  expect(after.overview.map((c) => [c.currency, c.totalAr.minor])).toEqual([["EUR", 10_000]]);
});

test("a statement date the pane cannot read is refused in the pane's language", async () => {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("Invoices").addRows([["InvoiceNo", "CustomerID", "InvoiceDate", "Amount"], ["I-1", "C1", "2026-09-15", 100]]);
  const bytes = await wb.xlsx.writeBuffer();
  const services = createBrowserServices({ today: () => dayFromCivil(2026, 10, 31) });
  await services.openWorkbook!(new File([new Uint8Array(bytes as ArrayBuffer)], "asof.xlsx"));
  const refusal = await services.previewReminders({ asOf: "2026-02-30", includeUpcoming: false }).then(() => undefined, (e: unknown) => e);
  expect(refusal).toBeInstanceOf(PaneError);
  expect((refusal as PaneError).message).toBe('as-of "2026-02-30" is not a date: use YYYY-MM-DD, e.g. 2026-10-31');
  expect((refusal as PaneError).in("zh")).toBe("日期“2026-02-30”无效：请按“年-月-日”填写，例如 2026-10-31");
});

test("a statements run's notes are the pane's messages, the same whatever the customers' or the pane's language, worded by the screen", async () => {
  const services = createBrowserServices({ today: () => dayFromCivil(2026, 11, 15) });
  await services.openWorkbook!(await titledLedger());
  // No Payments table: balance-forward statements fall back to open items, and say so.
  const zh = await services.generateStatements({ month: "2026-10", type: "balance-forward", language: "zh" });
  expect(zh.notes).toEqual(["statements.note.openItemFallback"]);
  expect(translator("zh")(zh.notes[0])).toBe("余额结转式对账单需要含收款日期的收款表；这些对账单改为列示未清项目。");
  const en = await services.generateStatements({ month: "2026-10", type: "balance-forward", language: "en" });
  expect(en.notes).toEqual(["statements.note.openItemFallback"]);
});

test("an invoice dated more than a year ahead is in the pane's issue list, with its Chinese text and a link to its cell", async () => {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("Invoices").addRows([
    ["InvoiceNo", "CustomerID", "InvoiceDate", "DueDate", "Amount"],
    ["I-1", "C1", "2026-09-15", "2026-10-15", 100],
    ["I-2", "C1", "2062-10-05", "2062-11-04", 50], // 2062 for 2026
  ]);
  const bytes = await wb.xlsx.writeBuffer();
  const services = createBrowserServices({ today: () => dayFromCivil(2026, 10, 31) });
  await services.openWorkbook!(new File([new Uint8Array(bytes as ArrayBuffer)], "typo.xlsx"));
  const issues = (await services.analyze()).issues.filter((i) => i.reason.startsWith("InvoiceDate 2062-10-05"));
  expect(issues.map((i) => [i.severity, i.sheet, i.row, i.column, i.value, i.goTo])).toEqual([["warning", "Invoices", 3, "InvoiceDate", "2062-10-05", "'Invoices'!C3"]]);
  expect(issues[0].reason).toBe("InvoiceDate 2062-10-05 is more than a year after today (2026-10-31), a mistyped year?: as of today this invoice is in no figure (report, statements, reminders); the date is kept as written");
  expect(issues[0].reasonZh).toBe("开票日期 2062-10-05 比今天（2026-10-31）晚一年以上，年份是否输错？截至今天此发票不计入任何数字（报表、对账单、催款）；日期按原样保留");
});
