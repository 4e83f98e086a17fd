/**
 * Shapes found on the fourth new user's pass (a Taiwanese 應收帳款明細, Spanish / Italian / Dutch /
 * Portuguese exports, a 金蝶云星空 应收单列表, Stripe's uncollectible, a hire firm's Type letters, two
 * tables side by side), read through header detection as a workbook would be. Expected figures are
 * worked by hand in the comments.
 */
import { buildLedger } from "../../../src/core/ledger";
import { rowKind } from "../../../src/core/ledger/_lib/rowKinds";
import { nameKey } from "../../../src/core/ledger/_lib/customerKey";
import { isSideHeader } from "../../../src/core/ledger/_lib/sideColumn";
import { issueText } from "../../../src/core/ledger/issueTexts";
import { accountsAsOf } from "../../../src/core/allocation";
import { detectTables, toLedgerInput } from "../../../src/workbook/schema";
import type { SourceBlock } from "../../../src/workbook/port";
import type { Ledger } from "../../../src/core/model";
import { block, day, isoOf } from "../builders";

const read = (blocks: SourceBlock[]): Ledger => buildLedger(toLedgerInput(detectTables(blocks)));
const balances = (ledger: Ledger, asOf: string) =>
  Object.fromEntries(accountsAsOf(ledger, day(asOf)).map((a) => [`${a.customer.name} ${a.currency}`, a.balance]));
const problems = (ledger: Ledger) => ledger.issues.filter((i) => i.severity !== "info");
const notes = (ledger: Ledger) => ledger.issues.filter((i) => i.severity === "info").map((i) => i.code);

describe("Spanish, Italian, Dutch, Portuguese and Traditional Chinese total rows (and Dynamics GP's Grand Totals)", () => {
  it("takes Grand Totals / Total cliente / Totale generale / Totaal / Subtotaal / Total Geral / 合計 / 總計 / 小計 as totals", () => {
    for (const label of ["Grand Totals:", "Subtotals", "Total cliente Distribuciones García", "Totale cliente", "Totale generale", "Totaal", "Totaal 20014", "Subtotaal", "Total Geral", "合計", "總計", "小計"]) {
      expect([label, rowKind([null, label, null, "1.234,56"])]).toEqual([label, "footer"]);
    }
  });
  it("keeps customers whose names only begin like a total as data", () => {
    for (const name of ["Total Energies SA", "Totally Fresh Ltd", "Totalmente Srl"]) {
      expect([name, rowKind([name, "F-1", "05/03/2026", "100,00"])]).toEqual([name, "data"]);
    }
  });
});

describe("a Taiwanese 應收帳款明細 (Traditional Chinese headers, 民國 dates, NT$)", () => {
  it("reads 客戶名稱 / 發票號碼 / 發票日期 / 到期日 / 金額 / 已收 / 未收 and 115/10/05 as 2026-10-05", () => {
    const ledger = read([block("應收帳款明細", ["客戶名稱", "發票號碼", "發票日期", "到期日", "金額", "已收", "未收"], [
      ["台北興隆貿易股份有限公司", "AB-12345678", "115/07/15", "115.08.14", "NT$126,000", 26000, "NT$100,000"],
      ["台北興隆貿易股份有限公司", "AB-12345755", "民國115年10月5日", "民國115年12月4日", 9450, 0, 9450],
      [null, "合計", null, null, 135450, 26000, 109450],
    ])]);
    expect(problems(ledger)).toEqual([]);
    expect(ledger.invoices.map((i) => [i.invoiceNo, isoOf(i.invoiceDate), isoOf(i.dueDate)])).toEqual([
      ["AB-12345678", "2026-07-15", "2026-08-14"],
      ["AB-12345755", "2026-10-05", "2026-12-04"],
    ]);
    // 100,000 + 9,450 open, in TWD (the NT$ markers)
    expect(balances(ledger, "2026-10-31")).toEqual({ "台北興隆貿易股份有限公司 TWD": 10945000 });
  });
});

describe("European exports with the decimal comma", () => {
  it.each([
    ["Spanish", ["Cliente", "Nº Factura", "Fecha", "Vencimiento", "Importe", "Cobrado", "Pendiente"], "1.210,00 €", "210,00 €", "1.000,00 €"],
    ["Italian", ["Cliente", "N. Fattura", "Data", "Scadenza", "Importo", "Incassato", "Residuo"], "€ 1.210,00", "€ 210,00", "€ 1.000,00"],
    ["Dutch", ["Naam", "Factuur", "Factuurdatum", "Vervaldatum", "Bedrag", "Betaald", "Openstaand"], "€ 1.210,00", "€ 210,00", "€ 1.000,00"],
    ["Portuguese", ["Cliente", "Nº Documento", "Emissão", "Vencimento", "Valor", "Valor Recebido", "Em aberto"], "1.210,00", "210,00", "1.000,00"],
  ])("reads a %s export: customer, number, dates day first, amount, received and open", (_language, headers, amount, paid, open) => {
    const ledger = read([block("Export", headers, [["Casa Nova", "F-0412", "23/09/2026", "23/10/2026", amount, paid, open]])]);
    expect(problems(ledger)).toEqual([]);
    expect(ledger.invoices.map((i) => [i.invoiceNo, isoOf(i.invoiceDate), isoOf(i.dueDate), i.amount.minor])).toEqual([["F-0412", "2026-09-23", "2026-10-23", 121000]]);
    expect(Object.values(balances(ledger, "2026-10-31"))).toEqual([100000]);
  });
});

describe("a document's status in the exporting system", () => {
  it("counts an audited (已审核) 应收单 and skips 未审核 / 创建 ones as not yet booked, noting it once", () => {
    const ledger = read([block("应收单列表", ["单据编号", "业务日期", "到期日", "客户", "单据状态", "价税合计", "已核销金额", "未核销金额"], [
      ["AR001", "2026-09-12", "2026-10-12", "成都天府食品", "已审核", 22600, 0, 22600],
      ["AR002", "2026-10-18", "2026-11-17", "成都天府食品", "未审核", 11300, 0, 11300],
      ["AR003", "2026-10-28", "2026-11-27", "成都天府食品", "创建", 9040, 0, 9040],
    ])]);
    expect(problems(ledger)).toEqual([]);
    expect(notes(ledger)).toEqual(["voidSkipped"]);
    expect(balances(ledger, "2026-10-31")).toEqual({ "成都天府食品 CNY": 2260000 });
  });
  it("skips a document whose Status says it was written off (Stripe's uncollectible), in en and zh", () => {
    const ledger = read([block("invoices", ["Number", "Customer Name", "Date", "Due Date", "Total", "Amount Remaining", "Status"], [
      ["B-0001", "Beta LLC", "2026-08-20", "2026-09-19", "90.00", "90.00", "uncollectible"],
      ["B-0002", "Beta LLC", "2026-09-15", "2026-10-15", "500.00", "200.00", "open"],
    ])]);
    expect(problems(ledger)).toEqual([]);
    const note = ledger.issues.find((i) => i.code === "writtenOffSkipped")!;
    expect(note.params).toEqual({ count: 1, first: 2, column: "Status", value: "uncollectible" });
    expect(issueText(note, "en")).toContain("written off as bad debt");
    expect(issueText(note, "zh")).toContain("已核销为坏账");
    expect(balances(ledger, "2026-10-31")).toEqual({ "Beta LLC USD": 20000 });
  });
  it("keeps a clerk's note saying written off as a warning (a note is no system status)", () => {
    const ledger = read([block("Ledger", ["Customer", "Invoice", "Date", "Amount", "Notes"], [["Gamma", "G-1", "2026-09-01", "100.00", "written off"]])]);
    expect(problems(ledger).map((i) => i.code)).toEqual(["noteSaysWrittenOff"]);
  });
});

describe("a Type column's letters", () => {
  it("names a side column by its header (S/H, Dr/Cr, 借/贷), not by the letters in it", () => {
    for (const header of ["S/H", "Soll/Haben", "Soll/Haben-Kennzeichen", "Dr/Cr", "D/C", "借/贷", "方向"]) expect([header, isSideHeader(header)]).toEqual([header, true]);
    for (const header of ["Type", "Typ", "Document Type", undefined]) expect([header, isSideHeader(header)]).toEqual([header, false]);
  });
  it("reads a firm's own letters in a Type column (H hire, S sale) as invoices, and H as Haben only under S/H", () => {
    const rows = [["Birch Groundworks", "PH-1", "2026-09-01", "H", "1,840.00"], ["Birch Groundworks", "PH-2", "2026-09-02", "S", "415.00"]];
    const typed = read([block("Ledger", ["Customer", "Invoice", "Date", "Type", "Amount"], rows)]);
    expect(typed.invoices.map((i) => [i.invoiceNo, i.amount.minor])).toEqual([["PH-1", 184000], ["PH-2", 41500]]);
    const sided = read([block("Ledger", ["Customer", "Invoice", "Date", "S/H", "Amount"], rows)]);
    // 415.00 owed less the 1,840.00 credited: 1,425.00 in credit
    expect(balances(sided, "2026-10-31")).toEqual({ "Birch Groundworks USD": -142500 });
  });
});

describe("customer numbers kept as text", () => {
  it("keys '00456 (Excel's text mark pasted in as a character) as 00456", () => {
    expect(nameKey("'00456")).toBe(nameKey("00456"));
    expect(nameKey("00456")).not.toBe(nameKey("456"));
    const ledger = read([block("Open AR", ["Cust No", "Customer", "Invoice", "Invoice Date", "Amount"], [
      ["00456", "Litware Inc", "INV-5007", "2026-07-21", "2,975.50"],
      ["'00456", "Litware Inc", "INV-5024", "2026-09-29", "630.00"],
    ])]);
    expect(ledger.customers.map((c) => c.id)).toEqual(["00456"]);
  });
});

describe("two tables side by side on one sheet", () => {
  it("reads invoices (A:E) and payments (G:J) as two tables: no invoice takes the payments' date as paid", () => {
    const headers = ["Invoice No", "Customer", "Invoice Date", "Terms", "Amount", "", "Payment Date", "Customer", "Payment Amount", "Invoice No"];
    const ledger = read([block("AR", headers, [
      ["S-1001", "Fourth Coffee", "2026-07-06", 30, 3600, null, "2026-08-04", "Fourth Coffee", 3600, "S-1001"],
      ["S-1007", "Fourth Coffee", "2026-09-11", 30, 1450, null, "2026-10-21", "Fourth Coffee", 450, "S-1007"],
      ["S-1012", "Fourth Coffee", "2026-10-13", 30, 980, null, null, null, null, null],
    ])]);
    expect(problems(ledger)).toEqual([]);
    expect(ledger.payments.map((p) => [isoOf(p.date), p.amount.minor, p.invoiceNo])).toEqual([["2026-08-04", 360000, "S-1001"], ["2026-10-21", 45000, "S-1007"]]);
    // 1,450.00 − 450.00 + 980.00
    expect(balances(ledger, "2026-10-31")).toEqual({ "Fourth Coffee USD": 198000 });
  });
  it("keeps one table with an empty spacer column as one table", () => {
    const headers = ["Invoice No", "Customer", "Invoice Date", "", "Amount", "Paid"];
    const ledger = read([block("AR", headers, [["S-1", "Fourth Coffee", "2026-10-13", null, 980, 480]])]);
    expect(balances(ledger, "2026-10-31")).toEqual({ "Fourth Coffee USD": 50000 });
  });
});

describe("a customer whose name reads like a total, in a ledger keyed by name", () => {
  it("keeps Totale Srl's and Summe GmbH's numbered, dated invoices and still skips the real total rows", () => {
    const ledger = read([block("Fatture", ["Cliente", "N. Fattura", "Data", "Scadenza", "Importo"], [
      ["Totale Srl", "F-101", "05/09/2026", "05/10/2026", "1.210,00"],
      ["Summe GmbH", "F-102", "12/09/2026", "12/10/2026", "500,00"],
      ["Totale cliente", null, null, null, "1.710,00"],
      ["Rossi SpA", "F-103", "20/09/2026", "20/10/2026", "90,00"],
      ["Totale generale", null, null, null, "1.800,00"],
    ])]);
    expect(ledger.invoices.map((i) => [i.invoiceNo, i.customerId === undefined ? "" : ledger.customers.find((c) => c.id === i.customerId)?.name, i.amount.minor])).toEqual([
      ["F-101", "Totale Srl", 121000],
      ["F-102", "Summe GmbH", 50000],
      ["F-103", "Rossi SpA", 9000],
    ]);
    // the two total rows are skipped (an info note counts them), nothing else is said
    expect(problems(ledger)).toEqual([]);
  });
});
