import type { DataIssue } from "../../../src/core/model";
import { issuesSummary } from "../../../src/cli/commands/format";

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
