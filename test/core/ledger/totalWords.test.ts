/**
 * The ledger's total words (totalWords.ts), as examples: which labels are totals, where the word
 * stands, what the label totals, and the names that merely contain a total word. Expected verdicts
 * are written by hand from how each system prints its totals.
 */
import { isBareTotalWord, isSureTotal, isTotalLabel, reachesBack, totalLabel, totalNames } from "../../../src/core/ledger/_lib/totalWords";

describe("totalLabel", () => {
  it.each([
    // English: QuickBooks, Xero, Dynamics GP, Excel's Totals row.
    ["Total", "total", "alone", ""],
    ["Totals:", "total", "alone", ""],
    ["Grand Total: 4,510.00", "total", "alone", ""],
    ["Sub-total", "total", "alone", ""],
    ["Sub total", "total", "alone", ""],
    ["Sum", "total", "alone", ""],
    ["Total for 1 - 30 days past due", "total", "qualified", "for 1 - 30 days past due"],
    ["Total Koala Print Co", "total", "first", "Koala Print Co"],
    ["Aaron Fitz Electrical Totals:", "total", "last", "Aaron Fitz Electrical"],
    ["Acme Ltd Grand Total", "total", "last", "Acme Ltd"],
    ["Period total", "period", "alone", ""],
    // German (DATEV), French (Sage FR), Spanish, Portuguese, Italian, Dutch (Exact).
    ["Summe", "total", "alone", ""],
    ["Gesamtsumme", "total", "alone", ""],
    ["Zwischensumme:", "total", "alone", ""],
    ["Summe Debitor 10001", "total", "qualified", "Debitor 10001"],
    ["Sous-total", "total", "alone", ""],
    ["Total général", "total", "alone", ""],
    ["Total client 411DUPONT", "total", "qualified", "client 411DUPONT"],
    ["Total cliente Distribuciones García", "total", "qualified", "cliente Distribuciones García"],
    ["Total Geral", "total", "alone", ""],
    ["Totale generale", "total", "alone", ""],
    ["Totaal 20014", "total", "qualified", "20014"],
    ["Subtotaal", "total", "alone", ""],
    // Chinese, Simplified and Traditional, with spaces inside and a full-width colon.
    ["合计", "total", "alone", ""],
    ["合 计：", "total", "alone", ""],
    ["總計", "total", "alone", ""],
    ["甲公司 小計", "total", "last", "甲公司"],
    ["甲公司合计", "total", "last", "甲公司"],
    ["合计 甲公司", "total", "first", "甲公司"],
    ["本月合计", "period", "alone", ""],
    ["本月 合计", "period", "alone", ""],
    ["甲公司 本月合计", "period", "last", "甲公司"],
    ["月计", "period", "alone", ""],
    ["本年合计", "total", "alone", ""],
    ["本年累计", "cumulative", "alone", ""],
    // SAP list output: `*` a subtotal, `**` the grand total.
    ["**", "total", "alone", ""],
  ])("%s → %s, %s, names %j", (text, kind, position, names) => {
    expect(totalLabel(text)).toEqual({ kind, position, names });
  });

  it.each([
    "Totally Fresh Ltd", "Totalmente Srl", "Totalizer Ltd", "Summer Camp Ltd", "Gesamtschule Nord", "Sous-Bois SARL", "Sumo Ltd",
    "Sum Kee Trading", // `Sum` is a total alone only: a Hong Kong firm's name starts with it
    "月计划", "*ABC", "C0001", "INV-000123", "Consulting services", "", "   ",
  ])("%j is no total label", (text) => {
    expect(totalLabel(text)).toBeUndefined();
  });
});

describe("names that merely contain a total word", () => {
  // Each reads like a total that names what it totals: the row decides (see the readers' tests).
  it.each([
    ["Summe GmbH", "GmbH"], ["合计科技有限公司", "科技有限公司"], ["Total Logistics Ltd", "Logistics Ltd"],
    ["Subtotal Foods", "Foods"], ["总计划", "划"], ["Totale Srl", "Srl"], ["Total Energies SA", "Energies SA"],
  ])("%s is a total label naming %j, never a sure total nor a bare word", (text, names) => {
    expect(isTotalLabel(text)).toBe(true);
    expect(totalNames(text)).toBe(names);
    expect(isSureTotal(text)).toBe(false);
    expect(isBareTotalWord(text)).toBe(false);
  });
});

describe("isSureTotal", () => {
  it.each([
    ["Total", true], ["ＴＯＴＡＬ", true], ["Total: 1,234.00", true], ["Total 1,234.00", true], ["Total for Acme", true],
    ["Summe Debitor 10001", true], ["Totaal 20014", true], ["合计：", true], ["Prepared by", false],
    ["Total Koala Print Co", false], ["甲公司 小计", false], ["Total Arbor Ltd", false],
  ])("%s → %s", (text, expected) => {
    expect(isSureTotal(text)).toBe(expected);
  });
});

describe("an aging report's grand total in its number or name column", () => {
  // MYOB, QuickBooks, Sage and Oracle close an aged receivables report so: each names no company.
  it.each([
    ["Total Aged Receivables"], ["Total Aged Receivable(s)"], ["Total aged receivable"], ["Total AR"], ["Total A/R"],
    ["Total Receivables"], ["Total Accounts Receivable"], ["Report Total"], ["Report Total:"],
  ])("%s is a sure total", (text) => {
    expect(isSureTotal(text)).toBe(true);
  });

  it.each([
    ["Total Aged Care Pty Ltd", "Aged Care Pty Ltd"], ["Total Arcadia Foods", "Arcadia Foods"], ["Total Agedcare Ltd", "Agedcare Ltd"],
  ])("%s still names a company (the row decides)", (text, names) => {
    expect(totalNames(text)).toBe(names);
    expect(isSureTotal(text)).toBe(false);
  });
});

describe("a number after the word", () => {
  // A number alone (an account, an amount), or one that counts days, names no company: a sure total.
  it.each([["Totaal 20014"], ["Total 1,234.00"], ["Total 1,234.00 USD"], ["Total 90 days and over"], ["Total 1 - 30 days"], ["合计 3 号仓"], ["合计 1 号店"], ["小计 10月"], ["合计：3笔"], ["Total for 24 Hour Plumbing"]])(
    "%s is a sure total", (text) => {
      expect(isSureTotal(text)).toBe(true);
    });

  // A number that starts a name (`24 Hour Plumbing`, `3M Company`) is read like any name: the row decides.
  it.each([["Total 24 Hour Plumbing", "24 Hour Plumbing"], ["Total 3M Company", "3M Company"], ["Summe 7 Eleven Stores", "7 Eleven Stores"], ["总计3D打印有限公司", "3D打印有限公司"]])(
    "%s names %j, no sure total", (text, names) => {
      expect(totalLabel(text)).toEqual({ kind: "total", position: "first", names });
      expect(isSureTotal(text)).toBe(false);
    });
});

describe("isBareTotalWord", () => {
  it.each([
    ["Total", true], ["Grand total:", true], ["合计", true], ["總計：", true], ["Summe", true], ["ＴＯＴＡＬ", true],
    ["Gesamtsumme", true], ["Sous-total", true], ["Total général", true], ["本月合计", true], ["**", true],
    ["Total Logistics", false], ["合计科技有限公司", false], ["Summe GmbH", false], ["Totaal Bouw BV", false], ["C001", false],
    ["Total for Acme", false],
  ])("%s → %s", (text, expected) => {
    expect(isBareTotalWord(text)).toBe(expected);
  });
});

describe("reachesBack", () => {
  it.each([["本年累计", true], ["本年累計", true], ["Total YTD", true], ["Year to date", true], ["Balance b/f", true],
    ["Total carried forward", true], ["本月合计", false], ["Total", false], ["Daytona Ltd", false]])("%s → %s", (text, expected) => {
    expect(reachesBack(text)).toBe(expected);
  });
});
