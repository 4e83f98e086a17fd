import { buildLedger, issueReason, issueText, ISSUE_TEXTS } from "../../../src/core/ledger";
import { block, tableOf } from "../builders";

describe("issue texts", () => {
  const ledger = buildLedger({
    invoices: tableOf(block("发票", ["InvoiceNo", "CustomerID", "InvoiceDate", "Amount"], [
      [null, "C1", "2026-10-01", 5],
      ["F2", "C1", "3/4/2026", 5],
      ["F3", "C1", "2026-10-01", "abc"],
      [],
    ])),
  });

  it("gives every coded issue a Chinese text, and the English one is its reason", () => {
    expect(ledger.issues.map((i) => [i.code, issueText(i, "zh")])).toEqual([
      ["emptyRequired", "发票号为空：该行未读入"],
      ["badRequired", "开票日期日/月顺序不明：请写成 YYYY-MM-DD（请设置 --date-order mdy|dmy 或 AR Settings 中的 ledger.dateOrder）：该行未读入"],
      ["badRequired", "金额无法读成数字：该行未读入"],
      ["rowsSkipped", "已跳过 1 行空行：不是发票"],
    ]);
    expect(ledger.issues.map((i) => issueText(i, "en"))).toEqual(ledger.issues.map((i) => i.reason));
  });

  it("codes every warning about customers, payments and paid amounts, so the Chinese pane shows them in Chinese", () => {
    const doubtful = buildLedger({
      customers: tableOf(block("客户", ["CustomerID", "Name", "Email", "CreditLimit", "Currency", "Language", "DiscountTerms"], [
        ["C1", "", "not-an-email", "lots", "XYZ", "fr", "soon"],
        ["C2", "Beta", "b@beta.test", -5, "dollars", "en", null],
      ])),
      invoices: tableOf(block("发票", ["InvoiceNo", "CustomerID", "InvoiceDate", "Amount", "Paid", "Disputed"], [
        ["F1", "C1", "2026-10-01", 100, "abc", "maybe"],
        ["F2", "C2", "2026-10-01", 100, -20, null],
        ["F3", "C2", "2026-10-01", -50, -80, null],
      ])),
      payments: tableOf(block("收款", ["Date", "CustomerID", "Amount", "InvoiceNo"], [
        ["2026-10-05", "C2", 10, "NOPE"],
        ["2026-10-06", "C2", -5, null],
      ])),
    });
    const warnings = doubtful.issues.filter((i) => i.severity === "warning");
    expect(warnings.map((i) => i.code).sort()).toEqual([
      "badCreditLimit", "badDiscountTerms", "badEmail", "disputedNotYesNo", "nameEmpty", "negativeCreditLimit", "negativePayment",
      "notCurrency", "paidIgnored", "paymentInvoiceUnknown", "unknownCurrency", "unknownLanguage",
    ]);
    for (const w of warnings) expect([w.code, /[\u4e00-\u9fff]/.test(issueText(w, "zh"))]).toEqual([w.code, true]);
    expect(warnings.find((w) => w.code === "unknownCurrency")!.reason).toBe("unknown currency code XYZ: kept as written");
  });

  it("codes the Paid warnings of a ledger without a payments table", () => {
    const paid = buildLedger({
      invoices: tableOf(block("发票", ["InvoiceNo", "CustomerID", "InvoiceDate", "Amount", "Paid", "Email", "CreditLimit"], [
        ["F1", "C1", "2026-10-01", 100, "abc", "nobody", "x"],
        ["F2", "C1", "2026-10-01", 100, -20, null, null],
        ["F3", "C1", "2026-10-01", -50, -80, null, null],
        // one payment for F4 and F5 written on F4 (the rows below blank): kept, and said
        ["F4", "C1", "2026-10-01", 4800, 7950, null, null],
        ["F5", "C1", "2026-10-02", 3150, null, null, null],
      ])),
    });
    expect(paid.issues.filter((i) => i.severity === "warning").map((i) => [i.row, i.code, issueText(i, "zh")])).toEqual([
      [2, "badEmail", "不是有效的电子邮箱地址"],
      [2, "badCreditLimit", "信用额度无法读成数字：不设额度"],
      [2, "badPaid", "已收金额无法读成数字：按 0 计"],
      [3, "paidOppositeSign", "已收金额与金额符号相反：按 0 计"],
      [4, "creditPaidCapped", "红字发票的已收金额超过其金额：以其金额为限"],
      [5, "paidOverAmount", "已收金额超过本发票金额（4,800.00）：多出部分作为该客户的未核销预收款（请核对这笔收款是否也付了其他发票）"],
    ]);
    expect(paid.invoices.find((i) => i.invoiceNo === "F4")!.paid.minor).toBe(795000);
    // Dated, the same excess is a payment's rest: it goes on to the oldest open invoices.
    const dated = buildLedger({
      invoices: tableOf(block("Invoices", ["InvoiceNo", "CustomerID", "InvoiceDate", "Amount", "Paid", "PaidDate"], [
        ["F4", "C1", "2026-10-01", 4800, 7950, "2026-10-20"],
        ["F5", "C1", "2026-10-02", 3150, null, null],
      ])),
    });
    expect(dated.issues.filter((i) => i.severity === "warning").map((i) => [i.row, i.column, i.value, i.reason])).toEqual([
      [2, "Paid", "7950", "Paid is more than the invoice's Amount (4,800.00): the excess settles the customer's oldest open invoices, any rest kept as unapplied credit (check whether this row's payment also covers another invoice)"],
    ]);
  });

  it("has both languages for every code", () => {
    for (const [code, texts] of Object.entries(ISSUE_TEXTS)) {
      const params = { field: "Amount", reason: "x", rows: 1, first: 2, days: 30, count: 1, what: "invoice", dmyRow: 2, mdyRow: 3, open: "5", footers: 1, notes: 1, blank: 1, firstFooter: 9, code: "XYZ", used: "zh", value: "705", expected: "750.00", withDate: 1 };
      expect([code, texts.en(params).length > 0, /[\u4e00-\u9fff]/.test(texts.zh(params))]).toEqual([code, true, true]);
    }
  });
});

describe("English counts", () => {
  it("say 1 row and 2 rows in the rows skipped", () => {
    expect(issueReason("rowsSkipped", { footers: 1, firstFooter: 9, notes: 1, blank: 1 })).toBe("skipped 1 total/footer row (first: row 9), 1 title or note row, 1 blank row: not invoices");
    expect(issueReason("rowsSkipped", { footers: 2, firstFooter: 9, notes: 2, blank: 2 })).toBe("skipped 2 total/footer rows (first: row 9), 2 title or note rows, 2 blank rows: not invoices");
  });

  it("say 1 document and 2 documents written off or void", () => {
    expect(issueReason("writtenOffSkipped", { count: 1, column: "Status", first: 4, value: "Written off" })).toMatch(/^skipped 1 document written off as bad debt /);
    expect(issueReason("writtenOffSkipped", { count: 2, column: "Status", first: 4, value: "uncollectible" })).toMatch(/^skipped 2 documents written off as bad debt /);
    expect(issueReason("voidSkipped", { count: 1, column: "Status", first: 4 })).toBe("skipped 1 void, cancelled, draft or unapproved document (Status; first: row 4): not owed");
    expect(issueReason("voidSkipped", { count: 2, column: "Status", first: 4 })).toBe("skipped 2 void, cancelled, draft or unapproved documents (Status; first: row 4): not owed");
  });

  it("say 1 row and 2 rows in the other counted texts", () => {
    expect(issueReason("paidIgnored", { count: 1 })).toBe("Paid column ignored on 1 row: payments come from the Payments table");
    expect(issueReason("paidIgnored", { count: 2 })).toBe("Paid column ignored on 2 rows: payments come from the Payments table");
    expect(issueReason("requiredColumnMissing", { field: "Amount", rows: 1 })).toBe("required column Amount not found: the table's 1 row was not read");
    expect(issueReason("requiredColumnMissing", { field: "Amount", rows: 2 })).toBe("required column Amount not found: the table's 2 rows were not read");
    expect(issueReason("undatedPaid", { count: 1 })).toBe("1 paid amount has no paid date: taken as paid on its invoice date");
    expect(issueReason("undatedPaid", { count: 2 })).toBe("2 paid amounts have no paid date: taken as paid on their invoice date");
    expect(issueReason("badTerms", { days: 1 })).toMatch(/: 1 day used$/);
    expect(issueReason("badTerms", { days: 30 })).toMatch(/: 30 days used$/);
  });

  it("leave no count of 1 before a plural noun in any text", () => {
    const ones = { field: "Amount", reason: "x", rows: 1, first: 2, days: 1, count: 1, invoices: 1, receipts: 1, what: "invoice", dmyRow: 2, mdyRow: 3, open: "5", footers: 1, notes: 1, blank: 1, firstFooter: 9, code: "XYZ", used: "zh", value: "705", expected: "750.00", column: "Status", columns: "Stage" };
    for (const [code, texts] of Object.entries(ISSUE_TEXTS)) {
      expect([code, texts.en(ones).match(/\b1 (?:[a-z/]+ )*?(?:rows|documents|invoices|receipts|amounts|days|totals|entries)\b/)?.[0]]).toEqual([code, undefined]);
    }
  });
});
