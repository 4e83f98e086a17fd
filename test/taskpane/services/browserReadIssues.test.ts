/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "node-addons"]}
 */
// The browser pane reads a file with the same .xlsx reader as the CLI: the cells that reader could
// not take, and the exact-totals guard, must reach the clerk there too (issue 10, "the same limits
// hold in the browser pane").
import { TextDecoder, TextEncoder } from "node:util";
import { dayFromCivil } from "../../../src/core/dates";
import { createBrowserServices } from "../../../src/taskpane/services/browser";
import { cleanLedger } from "../../hostile/corpus";
import { ledgerSheets, worksheet, xlsxPackage } from "../../hostile/_lib/package";

Object.assign(globalThis, { TextEncoder, TextDecoder });

const TODAY = dayFromCivil(2026, 11, 15);
const CUSTOMERS = [["C001", "Acme Ltd", "ap@acme.example"]] as const;

function file(bytes: Uint8Array, name: string): File {
  return new File([bytes as BlobPart], name);
}

async function opened(bytes: Uint8Array, name = "ledger.xlsx") {
  const services = createBrowserServices({ today: () => TODAY });
  await services.openWorkbook!(file(bytes, name));
  return services;
}

describe("the browser pane shows the reader's own cell issues", () => {
  it("lists a bad number cell with sheet, row, column and value, and counts it as an error", async () => {
    const bytes = xlsxPackage({
      sheets: ledgerSheets(CUSTOMERS, [
        ["INV-1", "C001", "2026-08-01", "2026-08-31", { raw: `<c r="E2"><v>0x1F</v></c>` }],
        ["INV-2", "C001", "2026-09-10", "2026-10-10", 880],
      ]),
    });
    const analysis = await (await opened(bytes)).analyze();
    const cell = analysis.issues.find((i) => i.sheet === "Invoices" && i.row === 2 && i.column === "E" && i.value === "0x1F");
    expect(cell).toMatchObject({ severity: "error", reason: expect.stringMatching(/^not a number, in a cell saved as a number/) });
    // First among the issues, as in the CLI's check.
    expect(analysis.issues[0]).toBe(cell);
  });

  it("lists a cell beyond column XFD", async () => {
    const customers = worksheet(
      `<row r="1"><c r="A1" t="inlineStr"><is><t>CustomerID</t></is></c><c r="B1" t="inlineStr"><is><t>Name</t></is></c></row>` +
        `<row r="2"><c r="A2" t="inlineStr"><is><t>C001</t></is></c><c r="ZZZZ2"><v>1</v></c></row>`,
    );
    const bytes = xlsxPackage({ sheets: [{ name: "Customers", xml: customers }, ledgerSheets(CUSTOMERS, [["INV-1", "C001", "2026-08-01", "2026-08-31", 100]])[1]] });
    const analysis = await (await opened(bytes)).analyze();
    expect(analysis.issues).toEqual(
      expect.arrayContaining([expect.objectContaining({ sheet: "Customers", row: 2, value: "ZZZZ2", reason: expect.stringContaining("beyond Excel's last column (XFD)") })]),
    );
  });

  it("shows the reader's issues even while a table is still missing", async () => {
    const onlyInvoicesLikeNothing = xlsxPackage({
      sheets: [{ name: "Notes", xml: worksheet(`<row r="1"><c r="A1" t="inlineStr"><is><t>Memo</t></is></c><c r="B1"><v>0x1F</v></c></row>`) }],
    });
    const analysis = await (await opened(onlyInvoicesLikeNothing)).analyze();
    expect(analysis.ready).toBe(false);
    expect(analysis.issues).toEqual([expect.objectContaining({ sheet: "Notes", row: 1, column: "B", value: "0x1F", severity: "error" })]);
  });
});

describe("the browser pane refuses totals it cannot make exact, as the CLI does", () => {
  // 50,000,000,000,000.00 + 45,000,000,000,000.01 = 9,500,000,000,000,001 minor units > 2^53 - 1 = 9,007,199,254,740,991
  const bytes = cleanLedger(
    [["C001", "Acme Ltd", "ap@acme.example"]],
    [
      ["INV-1", "C001", "2026-08-01", "2026-08-31", 50_000_000_000_000],
      ["INV-2", "C001", "2026-08-02", "2026-08-31", 45_000_000_000_000.01],
    ],
  );
  const REFUSAL = /^big\.xlsx: the \w{3} amounts add up to more than [\d,.]+ \(2\^53 - 1 minor units\), beyond what AR Desk can total exactly; split the ledger$/;

  it("on the Ledger screen's check, with one sentence naming the file", async () => {
    await expect((await opened(bytes, "big.xlsx")).analyze()).rejects.toThrow(REFUSAL);
  });

  it("before writing statements or reminders, leaving the workbook as it was", async () => {
    const services = await opened(bytes, "big.xlsx");
    const before = services.workbook()!.toBytes();
    await expect(services.generateStatements({ month: "2026-10", type: "balance-forward" })).rejects.toThrow(REFUSAL);
    await expect(services.previewReminders({ includeUpcoming: false })).rejects.toThrow(REFUSAL);
    await expect(services.createReminders(["C001"], { includeUpcoming: false })).rejects.toThrow(REFUSAL);
    expect(services.workbook()!.toBytes()).toBe(before);
  });

  it("still opens Settings, so the clerk is not locked out of the pane", async () => {
    const settings = await (await opened(bytes, "big.xlsx")).loadSettings();
    expect(settings.dunning.stages.length).toBeGreaterThan(0);
  });

  it("lets a ledger just under the limit through", async () => {
    // 90,071,992,547,409.91 = 2^53 - 1 minor units exactly, in one invoice
    const edge = cleanLedger([["C001", "Acme Ltd", "ap@acme.example"]], [["INV-1", "C001", "2026-08-01", "2026-08-31", 90_071_992_547_409.91]]);
    const analysis = await (await opened(edge, "edge.xlsx")).analyze();
    expect(analysis.overview[0].totalAr.minor).toBe(9_007_199_254_740_991);
  });
});

describe("a macro-enabled workbook in the browser pane", () => {
  it("is read like an .xlsx, and Download workbook keeps its .xlsm name (Excel refuses an .xlsm package named .xlsx)", async () => {
    const services = await opened(cleanLedger(), "Ledger Q4.xlsm");
    expect((await services.analyze()).ready).toBe(true);
    expect((await services.exportWorkbook!()).fileName).toBe("Ledger Q4-ar.xlsm");
  });
});
