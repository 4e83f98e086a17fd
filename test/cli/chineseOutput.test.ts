/**
 * `--lang zh`: what the CLI says about a file it refuses is Chinese throughout: the lead, the
 * file name, and the limit or damage itself (no English left besides names, paths and Excel's).
 */
import { writeFileSync } from "node:fs";
import * as path from "node:path";
import { assertBuilt, cli, readXlsx, tableRows, tempDir } from "./_lib/runCli";
import { tinyLedger, writeLedger } from "./_lib/ledgerFixture";
import { ledgerSheets, packageEntries, worksheet, xlsxPackage } from "../hostile/_lib/package";
import { deflatedEntry, rawZip } from "../hostile/_lib/rawZip";

let dir: string;
beforeAll(async () => {
  assertBuilt();
  dir = tempDir("ar-zh-");
  const sheets = ledgerSheets([["C001", "Acme", "a@example.com"]], [["INV-1", "C001", "2026-08-01", "2026-08-31", 5]]);
  writeFileSync(path.join(dir, "twice.xlsx"), rawZip([...packageEntries({ sheets }), deflatedEntry("xl/worksheets/sheet2.xml", worksheet(""))]));
  writeFileSync(path.join(dir, "dtd.xlsx"), xlsxPackage({ sheets, workbookProlog: "<!DOCTYPE workbook>" }));
  writeFileSync(path.join(dir, "cut.xlsx"), xlsxPackage({ sheets }).slice(0, 300));
  // A dunning policy whose Reminder 1 starts "soon": the policy issue names its column.
  const ledger = tinyLedger();
  await writeLedger(path.join(dir, "log.xlsx"), tinyLedger());
  // Text dates: 13/08/2026 decides day first; 03/04/2026 alone decides nothing (the option does).
  await writeLedger(path.join(dir, "textDates.xlsx"), tinyLedger({ invoices: [["INV-9001", "C001", "13/08/2026", "12/09/2026", 10]] }));
  await writeLedger(path.join(dir, "ambiguous.xlsx"), { blocks: [
    { sheet: "Customers", table: "Customers", headers: ["CustomerID", "Name"], rows: [["C001", "Acme"]] },
    { sheet: "Invoices", table: "Invoices", headers: ["InvoiceNo", "CustomerID", "InvoiceDate", "Amount"], rows: [["INV-1", "C001", "03/04/2026", 10]] },
  ] });
  await writeLedger(path.join(dir, "policy.xlsx"), { blocks: [...ledger.blocks, { sheet: "AR Settings", table: "DunningPolicy", headers: ["Stage", "From days", "Fee"], rows: [["Reminder 1", "soon", 0], ["Reminder 2", 15, 0]] }] });
});

/** The message with the names it may carry taken out: what is left must hold no English word. */
const latinLeft = (text: string, names: readonly string[]): string[] => {
  let rest = text;
  for (const name of [...names, "AR Desk", "Excel", "ZIP", ".xlsx"]) rest = rest.split(name).join("");
  return rest.match(/[A-Za-z]{2,}/g) ?? [];
};

describe("ar-desk check --lang zh on a file it refuses", () => {
  it.each([
    ["twice.xlsx", "该文件超出 AR Desk 的安全限制", ["xl/worksheets/sheet2.xml"]],
    ["dtd.xlsx", "该文件超出 AR Desk 的安全限制", ["xl/workbook.xml"]],
    ["cut.xlsx", "该文件已损坏", []],
  ] as const)("%s: one Chinese line, no English word left in it", (file, lead, paths) => {
    const { code, stdout, stderr } = cli(["check", file, "--lang", "zh"], dir);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    const lines = stderr.trim().split("\n");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(lead);
    expect(lines[0]).toContain(`无法读取“${file}”：`);
    expect(latinLeft(lines[0], ["ar-desk", file, ...paths])).toEqual([]);
  });

  it("says the same refusal in English without --lang (the C locale)", () => {
    const { code, stderr } = cli(["check", "twice.xlsx"], dir);
    expect(code).toBe(2);
    expect(stderr).toContain('Cannot read "twice.xlsx": the package lists the part xl/worksheets/sheet2.xml twice; AR Desk does not read it');
  });
});

describe("ar-desk check --lang zh on a dunning policy it cannot use", () => {
  it("names the policy's column in Chinese, not by AR Desk's key (DunningPolicy.from days)", () => {
    const { stdout } = cli(["check", "policy.xlsx", "--lang", "zh"], dir);
    const line = stdout.split("\n").find((l) => l.includes("AR Settings"));
    expect(line).toBe("错误 工作表“AR Settings”第 2 行，催款政策表“起始逾期天数”列“soon”：起始逾期天数不是整数天数：使用默认催款政策");
    expect(latinLeft(line!, ["AR Settings", "“soon”"])).toEqual([]);
  });

  it("keeps the key in English", () => {
    const { stdout } = cli(["check", "policy.xlsx"], dir);
    expect(stdout).toContain('AR Settings row 2, DunningPolicy.from days "soon"');
  });
});

describe("the dunning log of a Chinese run", () => {
  it("is written with Chinese headers, and an English run the next week reads it, keeps its rows and adds its own under the log's headers", async () => {
    const first = cli(["reminders", "log.xlsx", "--as-of", "2026-10-31", "--lang", "zh"], dir);
    expect(first.code).toBe(0);
    const logFile = path.join(dir, "log-dunning-log.xlsx");
    const zhRows = tableRows(await readXlsx(logFile), "Dunning log", "DunningLog");
    expect(Object.keys(zhRows[0])).toEqual(["日期", "客户编号", "发票号", "催款阶段", "币种", "金额", "费用", "利息", "方式"]);
    expect(zhRows.length).toBeGreaterThan(0);

    // The reader took the Chinese headers: no issue about the log, and every earlier row is still there.
    const check = cli(["check", "log.xlsx"], dir);
    expect(check.stdout).not.toMatch(/dunning log (not used|has no|row)/i);
    const second = cli(["reminders", "log.xlsx", "--as-of", "2026-11-07", "--log", "log-dunning-log.xlsx"], dir);
    expect(second.code).toBe(0);
    expect(second.stdout).toContain("No data issues.");
    // The log is the clerk's file by now: its rows are added to, under the headers it has.
    const after = tableRows(await readXlsx(logFile), "Dunning log", "DunningLog");
    expect(Object.keys(after[0])).toEqual(["日期", "客户编号", "发票号", "催款阶段", "币种", "金额", "费用", "利息", "方式"]);
    expect(after.slice(0, zhRows.length)).toEqual(zhRows);
    expect(after.length).toBeGreaterThan(zhRows.length);
  });
});

describe("ar-desk check: how text dates were read, in the run's language", () => {
  it("words the order the values decided", () => {
    expect(cli(["check", "textDates.xlsx"], dir).stdout).toContain("date order of Invoices.InvoiceDate: dmy (from the values)");
    const zh = cli(["check", "textDates.xlsx", "--lang", "zh"], dir).stdout;
    expect(zh).toContain("Invoices.InvoiceDate 的日期顺序：日在前（由数值判定）");
    expect(zh).not.toContain("from the values");
  });

  it("words the order the option gave", () => {
    expect(cli(["check", "ambiguous.xlsx", "--date-order", "mdy"], dir).stdout).toContain("date order of Invoices.InvoiceDate: mdy (option or setting)");
    expect(cli(["check", "ambiguous.xlsx", "--date-order", "mdy", "--lang", "zh"], dir).stdout).toContain("Invoices.InvoiceDate 的日期顺序：月在前（来自选项或设置）");
  });
});
