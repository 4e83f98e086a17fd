/**
 * `--lang zh` reaches AR Desk's own sheets too: a bad AR Settings value, a key AR Desk does not
 * know, a dunning log missing a column, and the default language `check` infers are all said in
 * Chinese; the same ledger in English keeps the English texts. The ledger is the tiny one
 * (ledgerFixture.ts) plus an `AR Settings` sheet (Key/Value table at A4, so aging.edges on row 5)
 * and a `Dunning log` sheet whose DunningLog table (header row 3) has no Stage column and 1 row.
 */
import { promises as fs } from "node:fs";
import * as path from "node:path";
import { d, ledgerWorkbook, tinyLedger } from "./_lib/ledgerFixture";
import { assertBuilt, cliAsync, tempDir, type CliResult } from "./_lib/runCli";

const runs = {} as Record<"zh" | "en" | "notWorkbookZh" | "notWorkbookEn", CliResult>;

beforeAll(async () => {
  assertBuilt();
  const dir = tempDir("language-app-sheets");
  const wb = await ledgerWorkbook(tinyLedger());
  const settings = wb.addWorksheet("AR Settings");
  settings.getCell("A1").value = "AR Settings";
  settings.addTable({
    name: "ARSettings",
    ref: "A4",
    headerRow: true,
    columns: [{ name: "Key" }, { name: "Value" }],
    rows: [["aging.edges", "30, 20"], ["aging.colour", "blue"]],
  });
  const log = wb.addWorksheet("Dunning log");
  log.getCell("A1").value = "Dunning log";
  log.addTable({
    name: "DunningLog",
    ref: "A3",
    headerRow: true,
    columns: ["Date", "CustomerID", "InvoiceNo", "Currency", "Amount", "Fee", "Interest"].map((name) => ({ name })),
    rows: [[d("2026-10-01"), "C001", "INV-1", "USD", 100, 0, 0]],
  });
  await wb.xlsx.writeFile(path.join(dir, "ledger.xlsx"));
  // A PDF named like a workbook: refused for what it is.
  await fs.writeFile(path.join(dir, "scan.xlsx"), "%PDF-1.7\n");
  [runs.zh, runs.en, runs.notWorkbookZh, runs.notWorkbookEn] = await Promise.all([
    cliAsync(["check", "ledger.xlsx", "--lang", "zh"], dir, {}),
    cliAsync(["check", "ledger.xlsx", "--lang", "en"], dir, {}),
    cliAsync(["check", "scan.xlsx", "--lang", "zh"], dir, {}),
    cliAsync(["check", "scan.xlsx", "--lang", "en"], dir, {}),
  ]);
}, 120_000);

describe("check --lang zh on a ledger with a bad AR Settings sheet and a broken dunning log", () => {
  it("says the settings problems in Chinese, naming row, key and value", () => {
    expect(runs.zh.stdout).toContain("错误 工作表“AR Settings”第 5 行，aging.edges“30, 20”：必须是递增的正整数天数，如 30, 60, 90：使用默认值");
    expect(runs.zh.stdout).toContain("警告 工作表“AR Settings”第 6 行，aging.colour“blue”：不是 AR Desk 认识的设置：已忽略");
  });

  it("says the dunning log problem in Chinese", () => {
    expect(runs.zh.stdout).toContain("警告 工作表“Dunning log”第 3 行，催款阶段：催款记录未使用：缺少“催款阶段”列；其中 1 行均未读入");
  });

  it("names the inferred default language in Chinese words", () => {
    expect(runs.zh.stdout).toContain("默认语言：英文（");
  });

  it("leaves no English reason on an issue line", () => {
    const issueLines = runs.zh.stdout.split("\n").filter((l) => /^(错误|警告|提示) /.test(l));
    expect(issueLines.length).toBeGreaterThanOrEqual(3);
    expect(issueLines.map((l) => l.slice(l.lastIndexOf("”：") + 2)).filter((reason) => /\b(must|not|ignored|column|row|used)\b/.test(reason))).toEqual([]);
  });

  it("keeps the English texts in English", () => {
    expect(runs.en.stdout).toContain('error   AR Settings row 5, aging.edges "30, 20": must be whole days > 0, ascending, e.g. 30, 60, 90; the default is used');
    expect(runs.en.stdout).toContain("dunning log not used: it has no Stage column; its 1 row is not read");
    expect(runs.en.stdout).toContain("default language: en (");
  });
});

describe("a file that is not a workbook", () => {
  it("is refused in Chinese, the reason too, with the exit code of English", () => {
    expect(runs.notWorkbookZh.stderr).toBe("ar-desk: 该文件不是 Excel 工作簿。无法读取“scan.xlsx”：这是 PDF 文件，不是工作簿\n");
    expect(runs.notWorkbookEn.stderr).toBe('ar-desk: Cannot read "scan.xlsx": it is a PDF, not a workbook\n');
    expect(runs.notWorkbookZh.code).toBe(runs.notWorkbookEn.code);
  });
});
