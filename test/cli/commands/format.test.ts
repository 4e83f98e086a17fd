import type { DataIssue } from "../../../src/core/model";
import { asOfLine, exitCodeFor, farFutureLine, issueLine, issuesSummary, textTable, unreadLine } from "../../../src/cli/commands/format";
import { cliText } from "../../../src/cli/i18n";
import { farAheadIssues } from "../../../src/flows/farAhead";
import { READ_REASONS } from "../../../src/workbook/xlsx/read/readReasons";
import { day, invoice, ledgerOf } from "../../core/builders";

const en = cliText("en");
const zh = cliText("zh");

const issue = (severity: DataIssue["severity"]): DataIssue => ({ severity, sheet: "Invoices", row: 7, reason: "example" });

describe("issuesSummary", () => {
  it("says there is nothing when there is nothing", () => {
    expect(issuesSummary([], en)).toBe("No data issues.");
  });

  it("points statements to its Data issues sheet and to check", () => {
    expect(issuesSummary([issue("error"), issue("warning"), issue("info")], en, { issuesSheet: true })).toBe(
      "1 data error (rows not used) and 1 warning (and 1 note): see the 'Data issues' sheet or run 'ar-desk check'.",
    );
  });

  it("points report and reminders, which write no Data issues sheet, to check alone", () => {
    expect(issuesSummary([issue("error"), issue("warning"), issue("info")], en)).toBe(
      "1 data error (rows not used) and 1 warning (and 1 note): run 'ar-desk check' to see them.",
    );
    expect(issuesSummary([issue("info"), issue("info")], en)).toBe("No data issues (2 notes: run 'ar-desk check').");
  });

  it("in check itself, where every issue is printed above, points up instead of back to check", () => {
    expect(issuesSummary([issue("error"), issue("error"), issue("warning")], en, { listedAbove: true })).toBe("2 data errors (rows not used) and 1 warning: listed above.");
    expect(issuesSummary([issue("info")], en, { listedAbove: true })).toBe("No data issues (1 note, above).");
  });
});

describe("asOfLine", () => {
  it("explains an empty result when every invoice is dated after the as-of day", () => {
    const ledger = ledgerOf(invoice({ no: "I2", date: "2026-09-03" }), invoice({ no: "I1", date: "2026-06-30" }));
    expect(asOfLine(ledger, day("2020-01-01"), en)).toBe("Nothing is owed as of 2020-01-01: every invoice is dated later (the first on 2026-06-30). Is --as-of right?");
  });

  it("asks about the option that chose the day (statements --month 2020-01), in both languages", () => {
    const ledger = ledgerOf(invoice({ no: "I1", date: "2026-06-30" }));
    expect(asOfLine(ledger, day("2020-01-31"), en, "--month")).toBe("Nothing is owed as of 2020-01-31: every invoice is dated later (the first on 2026-06-30). Is --month right?");
    expect(asOfLine(ledger, day("2020-01-31"), zh, "--month")).toBe("截至 2020-01-31 没有应收款：所有发票的日期都更晚（最早为 2026-06-30）。--month 是否正确？");
  });

  it("says nothing once one invoice is dated on or before the as-of day, or when there are no invoices", () => {
    const ledger = ledgerOf(invoice({ no: "I1", date: "2026-06-30" }), invoice({ no: "I2", date: "2027-01-15" }));
    expect(asOfLine(ledger, day("2026-06-30"), en)).toBeUndefined();
    expect(asOfLine(ledgerOf(), day("2020-01-01"), en)).toBeUndefined();
  });
});

describe("farFutureLine", () => {
  it("names the first invoice dated more than a year after the as-of day (a mistyped year)", () => {
    const typo = invoice({ no: "I2", date: "2062-03-05" });
    const ledger = ledgerOf(invoice({ no: "I1", date: "2026-09-01" }), typo, invoice({ no: "I3", date: "2026-11-30" }));
    expect(farFutureLine(ledger, day("2026-10-31"), en)).toBe(
      `1 invoice is dated more than a year after 2026-10-31 (2062-03-05, Invoices row ${typo.source.row}) and is not in these figures: is its date right?`,
    );
    // 2027-11-01 is 366 days after 2026-10-31: within the year, not flagged.
    expect(farFutureLine(ledgerOf(invoice({ no: "I1", date: "2026-09-01" }), invoice({ no: "I4", date: "2027-11-01" })), day("2026-10-31"), en)).toBeUndefined();
  });
});

describe("a far-ahead invoice date in check (the rule: test/flows/farAhead.test.ts)", () => {
  it("is one line naming the sheet, row, the InvoiceDate cell and its value, in English and Chinese", () => {
    const typo = invoice({ no: "I2", date: "2099-10-05" });
    const ledger = ledgerOf(invoice({ no: "I1", date: "2026-09-01" }), typo);
    const detection = { invoices: { block: { sheet: "Invoices", firstColumn: 1, headers: ["Customer", "No", "Inv Date"] }, columns: { InvoiceDate: 2 } } } as never;
    const [found] = farAheadIssues({ ledger, issues: [], detection }, day("2026-12-05"));
    expect(issueLine(found, en)).toBe(`warning Invoices row ${typo.source.row}, Inv Date "2099-10-05": InvoiceDate 2099-10-05 is more than a year after today (2026-12-05), a mistyped year?: as of today this invoice is in no figure (report, statements, reminders); the date is kept as written`);
    expect(issueLine(found, zh)).toBe(`警告 工作表“Invoices”第 ${typo.source.row} 行，Inv Date“2099-10-05”：开票日期 2099-10-05 比今天（2026-12-05）晚一年以上，年份是否输错？截至今天此发票不计入任何数字（报表、对账单、催款）；日期按原样保留`);
  });
});

describe("in Chinese", () => {
  it("counts issues without English plurals and points to the same places", () => {
    expect(issuesSummary([issue("error"), issue("warning"), issue("warning"), issue("info")], zh, { issuesSheet: true })).toBe(
      "1 个数据错误（相关行未使用），2 个警告（另有 1 条提示）：见 Data issues 工作表或运行 'ar-desk check'。",
    );
    expect(issuesSummary([issue("error"), issue("warning"), issue("warning"), issue("info")], zh)).toBe(
      "1 个数据错误（相关行未使用），2 个警告（另有 1 条提示）：运行 'ar-desk check' 查看。",
    );
    expect(issuesSummary([], zh)).toBe("没有数据问题。");
  });

  it("words an issue line with the core's Chinese reason, the sheet and row in Chinese order", () => {
    const coded: DataIssue = { severity: "error", sheet: "Invoices", row: 12, column: "Inv #", value: "", reason: "InvoiceNo is empty: row not read", code: "emptyRequired", params: { field: "InvoiceNo" } };
    expect(issueLine(coded, zh)).toBe("错误 工作表“Invoices”第 12 行，Inv #：发票号为空：该行未读入");
    expect(issueLine(coded, en)).toBe("error   Invoices row 12, Inv #: InvoiceNo is empty: row not read");
  });

  it("gives the reader's reasons (cells not taken as written) in Chinese too, and escapes control characters", () => {
    const cell: DataIssue = { severity: "warning", sheet: "Invoices", row: 3, column: "Amount", value: "1\n2", reason: READ_REASONS.notNumber };
    expect(issueLine(cell, zh)).toBe("警告 工作表“Invoices”第 3 行，Amount“1\\n2”：以数字保存的单元格中不是数字：按文本读入");
    expect(issueLine(cell, en)).toBe('warning Invoices row 3, Amount "1\\n2": not a number, in a cell saved as a number: read as text');
  });

  it("says the rows not read with the core's Chinese sentence", () => {
    const ledger = { ...ledgerOf(), unread: { rows: 2, rowsWithMoney: 1, byCurrency: { USD: 150000 }, unsummed: 0 } };
    expect(unreadLine(ledger, zh)).toBe("未读入：1 行有金额的数据（USD 1,500.00）未计入以上合计：运行 'ar-desk check' 查看原因。");
    expect(unreadLine(ledger, en)).toBe("NOT READ: 1 row with money (USD 1,500.00) is left out of these totals: run 'ar-desk check' to see why.");
    expect(unreadLine(ledger, en, { listedAbove: true })).toBe("NOT READ: 1 row with money (USD 1,500.00) is left out of these totals: see the issues listed above.");
  });

  it("says a total of the ledger its rows do not add up to apart from the rows not read, and exits 4 for it", () => {
    const off = { rows: 0, rowsWithMoney: 0, byCurrency: {}, unsummed: 0, totalsOff: { count: 1, byCurrency: { CNY: -226000 } } };
    const ledger = { ...ledgerOf(), unread: off };
    expect(unreadLine(ledger, en)).toBe("TOTALS OFF: 1 of the ledger's own totals differs from the sum of the rows it closes (by CNY -2,260.00); the rows are counted as they stand: run 'ar-desk check' to see why.");
    expect(unreadLine(ledger, zh)).toBe("合计不符：表中自带的 1 处合计与其所合计的各行之和不符（相差 CNY -2,260.00）；以上数字按各行实际金额计算：运行 'ar-desk check' 查看原因。");
    expect(exitCodeFor(ledger)).toBe(4);
    const both = { ...ledgerOf(), unread: { ...off, rows: 1, rowsWithMoney: 1, byCurrency: { USD: 1000 }, totalsOff: { count: 2, byCurrency: { USD: 500 } } } };
    expect(unreadLine(both, en)).toBe("NOT READ: 1 row with money (USD 10.00) is left out of these totals; TOTALS OFF: 2 of the ledger's own totals differ from the sum of the rows they close (by USD 5.00); the rows are counted as they stand: run 'ar-desk check' to see why.");
    expect(exitCodeFor(ledgerOf())).toBe(0);
  });

  it("flags far-future invoices in Chinese", () => {
    const typo = invoice({ no: "I2", date: "2062-03-05" });
    const ledger = ledgerOf(invoice({ no: "I1", date: "2026-09-01" }), typo);
    expect(farFutureLine(ledger, day("2026-10-31"), zh)).toBe(`1 张发票的日期比 2026-10-31 晚一年以上（2062-03-05，工作表“Invoices”第 ${typo.source.row} 行），未计入这些数字：日期是否正确？`);
  });
});

describe("textTable", () => {
  it("pads each column to its widest cell, numbers to the right, and trims the line end", () => {
    const table = textTable([["ID", "Name", "Due"], ["C1", "深圳", "1.00"], ["C22", "Ace", "100.00"]], new Set([2]));
    expect(table.split("\n")).toEqual(["ID   Name     Due", "C1   深圳    1.00", "C22  Ace   100.00"]);
  });
});
