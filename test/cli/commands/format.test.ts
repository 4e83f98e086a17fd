import type { DataIssue } from "../../../src/core/model";
import { asOfLine, farFutureLine, issuesSummary, plural } from "../../../src/cli/commands/format";
import { day, invoice, ledgerOf } from "../../core/builders";

const issue = (severity: DataIssue["severity"]): DataIssue => ({ severity, sheet: "Invoices", row: 7, reason: "example" });

describe("issuesSummary", () => {
  it("says there is nothing when there is nothing", () => {
    expect(issuesSummary([])).toBe("No data issues.");
  });

  it("points the other commands to the Data issues sheet and to check", () => {
    expect(issuesSummary([issue("error"), issue("warning"), issue("info")])).toBe(
      "1 data error (rows not used) and 1 warning (and 1 note): see the 'Data issues' sheet or run 'ar-desk check'.",
    );
    expect(issuesSummary([issue("info"), issue("info")])).toBe("No data issues (2 notes: run 'ar-desk check').");
  });

  it("in check itself, where every issue is printed above, points up instead of back to check", () => {
    expect(issuesSummary([issue("error"), issue("error"), issue("warning")], { listedAbove: true })).toBe("2 data errors (rows not used) and 1 warning: listed above.");
    expect(issuesSummary([issue("info")], { listedAbove: true })).toBe("No data issues (1 note, above).");
  });
});

describe("asOfLine", () => {
  it("explains an empty result when every invoice is dated after the as-of day", () => {
    const ledger = ledgerOf(invoice({ no: "I2", date: "2026-09-03" }), invoice({ no: "I1", date: "2026-06-30" }));
    expect(asOfLine(ledger, day("2020-01-01"))).toBe("Nothing is owed as of 2020-01-01: every invoice is dated later (the first on 2026-06-30). Is --as-of right?");
  });

  it("says nothing once one invoice is dated on or before the as-of day, or when there are no invoices", () => {
    const ledger = ledgerOf(invoice({ no: "I1", date: "2026-06-30" }), invoice({ no: "I2", date: "2027-01-15" }));
    expect(asOfLine(ledger, day("2026-06-30"))).toBeUndefined();
    expect(asOfLine(ledgerOf(), day("2020-01-01"))).toBeUndefined();
  });
});

describe("farFutureLine", () => {
  it("names the first invoice dated more than a year after the as-of day (a mistyped year)", () => {
    const typo = invoice({ no: "I2", date: "2062-03-05" });
    const ledger = ledgerOf(invoice({ no: "I1", date: "2026-09-01" }), typo, invoice({ no: "I3", date: "2026-11-30" }));
    expect(farFutureLine(ledger, day("2026-10-31"))).toBe(
      `1 invoice is dated more than a year after 2026-10-31 (2062-03-05, Invoices row ${typo.source.row}) and is not in these figures: is its date right?`,
    );
    // 2027-11-01 is 366 days after 2026-10-31: within the year, not flagged.
    expect(farFutureLine(ledgerOf(invoice({ no: "I1", date: "2026-09-01" }), invoice({ no: "I4", date: "2027-11-01" })), day("2026-10-31"))).toBeUndefined();
  });
});

describe("plural", () => {
  it("says one thing in the singular and every other count in the plural", () => {
    expect(plural(1, "statement", "statements")).toBe("1 statement");
    expect(plural(0, "statement", "statements")).toBe("0 statements");
    expect(plural(2, "new entry", "new entries")).toBe("2 new entries");
  });
});
