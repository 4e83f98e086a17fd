import { DEFAULT_SETTINGS, type Settings } from "../../src/core/settings";
import { formulaColumnsRequest } from "../../src/flows/formulaColumns";
import { inspectLedger } from "../../src/flows/openLedger";
import { CUSTOMERS, INVOICES, readOf } from "./_lib/smallWorkbook";

const withRate = (annualRate: string): Settings => ({ ...DEFAULT_SETTINGS, dunning: { ...DEFAULT_SETTINGS.dunning, annualRate } });
const INVOICE_TABLE = { ...INVOICES, tableName: "Sales" };

function requestFor(settings: Settings, blocks = [CUSTOMERS, INVOICE_TABLE]) {
  const { detection } = inspectLedger(readOf(blocks));
  return formulaColumnsRequest(detection, settings);
}

describe("formulaColumnsRequest", () => {
  it("names only the detected Excel tables (a sheet's plain range takes no formula columns)", () => {
    expect(requestFor(DEFAULT_SETTINGS).tableNames).toEqual(["Sales"]);
    expect(requestFor(DEFAULT_SETTINGS, [CUSTOMERS, INVOICES]).tableNames).toEqual([]);
  });

  it("plans against the headers the table has now, never over a column the clerk added meanwhile", () => {
    const request = requestFor(withRate("0.08"));
    const now = [{ name: "sales", headers: [...INVOICES.headers.map(String), "Aging"] }];
    const added = request.plan(now, []).add.filter((c) => c.table === "Sales");
    expect(added.find((c) => c.wanted === "Aging")?.column).toBe("Aging (AR)");
    expect(added.map((c) => c.wanted)).toContain("Late interest");
  });

  it("adds no Late interest column when the policy's rate cannot be read", () => {
    const added = requestFor(withRate("eight percent")).plan([{ name: "Sales", headers: INVOICES.headers.map(String) }], []).add;
    expect(added.map((c) => c.wanted)).not.toContain("Late interest");
    expect(added.map((c) => c.wanted)).toContain("Aging");
  });
});
