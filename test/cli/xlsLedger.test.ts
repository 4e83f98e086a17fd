/**
 * An Excel 97-2003 ledger (.xls, saved by LibreOffice from an .xlsx) reads as its .xlsx does:
 * `check` finds the same tables and `report` the same figures; statements land beside it as .xlsx.
 */
import { copyFileSync, existsSync } from "node:fs";
import * as path from "node:path";
import { assertBuilt, bytes, cliAll, tempDir, type CliResult } from "./_lib/runCli";

const FIXTURES = path.resolve(__dirname, "../workbook/xls/_fixtures");
let dir: string;
let runs: CliResult[];

beforeAll(async () => {
  assertBuilt();
  dir = tempDir("xls");
  copyFileSync(path.join(FIXTURES, "ledger.xls"), path.join(dir, "ledger.xls"));
  copyFileSync(path.join(FIXTURES, "ledger.xlsx"), path.join(dir, "ledger.xlsx"));
  // an .xls a clerk renamed .xlsx is read by its content
  copyFileSync(path.join(FIXTURES, "ledger.xls"), path.join(dir, "renamed.xlsx"));
  runs = await cliAll(
    [
      ["check", "ledger.xls"],
      ["check", "ledger.xlsx"],
      ["report", "ledger.xls", "--as-of", "2026-11-20"],
      ["report", "ledger.xlsx", "--as-of", "2026-11-20"],
      ["check", "renamed.xlsx"],
      ["statements", "ledger.xls", "--month", "2026-10"],
    ],
    dir,
  );
}, 120_000);

describe("ar-desk on an .xls ledger", () => {
  it("check finds the tables and rows the .xlsx it was saved from has", () => {
    const [xls, xlsx] = runs;
    expect(xls.code).toBe(0);
    expect(xls.stdout).toMatch(/2 customers, 3 invoices, 0 payments read\.\nNo data issues\./);
    expect(xls.stdout).toBe(xlsx.stdout);
    expect(runs[4].stdout).toBe(xlsx.stdout);
  });

  it("report gives the .xlsx's figures, to the cent", () => {
    const [, , xls, xlsx] = runs;
    expect(xls.code).toBe(0);
    expect(xls.stdout).toMatch(/Total\s+USD\s+0\.00\s+0\.30\s+880\.00\s+1,200\.50\s+0\.00\s+2,080\.80/);
    expect(xls.stdout).toBe(xlsx.stdout);
  });

  it("statements are written beside the ledger as an .xlsx, the .xls untouched", () => {
    const statements = runs[5];
    expect(statements.stderr).toBe("");
    expect(statements.code).toBe(0);
    expect(existsSync(path.join(dir, "ledger-statements-2026-10.xlsx"))).toBe(true);
    expect(bytes(path.join(dir, "ledger.xls")).equals(bytes(path.join(FIXTURES, "ledger.xls")))).toBe(true);
  });
});
