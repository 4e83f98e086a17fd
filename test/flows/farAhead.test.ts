/**
 * An invoice dated more than a year after today is named, once, on its InvoiceDate cell: the
 * rule the CLI's check and the task pane's issue list share. Days counted by hand in the comments.
 */
import type { DataIssue } from "../../src/core/model";
import { issueText } from "../../src/core/ledger";
import { farAheadIssues, issuesToday } from "../../src/flows/farAhead";
import { day, invoice, ledgerOf } from "../core/builders";

const detection = { invoices: { block: { sheet: "Invoices", firstColumn: 1, headers: ["Customer", "No", "Inv Date"] }, columns: { InvoiceDate: 2 } } } as never;

describe("farAheadIssues", () => {
  const typo = invoice({ no: "I2", date: "2099-10-05" });
  const also = invoice({ no: "I3", date: "2088-01-01" });
  // 2027-12-05 is 365 days after 2026-12-05 and 2027-12-06 is 366: within the year, not named.
  const ledger = ledgerOf(invoice({ no: "I1", date: "2026-09-01" }), typo, also, invoice({ no: "I4", date: "2027-12-05" }), invoice({ no: "I5", date: "2027-12-06" }));
  // I3's row was already named by the reader (a year past its due date): not twice.
  const named: DataIssue = { severity: "warning", sheet: "Invoices", row: also.source.row, reason: "…", code: "invoiceDateFarAfterDue" };

  it("names each invoice dated more than a year after today by its InvoiceDate cell, once", () => {
    const found = farAheadIssues({ ledger, issues: [named], detection }, day("2026-12-05"));
    // Inv Date is the third column of a block starting in column A: column 3 (C).
    expect(found.map((i) => [i.severity, i.sheet, i.row, i.column, i.columnIndex, i.value, i.code])).toEqual([
      ["warning", "Invoices", typo.source.row, "Inv Date", 3, "2099-10-05", "invoiceDateFarAhead"],
    ]);
    expect(found[0].reason).toBe("InvoiceDate 2099-10-05 is more than a year after today (2026-12-05), a mistyped year?: as of today this invoice is in no figure (report, statements, reminders); the date is kept as written");
    expect(issueText(found[0], "zh")).toBe("开票日期 2099-10-05 比今天（2026-12-05）晚一年以上，年份是否输错？截至今天此发票不计入任何数字（报表、对账单、催款）；日期按原样保留");
  });

  it("names a day one day further on (2027-12-07 is 367 days after 2026-12-05)", () => {
    const found = farAheadIssues({ ledger: ledgerOf(invoice({ no: "I6", date: "2027-12-07" })), issues: [], detection }, day("2026-12-05"));
    expect(found.map((i) => i.value)).toEqual(["2027-12-07"]);
  });

  it("follows the session's own issues in issuesToday", () => {
    const own: DataIssue = { severity: "info", sheet: "Invoices", row: 0, reason: "skipped 1 blank row: not invoices" };
    const issues = issuesToday({ ledger, issues: [own, named], detection }, day("2026-12-05"));
    expect(issues.map((i) => i.code ?? i.reason)).toEqual(["skipped 1 blank row: not invoices", "invoiceDateFarAfterDue", "invoiceDateFarAhead"]);
  });
});
