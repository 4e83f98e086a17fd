import { buildLedger, issueText, ISSUE_TEXTS } from "../../../src/core/ledger";
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
      ["badRequired", "金额不是金额：该行未读入"],
      ["rowsSkipped", "已跳过 1 行空行：不是发票"],
    ]);
    expect(ledger.issues.map((i) => issueText(i, "en"))).toEqual(ledger.issues.map((i) => i.reason));
  });

  it("has both languages for every code", () => {
    for (const [code, texts] of Object.entries(ISSUE_TEXTS)) {
      const params = { field: "Amount", reason: "x", rows: 1, first: 2, days: 30, count: 1, what: "invoice", dmyRow: 2, mdyRow: 3, open: "5", footers: 1, notes: 1, blank: 1, firstFooter: 9 };
      expect([code, texts.en(params).length > 0, /[\u4e00-\u9fff]/.test(texts.zh(params))]).toEqual([code, true, true]);
    }
  });
});
