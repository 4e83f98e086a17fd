/**
 * What the customer reads around the ledger's numbers, en + zh, from ledgers read as a workbook:
 * - a number made from the ledger's row keeps its row (the identifier) but is worded in the
 *   customer's language (`Row 12` → `第12行` for a Chinese customer of an English-headed ledger);
 * - a number column that holds the clerk's documents (凭证号 `记-0012`, Document No) is labelled
 *   单据号 / Document on the reminder's table, its quote line, the letter, the .eml's HTML and the
 *   Reminders sheet; an invoice number column keeps 发票号 / Invoice.
 */
import { buildLedger, numberKindOf, rowDocumentNoIn } from "../../../src/core/ledger";
import { statementsFor } from "../../../src/core/statements";
import { invoiceTableCells, reminderNumberKind, remindersDue, renderReminder, type Reminder } from "../../../src/core/reminders";
import { reminderHtml } from "../../../src/email/reminderHtml";
import { letterSheet } from "../../../src/workbook/layout/letterSheet";
import { remindersSheet } from "../../../src/workbook/layout/remindersSheet";
import { statementSheet } from "../../../src/workbook/layout/statementSheet";
import { detectTables, toLedgerInput } from "../../../src/workbook/schema";
import type { RawCell, SourceBlock } from "../../../src/workbook/port";
import type { Ledger } from "../../../src/core/model";
import { block, day } from "../builders";
import { settings } from "../../workbook/layout/fixtures";

const read = (blocks: SourceBlock[]): Ledger => buildLedger(toLedgerInput(detectTables(blocks)));
const asOf = day("2026-10-31");
const reminderOf = (ledger: Ledger, name: string): Reminder => remindersDue(ledger, asOf).find((r) => r.customer.name === name)!;
const texts = (cells: readonly { value: unknown }[]) => cells.map((c) => c.value);

describe("rowDocumentNoIn", () => {
  it("returns the row in the reader's words, the row and the sheet kept", () => {
    expect(rowDocumentNoIn("Row 12", "zh")).toBe("第12行");
    expect(rowDocumentNoIn("第12行", "en")).toBe("Row 12");
    expect(rowDocumentNoIn("Sep row 7", "zh")).toBe("Sep 第7行");
    expect(rowDocumentNoIn("9月 第7行", "en")).toBe("9月 row 7");
  });
  describe("edge cases", () => {
    it("returns a number as it is when it is already in the reader's words or not made from a row", () => {
      expect(rowDocumentNoIn("第12行", "zh")).toBe("第12行");
      expect(rowDocumentNoIn("Row 12", "en")).toBe("Row 12");
      expect(rowDocumentNoIn("INV-12", "zh")).toBe("INV-12");
      expect(rowDocumentNoIn("记-0012", "en")).toBe("记-0012");
    });
  });
});

describe("a Chinese customer in a ledger with English headers and no number column", () => {
  // Header on row 1: 甲公司's invoices are sheet rows 2 and 4, Acme's row 3.
  const rows: RawCell[][] = [
    ["2026-07-05", "甲公司", "Goods", 10000, null],
    ["2026-07-06", "Acme Ltd", "Goods", 3000, null],
    ["2026-09-20", "甲公司", "Goods", 5000, null],
  ];
  const ledger = read([block("Ledger", ["Date", "Customer", "Description", "Debit", "Credit"], rows)]);

  it("keeps the ledger's one form for the clerk (the key the log and sheets use)", () => {
    expect(ledger.invoices.map((i) => i.invoiceNo)).toEqual(["Row 2", "Row 3", "Row 4"]);
  });
  it("words the row in Chinese on the Chinese customer's reminder, letter and .eml, in English on the English one's", () => {
    const zh = reminderOf(ledger, "甲公司");
    expect(zh.language).toBe("zh");
    // July's invoice is due 2026-08-04, September's 2026-10-20 (30 days): both overdue on 2026-10-31.
    expect(invoiceTableCells(zh.groups[0], "zh").rows.map((r) => r[0])).toEqual(["2026年7月5日（第2行）", "2026年9月20日（第4行）"]);
    expect(renderReminder(zh, settings).body).toContain("2026年9月20日（第4行）");
    expect(renderReminder(zh, settings).body).not.toContain("Row");
    expect(reminderHtml(zh, settings)).toContain("2026年7月5日（第2行）");
    expect(texts(letterSheet(zh, settings, "信函").cells)).toContain("2026年7月5日（第2行）");
    const en = reminderOf(ledger, "Acme Ltd");
    expect(invoiceTableCells(en.groups[0], "en").rows.map((r) => r[0])).toEqual(["2026-07-06 (Row 3)"]);
  });
  it("words the row in Chinese on the Chinese customer's statement", () => {
    const statement = statementsFor(ledger, { start: day("2026-10-01"), end: asOf }).find((s) => s.customer.name === "甲公司")!;
    expect(statement.language).toBe("zh");
    const values = texts(statementSheet(statement, settings, { name: "甲公司" }).cells);
    expect(values).toEqual(expect.arrayContaining(["第2行", "第4行"]));
    expect(values.some((v) => typeof v === "string" && /Row \d/.test(v))).toBe(false);
  });
});

describe("numberKindOf", () => {
  it("returns document for the clerk's own document numbers", () => {
    for (const header of ["凭证号", "凭证字号", "单据号", "单据编号", "Document No.", "Doc No", "Voucher", "Voucher No", "Ref", "Ref.", "Reference"]) {
      expect([header, numberKindOf(header)]).toEqual([header, "document"]);
    }
  });
  it("returns invoice for invoice numbers, an unknown header and none", () => {
    for (const header of ["发票号", "发票号码", "Invoice No", "Invoice #", "Inv No", "No.", "Bill No", "Invoice / Document No"]) {
      expect([header, numberKindOf(header)]).toEqual([header, "invoice"]);
    }
    expect(numberKindOf(undefined)).toBe("invoice");
  });
});

describe("a 明细账 whose number column is a voucher number (凭证号)", () => {
  const rows = (numbers: [string, string]): RawCell[][] => [
    ["2026-07-05", numbers[0], "甲公司", "销售", 10000, null],
    ["2026-07-06", numbers[1], "Acme Ltd", "Sales", 3000, null],
  ];
  const voucher = read([block("明细账", ["日期", "凭证号", "客户", "摘要", "借方", "贷方"], rows(["记-0012", "记-0013"]))]);
  const invoices = read([block("明细账", ["日期", "发票号", "客户", "摘要", "借方", "贷方"], rows(["FP-12", "FP-13"]))]);

  it("is known to the ledger and to each reminder from the detected header", () => {
    expect(voucher.numbersAreDocuments).toBe(true);
    expect(invoices.numbersAreDocuments).toBeUndefined();
    expect(reminderNumberKind(reminderOf(voucher, "甲公司"))).toBe("document");
    expect(reminderNumberKind(reminderOf(invoices, "甲公司"))).toBe("invoice");
  });
  it("labels the reminder's number column 单据号 / Document and asks for the document numbers (zh + en)", () => {
    const zh = reminderOf(voucher, "甲公司");
    const { header, rows: cells } = invoiceTableCells(zh.groups[0], "zh", "document");
    expect([header[0], cells[0][0]]).toEqual(["单据号", "记-0012"]);
    const body = renderReminder(zh, settings).body;
    expect(body).toContain("单据号");
    expect(body).toContain("付款时请注明单据号。");
    expect(body).not.toContain("发票号");
    // Chinese headers make Chinese the ledger's language: the English customer is one set to English.
    const en: Reminder = { ...reminderOf(voucher, "Acme Ltd"), language: "en" };
    const enBody = renderReminder(en, settings).body;
    expect(enBody).toMatch(/^Document\s+Due date/m);
    expect(enBody).toContain("Please quote the document numbers with your payment.");
  });
  it("labels it so on the letter, the .eml's HTML and the Reminders sheet", () => {
    const zh = reminderOf(voucher, "甲公司");
    expect(texts(letterSheet(zh, settings, "信函").cells)).toContain("单据号");
    expect(reminderHtml(zh, settings)).toContain("<th");
    expect(reminderHtml(zh, settings)).toContain("单据号");
    expect(reminderHtml(zh, settings)).not.toContain("发票号");
    const all = remindersDue(voucher, asOf);
    expect(texts(remindersSheet(all, settings, { language: "zh" }).cells)).toContain("单据数");
    expect(texts(remindersSheet(all, settings).cells)).toContain("Documents");
  });
  it("keeps 发票号 / Invoice for an invoice number column", () => {
    const zh = reminderOf(invoices, "甲公司");
    expect(renderReminder(zh, settings).body).toContain("发票号");
    expect(renderReminder(zh, settings).body).toContain("付款时请注明发票号。");
    expect(renderReminder({ ...reminderOf(invoices, "Acme Ltd"), language: "en" }, settings).body).toMatch(/^Invoice\s+Due date/m);
    expect(texts(remindersSheet(remindersDue(invoices, asOf), settings, { language: "zh" }).cells)).toContain("发票数");
  });
});

describe("the words around the numbers, from one place (core/ledger numberWords.ts)", () => {
  // A 明细账 by voucher number with October's sale and receipt, and a 台账 with no number column.
  const voucher = read([block("明细账", ["日期", "凭证号", "客户", "摘要", "借方", "贷方"], [
    ["2026-07-05", "记-0012", "甲公司", "销售", 10000, null],
    ["2026-07-06", "记-0013", "Acme Ltd", "Sales", 3000, null],
    ["2026-10-05", "记-0030", "甲公司", "销售", 4000, null],
    ["2026-10-10", "记-0031", "甲公司", "收款", null, 2000],
    ["2026-10-12", "记-0032", "甲公司", "退货", -500, null],
  ])]);
  const byRow = read([block("台账", ["日期", "客户", "摘要", "借方", "贷方"], [
    ["2026-07-05", "甲公司", "销售货物", 10000, null],
    ["2026-10-05", "甲公司", "销售货物", 4000, null],
    ["2026-10-10", "甲公司", "收款", null, 2000],
  ])]);
  const october = { start: day("2026-10-01"), end: asOf };
  const statementOf = (ledger: Ledger, name: string) => statementsFor(ledger, october).find((s) => s.customer.name === name)!;
  const sheetTexts = (ledger: Ledger, name: string, language?: "en" | "zh") => {
    const statement = statementOf(ledger, name);
    return texts(statementSheet(language ? { ...statement, language } : statement, settings, { name }).cells).filter((v): v is string => typeof v === "string");
  };

  it("writes the default reminder of a voucher ledger about 单据 / documents, never 发票 / invoices", () => {
    // At Reminder 2 (its default template names what it lists; Collections says 款项 whatever the ledger).
    const zh: Reminder = { ...reminderOf(voucher, "甲公司"), stage: "Reminder 2" };
    const body = renderReminder(zh, settings).body;
    expect(body).toContain("以下单据仍未付款");
    expect(body).toContain("如对相关单据有任何疑问");
    expect(body).not.toContain("发票");
    expect(reminderHtml(zh, settings)).not.toContain("发票");
    const en = renderReminder({ ...reminderOf(voucher, "Acme Ltd"), language: "en", stage: "Reminder 2" }, settings).body;
    expect(en).toMatch(/the following documents for Acme Ltd/i);
    expect(en).not.toMatch(/invoice/i);
  });

  it("says 单据 in the history sentence when the log holds an earlier notice", () => {
    const zh = reminderOf(voucher, "甲公司");
    const body = renderReminder({ ...zh, notices: [{ date: day("2026-10-10"), stage: "Reminder 1", channel: "email", invoiceNo: "记-0012" }] }, settings).body;
    expect(body).toContain("就上述单据致函贵司");
  });

  it("names a voucher ledger's balance-forward lines 单据 / Document and its credits 红字单据, never 发票 / Invoice", () => {
    const statement = statementOf(voucher, "甲公司");
    expect(statement.type).toBe("balance-forward");
    expect(statement.numbers).toBe("document");
    const zh = sheetTexts(voucher, "甲公司");
    expect(zh).toEqual(expect.arrayContaining(["单据", "记-0030", "红字单据"]));
    expect(zh.filter((v) => v.includes("发票"))).toEqual([]);
    const en = sheetTexts(voucher, "甲公司", "en");
    expect(en).toContain("Document");
    expect(en.filter((v) => /invoice/i.test(v))).toEqual([]);
  });

  it("names a row-numbered ledger's lines 单据 too, and its open-item dates 日期", () => {
    const statement = statementOf(byRow, "甲公司");
    expect(statement.numbers).toBe("row");
    const zh = sheetTexts(byRow, "甲公司");
    expect(zh).toContain("单据");
    expect(zh.filter((v) => v.includes("发票"))).toEqual([]);
    const openItem = statementsFor(byRow, october, { type: "open-item" }).find((s) => s.customer.name === "甲公司")!;
    const cells = texts(statementSheet(openItem, settings, { name: "甲公司" }).cells);
    expect(cells).toContain("日期");
    expect(cells).not.toContain("开票日期");
  });

  it("says the worked-out dates of a document ledger with due dates only are 单据日期, as its date column", () => {
    const dueOnly = read([block("应收单", ["单据编号", "客户", "到期日", "金额"], [["YS-1", "甲公司", "2026-09-30", 1000]])]);
    const statement = statementOf(dueOnly, "甲公司");
    expect(statement.numbers).toBe("document");
    expect(statement.notes.find((n) => n.code === "invoice-date-from-due")?.text).toBe("本对账单所列单据日期系按到期日减去账期推算（账簿未载单据日期）。");
    expect(texts(statementSheet(statement, settings, { name: "甲公司" }).cells)).toContain("单据日期");
  });

  it("counts a row-numbered ledger's 单据数 / Documents on the Reminders sheet, as its letters name them", () => {
    const all = remindersDue(byRow, asOf);
    expect(all.length).toBeGreaterThan(0);
    expect(texts(remindersSheet(all, settings, { language: "zh" }).cells)).toContain("单据数");
    expect(texts(remindersSheet(all, settings).cells)).toContain("Documents");
  });

  it("keeps 发票 / Invoice for a ledger of invoice numbers", () => {
    const invoices = read([block("明细账", ["日期", "发票号", "客户", "摘要", "借方", "贷方"], [
      ["2026-10-05", "FP-30", "甲公司", "销售", 4000, null],
      ["2026-10-10", "FP-31", "甲公司", "收款", null, 2000],
    ])]);
    expect(statementOf(invoices, "甲公司").numbers).toBe("invoice");
    expect(sheetTexts(invoices, "甲公司")).toContain("发票");
    expect(sheetTexts(invoices, "甲公司", "en")).toContain("Invoice");
  });
});
