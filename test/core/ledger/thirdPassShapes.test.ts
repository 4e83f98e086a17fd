/**
 * Shapes found on the third new user's pass (DATEV / Lexware OP-Liste, a French Sage export, a
 * German-Swiss ledger, an export with Invoice ID and Reference), read through header detection as
 * a workbook would be. Expected figures are worked by hand in the comments.
 */
import { buildLedger } from "../../../src/core/ledger";
import { rowKind } from "../../../src/core/ledger/_lib/rowKinds";
import { accountsAsOf } from "../../../src/core/allocation";
import { detectTables, toLedgerInput } from "../../../src/workbook/schema";
import type { SourceBlock } from "../../../src/workbook/port";
import type { Ledger } from "../../../src/core/model";
import { block, day, isoOf } from "../builders";

const read = (blocks: SourceBlock[]): Ledger => buildLedger(toLedgerInput(detectTables(blocks)));
const balances = (ledger: Ledger, asOf: string) =>
  Object.fromEntries(accountsAsOf(ledger, day(asOf)).map((a) => [`${a.customer.name} ${a.currency}`, a.balance]));
const problems = (ledger: Ledger) => ledger.issues.filter((i) => i.severity !== "info");

describe("German and French total rows", () => {
  it("takes Summe / Gesamtsumme / Zwischensumme and Total client / Total général / Sous-total as totals", () => {
    for (const label of ["Summe", "Summe Debitor 10001", "Gesamtsumme", "Zwischensumme:", "Total client 411DUPONT", "Total général", "Sous-total"]) {
      expect([label, rowKind([null, label, null, "1.234,56"])]).toEqual([label, "footer"]);
    }
  });
  it("keeps customers whose names only begin like a total as data", () => {
    for (const name of ["Summer Camp Ltd", "Gesamtschule Nord", "Total Energies SA", "Sous-Bois SARL"]) {
      expect([name, rowKind([name, "RE-1", "05.03.2026", "100,00"])]).toEqual([name, "data"]);
    }
  });
});

describe("DATEV / Lexware OP-Liste", () => {
  it("reads Debitor, Rechnungsnr., Belegdatum, Fällig, Betrag and Offen (decimal comma, dotted dates day first)", () => {
    const ledger = read([block("OP-Liste", ["Debitor", "Name", "Rechnungsnr.", "Belegdatum", "Fällig", "Betrag", "Offen"], [
      ["10001", "Müller GmbH", "RE-0411", "03.06.2026", "03.07.2026", "12.480,00", "12.480,00"],
      ["10001", "Müller GmbH", "RE-0502", "08.09.2026", "08.10.2026", "3.217,45", "1.217,45"],
      [null, "Summe Debitor 10001", null, null, null, null, "13.697,45"],
    ])]);
    expect(problems(ledger)).toEqual([]);
    expect(ledger.invoices.map((i) => [i.invoiceNo, isoOf(i.invoiceDate), isoOf(i.dueDate)])).toEqual([
      ["RE-0411", "2026-06-03", "2026-07-03"],
      ["RE-0502", "2026-09-08", "2026-10-08"],
    ]);
    // 12,480.00 + 1,217.45 still open
    expect(balances(ledger, "2026-10-31")).toEqual({ "Müller GmbH USD": 1369745 });
  });
});

describe("Sage (French): N° compte then Client", () => {
  it("keys customers by the account and names them by the Client column beside it", () => {
    const ledger = read([block("Echeancier", ["N° compte", "Client", "N° facture", "Date facture", "Date d'échéance", "Montant TTC", "Solde"], [
      ["411DUPONT", "SARL Dupont Frères", "FA00412", "15/07/2026", "14/08/2026", "14\u00a0400,00\u00a0€", "10\u00a0000,00\u00a0€"],
      ["411LEROY", "Boulangerie Leroy", "FA00451", "19/08/2026", "18/09/2026", "615,60\u00a0€", "315,60\u00a0€"],
    ])]);
    expect(problems(ledger)).toEqual([]);
    expect(ledger.customers.map((c) => [c.id, c.name])).toEqual([["411DUPONT", "SARL Dupont Frères"], ["411LEROY", "Boulangerie Leroy"]]);
    expect(balances(ledger, "2026-10-31")).toEqual({ "SARL Dupont Frères EUR": 1000000, "Boulangerie Leroy EUR": 31560 });
  });
});

describe("a German-Swiss ledger", () => {
  it("reads weekday dates, German month names and whole francs with an ASCII hyphen: 1'250.- and (250.-)", () => {
    const ledger = read([block("Debitoren", ["Kunde", "Rechnung Nr.", "Datum", "Fällig am", "Betrag", "Bezahlt"], [
      ["Gerber AG", "R-031", "Do 05.03.2026", "Sa 04.04.2026", "CHF 1'250.-", "CHF 250.-"],
      ["Gerber AG", "R-118", "Donnerstag, 3. September 2026", "3. Okt. 2026", "CHF 4'870.50", "-"],
      ["Gerber AG", "G-007", "01-Okt-2026", "01-Okt-2026", "CHF (250.-)", "-"],
    ])]);
    expect(problems(ledger)).toEqual([]);
    expect(ledger.invoices.map((i) => [i.invoiceNo, isoOf(i.invoiceDate), isoOf(i.dueDate), i.amount.minor])).toEqual([
      ["R-031", "2026-03-05", "2026-04-04", 125000],
      ["R-118", "2026-09-03", "2026-10-03", 487050],
      ["G-007", "2026-10-01", "2026-10-01", -25000],
    ]);
    // 1,250 − 250 + 4,870.50 − 250 = 5,620.50
    expect(balances(ledger, "2026-10-31")).toEqual({ "Gerber AG CHF": 562050 });
  });
  it("refuses a German weekday that is not the date's, naming the value", () => {
    const ledger = read([block("Debitoren", ["Kunde", "Rechnung Nr.", "Datum", "Betrag"], [["Gerber AG", "R-031", "Fr 05.03.2026", "1'250.-"]])]);
    const errors = ledger.issues.filter((i) => i.severity === "error");
    expect(errors.map((i) => [i.sheet, i.row, i.column, i.value])).toEqual([["Debitoren", 2, "Datum", "Fr 05.03.2026"]]);
    expect(errors[0].reason).toContain("the weekday written beside it is not that date's weekday");
  });
});

describe("Invoice ID beside a Reference holding purchase orders", () => {
  it("numbers invoices by Invoice ID: one PO on two invoices is no duplicate", () => {
    const ledger = read([block("Invoices", ["Invoice ID", "Customer", "Invoice Date", "Reference", "Total", "Balance"], [
      ["INV-0101", "Proseware Inc", "2026-08-04", "PO 7781", 2400, 2400],
      ["INV-0108", "Proseware Inc", "2026-09-01", "PO 7781", 2400, 1400],
    ])]);
    expect(problems(ledger)).toEqual([]);
    expect(ledger.invoices.map((i) => i.invoiceNo)).toEqual(["INV-0101", "INV-0108"]);
    expect(balances(ledger, "2026-10-31")).toEqual({ "Proseware Inc USD": 380000 });
  });
});

describe("a side column beside unsigned amounts (DATEV S/H, Dr/Cr, 借/贷)", () => {
  it("counts Haben / Cr / 贷 rows as credit, never as more owed", () => {
    for (const [header, owed, credited] of [["S/H", "S", "H"], ["Soll/Haben", "Soll", "Haben"], ["Dr/Cr", "Dr", "Cr"], ["借/贷", "借", "贷"]]) {
      const ledger = read([block("OP", ["Name", "Rechnungs-Nr.", "Datum", "Fällig", "Betrag", header], [
        ["Müller", "RE-1", "05.03.2026", "04.04.2026", "1.000,00", owed],
        ["Müller", "ZA-1", "05.04.2026", "05.04.2026", "400,00", credited],
      ])]);
      // 1,000.00 owed − 400.00 credited
      // (the default currency follows the headers' language: CNY beside 借/贷)
      expect([header, problems(ledger), Object.values(balances(ledger, "2026-10-31"))]).toEqual([header, [], [60000]]);
    }
  });
  it("reads German and French document types: Rechnung / Gutschrift / Zahlung, Facture / Avoir / Règlement", () => {
    for (const [invoice, credit, payment] of [["Rechnung", "Gutschrift", "Zahlung"], ["Facture", "Avoir", "Règlement"]]) {
      const ledger = read([block("OP", ["Name", "Belegart", "Rechnungs-Nr.", "Datum", "Betrag"], [
        ["Müller", invoice, "RE-1", "05.03.2026", "1.000,00"],
        ["Müller", credit, "GS-1", "06.03.2026", "100,00"],
        ["Müller", payment, "ZA-1", "07.03.2026", "300,00"],
      ])]);
      // 1,000.00 − 100.00 credit note − 300.00 received
      expect([invoice, balances(ledger, "2026-10-31")]).toEqual([invoice, { "Müller USD": 60000 }]);
      expect(ledger.invoices.map((i) => i.invoiceNo)).toEqual(["RE-1", "GS-1"]);
    }
  });
});

describe("MYOB Ageing Receivables [Detail]", () => {
  const ageing = (subtotal: string) => block("Ageing", ["ID#", "Date", "Orig. Amt", "Amt Due", "Current", "30 days", "60 days", "90+"], [
    ["Acme Pty Ltd", null, null, null, null, null, null, null],
    ["00000123", "5/03/2026", "$1,100.00", "$1,100.00", null, null, null, "$1,100.00"],
    ["00000187", "14/10/2026", "$550.00", "$250.00", "$250.00", null, null, null],
    [null, null, "$1,650.00", subtotal, "$250.00", null, null, "$1,100.00"],
  ]);
  it("skips an unlabelled subtotal that fills the bucket columns too, when it adds up", () => {
    const ledger = read([ageing("$1,350.00")]);
    expect(problems(ledger)).toEqual([]);
    // Amt Due 1,100.00 + 250.00
    expect(balances(ledger, "2026-10-31")).toEqual({ "Acme Pty Ltd USD": 135000 });
  });
  it("names the row, value and sum above when it does not add up", () => {
    const errors = read([ageing("$1,530.00")]).issues.filter((i) => i.severity === "error");
    expect(errors.map((i) => [i.row, i.column, i.value])).toEqual([[5, "Amt Due", "$1,530.00"]]);
    expect(errors[0].reason).toContain("1,350.00");
  });
});
