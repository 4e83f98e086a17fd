/**
 * Total rows as each reader decides them with the row's own evidence (totalWords.ts): a label that
 * is only a total word is a total; one that names something (`Total Koala Print Co`, `合计科技有限公司`)
 * is a total only on a row without an invoice number and a date, and alone on its row it is a group
 * title naming a customer. Customers whose names start with a total word stay customers.
 * Expected values are worked by hand.
 */
import fc from "fast-check";
import { buildLedger } from "../../../src/core/ledger";
import { detectTables, toLedgerInput } from "../../../src/workbook/schema";
import type { RawCell, SourceBlock } from "../../../src/workbook/port";
import type { Ledger } from "../../../src/core/model";
import { block } from "../builders";

const read = (blocks: SourceBlock[]): Ledger => buildLedger(toLedgerInput(detectTables(blocks)));
const problems = (ledger: Ledger) => ledger.issues.filter((i) => i.severity !== "info").map((i) => [i.sheet, i.row, i.column, i.code]);

describe("a grouped report whose customers' names start with a total word", () => {
  it("reads each title row as its customer, and `Total <customer>` under it as the customer's total", () => {
    const ledger = read([block("Aged Receivables", ["Invoice Date", "Invoice Number", "Due Date", "Invoice Total", "Due"], [
      ["合计科技有限公司"],
      ["2026-08-12", "INV-1", "2026-09-11", 300, 300],
      ["Total 合计科技有限公司", null, null, 300, 300],
      ["Total Logistics Ltd"],
      ["2026-09-15", "INV-2", "2026-10-15", 1210, 1210],
      ["2026-09-20", "INV-3", "2026-10-20", 90, 90],
      ["Total Total Logistics Ltd", null, null, 1300, 1300],
      ["Summe GmbH"],
      ["2026-09-18", "INV-4", "2026-10-18", 50, 50],
      ["Total", null, null, 1650, 1650],
    ])]);
    expect(ledger.invoices.map((i) => [i.invoiceNo, i.customerId])).toEqual([
      ["INV-1", "合计科技有限公司"], ["INV-2", "Total Logistics Ltd"], ["INV-3", "Total Logistics Ltd"], ["INV-4", "Summe GmbH"],
    ]);
    expect(problems(ledger)).toEqual([]);
    // Three totals skipped (and checked), three titles noted.
    expect(ledger.issues.find((i) => i.code === "rowsSkipped")?.params).toMatchObject({ footers: 3, notes: 3, firstFooter: 4 });
  });

  it("takes a lone `Total <group>` (no amounts printed) as the group's total, not as a customer called so", () => {
    const ledger = read([block("Aged Receivables", ["Invoice Date", "Invoice Number", "Due Date", "Invoice Total"], [
      ["Koala Print Co"],
      ["2026-08-12", "INV-1", "2026-09-11", 3300],
      ["Total Koala Print Co"],
      ["Wattle Catering"],
      ["2026-09-15", "INV-2", "2026-10-15", 1210],
    ])]);
    expect(ledger.customers.map((c) => c.id)).toEqual(["Koala Print Co", "Wattle Catering"]);
    expect(ledger.issues.find((i) => i.code === "rowsSkipped")?.params).toMatchObject({ footers: 1, notes: 2 });
  });
});

describe("a 台账 keyed by name", () => {
  const headers = ["客户名称", "发票号码", "开票日期", "金额"];

  it("takes a Traditional `甲公司 小計` / `合計` as totals and checks them (the 小計 was an invoice without a number)", () => {
    const ledger = read([block("台账", headers, [
      ["甲公司", "F-1", "2026-09-01", "1,000.00"],
      ["甲公司", "F-2", "2026-09-15", "500.00"],
      ["甲公司 小計", null, null, "1,600.00"], // row 4: 1,000.00 + 500.00 = 1,500.00
      ["乙公司", "G-1", "2026-09-02", "300.00"],
      ["乙公司合計", null, null, "300.00"],
    ])]);
    expect(ledger.invoices.map((i) => i.invoiceNo)).toEqual(["F-1", "F-2", "G-1"]);
    expect(problems(ledger)).toEqual([["台账", 4, "金额", "totalNotSum"]]);
    expect(ledger.unread?.rows).toBe(0);
  });

  it("reads a customer named 合计科技有限公司 whose row lacks its number as an invoice without one, not as a total", () => {
    const ledger = read([block("台账", headers, [
      ["甲公司", "F-1", "2026-09-01", "500.00"],
      ["合计科技有限公司", null, "2026-09-05", "500.00"], // row 3: adds up to the row above, so it once vanished as a 合计
    ])]);
    expect(problems(ledger)).toEqual([["台账", 3, "发票号码", "emptyRequired"]]);
    expect(ledger.unread).toMatchObject({ rows: 1, rowsWithMoney: 1, byCurrency: { CNY: 50000 } });
  });

  it("reads a customer named Summe GmbH whose row lacks its date as an invoice without one, not as a total", () => {
    const ledger = read([block("OP-Liste", ["Kunde", "Rechnungsnr.", "Belegdatum", "Betrag"], [
      ["Müller GmbH", "RE-1", "03.06.2026", "100,00"],
      ["Summe GmbH", "RE-2", null, "100,00"], // row 3
    ])]);
    expect(problems(ledger)).toEqual([["OP-Liste", 3, "Belegdatum", "badRequired"]]);
    expect(ledger.unread).toMatchObject({ rows: 1, rowsWithMoney: 1 });
  });
});

describe("a 明细账's 月计", () => {
  it("is a month's total under the customer's title: checked, and the next month's rows stay the customer's", () => {
    const ledger = read([block("明细账", ["日期", "凭证号", "摘要", "借方", "贷方"], [
      ["往来单位：南京金陵制药设备有限公司"],
      ["2026-09-08", "记-0012", "销售", "28,250.00", null],
      [null, null, "月计", "28,250.00", null],
      ["2026-10-09", "记-0015", "销售", "9,040.00", null],
      [null, null, "月计", "9,400.00", null], // row 6: the month's debit is 9,040.00
    ])]);
    expect(ledger.invoices.map((i) => [i.invoiceNo, i.customerId])).toEqual([
      ["记-0012", "南京金陵制药设备有限公司"], ["记-0015", "南京金陵制药设备有限公司"],
    ]);
    expect(problems(ledger)).toEqual([["明细账", 6, "借方", "totalNotSum"]]);
  });
});

describe("a `Sum` row", () => {
  it("is checked like any total (it was skipped unchecked)", () => {
    const ledger = read([block("Invoices", ["Customer", "Invoice No", "Invoice Date", "Amount"], [
      ["Ann", "A-1", "2026-09-01", 100],
      ["Bob", "B-1", "2026-09-02", 250],
      ["Sum", null, null, 305], // row 4: 100 + 250 = 350
    ])]);
    expect(problems(ledger)).toEqual([["Invoices", 4, "Amount", "totalNotSum"]]);
  });
});

describe("a Customers list's own total row", () => {
  it.each(["Gesamtsumme", "Sous-total", "Total général", "合計："])("%s where the key goes is no customer", (label) => {
    const ledger = read([
      block("Customers", ["CustomerID", "Name", "Credit Limit"], [["C1", "Acme", 1000], [label, null, 1000]]),
      block("Invoices", ["InvoiceNo", "CustomerID", "InvoiceDate", "DueDate", "Amount"], [["I1", "C1", "2026-09-01", "2026-10-01", 100]]),
    ]);
    expect(ledger.customers.map((c) => c.id)).toEqual(["C1"]);
    expect(ledger.issues.find((i) => i.sheet === "Customers" && i.code === "rowsSkipped")?.params).toMatchObject({ footers: 1 });
  });
});

/** Total words as clerks type them (any case, a space inside), and company suffixes. */
const TOTAL_WORDS = ["Total", "TOTAL", "Totals", "Grand Total", "Subtotal", "Sub-total", "Summe", "Gesamtsumme", "Zwischensumme", "Sous-total",
  "Totale", "Totaal", "Subtotaal", "合计", "合 计", "合計", "总计", "總計", "小计", "本月合计", "累计"];
const SUFFIXES = ["Ltd", "Co", "GmbH", "SARL", "Srl", "BV", "SA", "Inc.", "有限公司", "科技有限公司", "股份有限公司"];
const companyName = fc.tuple(
  fc.constantFrom(...TOTAL_WORDS),
  fc.constantFrom("", " Logistics", " Foods", "科技", " Bouw", "划"),
  fc.constantFrom(...SUFFIXES),
  fc.boolean(),
).map(([word, middle, suffix, wordLast]) => (wordLast ? `Acme${middle} ${word} ${suffix}` : `${word}${middle} ${suffix}`));

describe("a customer named with a total word (property)", () => {
  it("stays a customer, its invoice read, when its row has a date and an invoice number: keyed by name, by ID, or under its title", () => {
    fc.assert(fc.property(companyName, fc.integer({ min: 1, max: 99_999 }), (name, cents) => {
      const amount = (cents / 100).toFixed(2);
      const byName = read([block("List", ["Customer", "Invoice No", "Invoice Date", "Amount"], [["Ann", "A-1", "2026-09-01", "1.00"], [name, "N-1", "2026-09-02", amount]])]);
      const byId = read([block("List", ["Customer ID", "Invoice No", "Invoice Date", "Amount"], [[name, "N-1", "2026-09-02", amount], ["Ann", "A-1", "2026-09-01", "1.00"]])]);
      const titled = read([block("Aged", ["Invoice Date", "Invoice Number", "Invoice Total"], [[name], ["2026-09-02", "N-1", amount] as RawCell[]])]);
      for (const ledger of [byName, byId, titled]) {
        expect(problems(ledger)).toEqual([]);
        const invoice = ledger.invoices.find((i) => i.invoiceNo === "N-1");
        expect([invoice?.customerId, invoice?.amount.minor]).toEqual([name, cents]);
      }
    }), { numRuns: 150 });
  });

  it("stays a customer of a Customers list, keyed by it alone (no Name column) or with its name", () => {
    fc.assert(fc.property(companyName, fc.boolean(), (name, withName) => {
      const customers = withName
        ? block("Customers", ["CustomerID", "Name"], [["C1", "Acme"], ["C2", name]])
        : block("Customers", ["CustomerID", "Credit Limit"], [["C1", 100], [name, 500]]);
      const ledger = read([customers,
        block("Invoices", ["InvoiceNo", "CustomerID", "InvoiceDate", "DueDate", "Amount"], [["N-1", withName ? "C2" : name, "2026-09-02", "2026-10-02", 100]])]);
      expect(problems(ledger)).toEqual([]);
      // Without a Name column a customer's name is its ID.
      expect(ledger.customers.map((c) => c.name)).toEqual(withName ? ["Acme", name] : ["C1", name]);
    }), { numRuns: 100 });
  });

  it("stays a payment's customer when the payment row has a date", () => {
    fc.assert(fc.property(companyName, (name) => {
      const ledger = read([
        block("Invoices", ["InvoiceNo", "CustomerID", "InvoiceDate", "DueDate", "Amount"], [["N-1", name, "2026-09-02", "2026-10-02", 100]]),
        block("Payments", ["CustomerID", "Date", "Amount"], [[name, "2026-09-20", 40]]),
      ]);
      expect(problems(ledger)).toEqual([]);
      expect(ledger.payments.map((p) => [p.customerId, p.amount.minor])).toEqual([[name, 4000]]);
    }), { numRuns: 100 });
  });
});
