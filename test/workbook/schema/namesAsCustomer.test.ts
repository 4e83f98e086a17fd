/**
 * A one-sheet ledger whose only customer column (`客户`, `Customer`) holds company names: the
 * ledger is keyed by name (statements print the name, no 客户编号), as one with `客户名称` alone.
 * A column of codes, or one beside a Customers list, stays the customer ID.
 */
import { detectTables, toLedgerInput } from "../../../src/workbook/schema";
import { buildLedger } from "../../../src/core/ledger";
import { holdsNames, isNameLike } from "../../../src/workbook/schema/namesAsCustomer";
import type { RawCell } from "../../../src/workbook/port";
import { block } from "../../core/builders";

const rows = (customers: RawCell[]): RawCell[][] => customers.map((c, i) => [c, `FP-${i + 1}`, "2026-10-01", 100 + i]);
const customerFields = (header: string, customers: RawCell[]) => {
  const columns = detectTables([block("台账", [header, "单据号", "日期", "金额"], rows(customers))]).invoices!.columns;
  return [columns.CustomerID, columns.CustomerName];
};

describe("isNameLike", () => {
  it.each([
    ["厦门鹭江进出口有限公司", true], ["甲公司", true], ["Harbour Street Bakery", true], ["Acme Ltd", true],
    ["C0001", false], ["ACME-01", false], ["1004", false], ["Acme", false], [" ", false],
  ])("%j → %s", (text, expected) => {
    expect(isNameLike(text)).toBe(expected);
  });

  it.each([
    // Codes typed with a space: capitals and digits, ending in a number.
    ["ACME 01", false], ["CUST 1001", false], ["C 12", false], ["AB 12 34", false], ["KH  0045", false],
    // Names: small letters, an ampersand among words, a last word, Chinese.
    ["Smith & Co", true], ["3M Company", true], ["ABC LTD", true], ["PIER 39 TRADING", true], ["Total 24 Hour Plumbing", true],
    ["上海 3 号仓有限公司", true], ["ACME 01 Trading Company", true], ["3M", false],
  ])("%j → %s (codes with a space are codes)", (text, expected) => {
    expect(isNameLike(text)).toBe(expected);
  });

  it("takes no number for a name", () => {
    expect(isNameLike(1004)).toBe(false);
  });
});

describe("holdsNames", () => {
  it("needs nine in ten filled cells to be names, blanks aside", () => {
    const names = Array.from({ length: 9 }, (_, i) => [`客户${i}有限公司`]);
    expect(holdsNames([...names, ["C01"]], 0)).toBe(true); // 9 of 10
    expect(holdsNames([...names, ["C01"], ["C02"]], 0)).toBe(false); // 9 of 11
    expect(holdsNames([...names, [null], [""]], 0)).toBe(true);
    expect(holdsNames([[null]], 0)).toBe(false);
  });
});

describe("a customer column of names, with no Customers list", () => {
  it("is the customers' names: 客户 holding 有限公司 names, Customer holding names with spaces", () => {
    expect(customerFields("客户", ["厦门鹭江进出口有限公司", "泉州晋江鞋服有限公司"])).toEqual([undefined, 0]);
    expect(customerFields("Customer", ["Harbour Street Bakery", "Total Aged Care Pty Ltd"])).toEqual([undefined, 0]);
  });

  it("stays the customer ID when it holds codes, or one-word names that may be codes", () => {
    expect(customerFields("客户", ["C0001", "C0002"])).toEqual([0, undefined]);
    expect(customerFields("Customer", ["Acme", "Beta"])).toEqual([0, undefined]);
  });

  it("stays the customer ID when it holds codes typed with a space (`ACME 01`, `CUST 1001`, `C 12`)", () => {
    expect(customerFields("Customer", ["ACME 01", "CUST 1001", "C 12", "ACME 02"])).toEqual([0, undefined]);
    expect(customerFields("客户", ["KH 001", "KH 002"])).toEqual([0, undefined]);
    // Names beside them stay names: 有限公司 names, `Smith & Co`.
    expect(customerFields("Customer", ["Smith & Co", "Harbour Street Bakery", "ABC LTD"])).toEqual([undefined, 0]);
    expect(customerFields("客户", ["厦门鹭江进出口有限公司", "泉州晋江鞋服有限公司"])).toEqual([undefined, 0]);
  });

  it("stays the customer ID beside a Customers list, whose keys the invoices quote", () => {
    const detection = detectTables([
      block("Customers", ["Customer", "Email"], [["Harbour Street Bakery", "ap@harbour.example"]]),
      block("Invoices", ["Customer", "InvoiceNo", "InvoiceDate", "Amount"], [["Harbour Street Bakery", "I-1", "2026-10-01", 100]]),
    ]);
    expect(detection.invoices!.columns.CustomerID).toBe(0);
  });

  it("stays the customer ID when the clerk chose it so", () => {
    const detection = detectTables([block("台账", ["客户", "单据号", "日期", "金额"], rows(["甲公司", "乙公司"]))], { columns: { invoices: { CustomerID: "客户" } } });
    expect(detection.invoices!.columns.CustomerID).toBe(0);
  });

  it("keys the ledger by name: each customer is marked keyedByName, its name the one written", () => {
    const ledger = buildLedger(toLedgerInput(detectTables([block("台账", ["客户", "单据号", "日期", "金额"], rows(["甲贸易有限公司", "甲贸易有限公司", "乙五金厂"]))])));
    expect(ledger.customers.map((c) => [c.id, c.name, c.keyedByName])).toEqual([["甲贸易有限公司", "甲贸易有限公司", true], ["乙五金厂", "乙五金厂", true]]);
    expect(ledger.issues.filter((i) => i.severity !== "info")).toEqual([]);
  });
});
