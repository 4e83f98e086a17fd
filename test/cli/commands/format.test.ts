import fc from "fast-check";
import type { DataIssue } from "../../../src/core/model";
import { asOfLine, displayWidth, farFutureLine, issuesSummary, plural, textTable } from "../../../src/cli/commands/format";
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

describe("displayWidth", () => {
  // The rule as written before it was read by char codes: a regex per code point.
  const byRegex = (text: string): number => {
    let width = 0;
    for (const ch of text) width += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1;
    return width;
  };

  it("counts CJK as two columns and anything else as one", () => {
    expect(displayWidth("ACME Ltd")).toBe(8);
    expect(displayWidth("深圳宏达")).toBe(8);
    expect(displayWidth("ＡＢ")).toBe(4); // full-width Latin
    expect(displayWidth("😀")).toBe(1); // one code point, two UTF-16 units
  });

  it("agrees with the regex rule on any text, lone surrogates and range edges included", () => {
    const edges = [0x10ff, 0x1100, 0x115f, 0x1160, 0x2e7f, 0x2e80, 0xa4cf, 0xa4d0, 0xabff, 0xac00, 0xd7a3, 0xd7a4, 0xd800, 0xdbff, 0xdc00, 0xdfff, 0xf8ff, 0xf900, 0xfaff, 0xfb00, 0xfe2f, 0xfe30, 0xfe4f, 0xfe50, 0xfeff, 0xff00, 0xff60, 0xff61, 0xffdf, 0xffe0, 0xffe6, 0xffe7, 0xffff];
    const unit = fc.oneof(fc.integer({ min: 0, max: 0xffff }), fc.constantFrom(...edges)).map((code) => String.fromCharCode(code));
    const text = fc.oneof(fc.string({ unit }), fc.string({ unit: "grapheme" }), fc.string({ unit: "binary" }));
    fc.assert(fc.property(text, (t) => expect(displayWidth(t)).toBe(byRegex(t))), { numRuns: 2000 });
  });
});

describe("textTable", () => {
  it("pads each column to its widest cell, numbers to the right, and trims the line end", () => {
    const table = textTable([["ID", "Name", "Due"], ["C1", "深圳", "1.00"], ["C22", "Ace", "100.00"]], new Set([2]));
    expect(table.split("\n")).toEqual(["ID   Name     Due", "C1   深圳    1.00", "C22  Ace   100.00"]);
  });
});
