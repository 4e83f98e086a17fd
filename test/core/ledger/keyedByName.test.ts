/**
 * Whether a customer's key is a real customer number or derived from its name: statements print
 * 客户编号 / Customer ID only for the former (issue 8 follow-up).
 */
import { buildLedger } from "../../../src/core/ledger";
import { detectTables, toLedgerInput } from "../../../src/workbook/schema";
import type { SourceBlock } from "../../../src/workbook/port";
import { block } from "../builders";

const customers = (blocks: SourceBlock[]) =>
  buildLedger(toLedgerInput(detectTables(blocks))).customers.map((c) => [c.id, c.keyedByName === true]);

describe("Customer.keyedByName", () => {
  it("is set for customers taken from invoice rows by name (one-sheet 台账)", () => {
    expect(customers([block("台账", ["客户名称", "发票号码", "开票日期", "含税金额"], [["华通科技", "F1", "2026-09-15", 1000]])]))
      .toEqual([["华通科技", true]]);
  });

  it("is set for a customer list keyed by name (a contact-list export)", () => {
    expect(customers([
      block("Customers", ["Customer", "Email"], [["Acme Ltd", "ap@acme.example"]]),
      block("Invoices", ["Invoice No", "Customer", "Invoice Date", "Amount"], [["I1", "Acme Ltd", "2026-10-01", 100]]),
    ])).toEqual([["Acme Ltd", true]]);
  });

  it("is set for a group title's customer (no customer column)", () => {
    expect(customers([block("明细账", ["日期", "凭证号", "摘要", "借方", "贷方", "余额"], [
      ["客户：天津重工", null, null, null, null, null],
      ["2026/8/5", "转-1", "销售产品", 678, null, 678],
    ])])).toEqual([["天津重工", true]]);
  });

  it("is not set when a CustomerID column gives the key, on the list or on the invoice rows", () => {
    expect(customers([
      block("Customers", ["Customer ID", "Name"], [["C001", "Acme Ltd"]]),
      block("Invoices", ["Invoice No", "Customer ID", "Invoice Date", "Amount"], [["I1", "C001", "2026-10-01", 100]]),
    ])).toEqual([["C001", false]]);
    expect(customers([block("Invoices", ["Invoice No", "Customer ID", "Customer Name", "Invoice Date", "Amount"], [["I1", "C7", "Birch", "2026-10-01", 1]])]))
      .toEqual([["C7", false]]);
  });
});
