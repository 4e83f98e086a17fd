/** `ar-desk report` (terminal table and --out) and `ar-desk demo` on the shipped sample. */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import * as path from "node:path";
import { strFromU8, unzipSync } from "fflate";
import { simpleParser } from "mailparser";
import { tinyLedger, writeLedger } from "./_lib/ledgerFixture";
import { assertBuilt, bytes, cellsOf, cents, cli, cliAll, plain, readXlsx, REPO, tableRows, tempDir, type CliResult } from "./_lib/runCli";

const SAMPLE = path.join(REPO, "assets", "sample-ledger.xlsx");

let dir: string;
let ledgerBytes: Buffer;
let sampleBytes: Buffer;
let text: CliResult;
let out: CliResult;
let demo: CliResult;

beforeAll(async () => {
  assertBuilt();
  dir = tempDir("report");
  await writeLedger(path.join(dir, "ledger.xlsx"), tinyLedger());
  ledgerBytes = bytes(path.join(dir, "ledger.xlsx"));
  sampleBytes = bytes(SAMPLE);
  [text, out] = await cliAll([
    ["report", "ledger.xlsx", "--as-of", "2026-10-31"],
    ["report", "ledger.xlsx", "--as-of", "2026-10-31", "--out", "summary.xlsx"],
  ], dir, 2);
  demo = cli(["demo", "--out-dir", path.join(dir, "demo")], dir);
}, 120_000);

describe("report", () => {
  test("the terminal table names every customer with a balance and totals per currency", () => {
    expect(text).toMatchObject({ code: 0, stderr: "" });
    const lines = text.stdout.split("\n");
    expect(lines[0]).toBe("AR summary as of 2026-10-31");
    const row = (id: string) => lines.find((l) => l.startsWith(`${id} `)) ?? "";
    expect(row("C001")).toMatch(/Acme Ltd\s+USD\s+250\.00\s+500\.00\s+0\.00\s+800\.00\s+0\.00\s+1,550\.00\s+1,300\.00\s+10,000\.00\s+8,450\.00\s+Collections/);
    expect(row("C002")).toMatch(/北京华夏贸易有限公司\s+CNY\s+2,000\.00\s+5,000\.00\s+0\.00\s+0\.00\s+0\.00\s+7,000\.00\s+5,000\.00\s+50,000\.00\s+43,000\.00\s+Final notice/);
    // One total line per currency; USD and CNY are never added together.
    expect(lines.filter((l) => /^Total\s+USD\s/.test(l))).toHaveLength(1);
    expect(lines.find((l) => /^Total\s+USD\s/.test(l))).toMatch(/250\.00\s+500\.00\s+0\.00\s+800\.00\s+0\.00\s+1,550\.00\s+1,300\.00/);
    expect(lines.find((l) => /^Total\s+CNY\s/.test(l))).toMatch(/2,000\.00\s+5,000\.00\s+0\.00\s+0\.00\s+0\.00\s+7,000\.00\s+5,000\.00/);
    expect(text.stdout).not.toContain("8,550.00");
  });

  test("--out writes an AR Summary sheet with each customer's figures", async () => {
    expect(out).toMatchObject({ code: 0, stderr: "" });
    expect(out.stdout).toContain("written to summary.xlsx");
    const wb = await readXlsx(path.join(dir, "summary.xlsx"));
    expect(wb.worksheets.map((ws) => ws.name)).toEqual(["AR Summary"]);
    const ws = wb.getWorksheet("AR Summary")!;
    const values = cellsOf(ws).map((c) => plain(c.value));
    for (const v of ["C001", "Acme Ltd", "C002", "北京华夏贸易有限公司", "USD", "CNY"]) expect(values).toContain(v);
    const money = values.filter((v) => typeof v === "number").map(cents);
    for (const amount of [155000, 700000, 130000, 500000, 845000, 4300000]) expect(money).toContain(amount);
  });

  test("--out draws the native bucket chart per currency over the totals rows", () => {
    const files = unzipSync(bytes(path.join(dir, "summary.xlsx")));
    const charts = Object.keys(files).filter((p) => /^xl\/charts\/chart\d+\.xml$/.test(p));
    expect(charts).toHaveLength(2);
    const cached = (ccy: string) => {
      const xml = charts.map((p) => strFromU8(files[p])).find((x) => x.includes(`<a:t>Aging ${ccy}</a:t>`))!;
      expect(xml).toMatch(/<c:f>'AR Summary'!\$B\$\d+:\$F\$\d+<\/c:f>/);
      return [.../<c:numCache>.*<\/c:numCache>/.exec(xml)![0].matchAll(/<c:v>([^<]*)<\/c:v>/g)].map((m) => Number(m[1]));
    };
    // The tiny ledger's totals (see the terminal table above).
    expect(cached("USD")).toEqual([250, 500, 0, 800, 0]);
    expect(cached("CNY")).toEqual([2000, 5000, 0, 0, 0]);
    expect(strFromU8(files["[Content_Types].xml"])).toContain("drawingml.chart+xml");
  });

  test("the ledger is unchanged", () => {
    expect(bytes(path.join(dir, "ledger.xlsx")).equals(ledgerBytes)).toBe(true);
  });
});

describe("demo", () => {
  test("exits 0 and writes statements-2026-10.xlsx, reminders/*.eml and ar-summary.xlsx", async () => {
    expect(demo.code).toBe(0);
    expect(demo.stderr).not.toMatch(/^\s+at /m);
    const demoDir = path.join(dir, "demo");
    expect(existsSync(path.join(demoDir, "statements-2026-10.xlsx"))).toBe(true);
    expect(existsSync(path.join(demoDir, "ar-summary.xlsx"))).toBe(true);
    expect(existsSync(path.join(demoDir, "reminders", "reminders.xlsx"))).toBe(true);
    const emls = readdirSync(path.join(demoDir, "reminders")).filter((f) => f.endsWith(".eml"));
    expect(emls.length).toBeGreaterThan(5);
    const parsed = await simpleParser(readFileSync(path.join(demoDir, "reminders", emls[0]), "utf8"));
    expect(parsed.headers.get("x-unsent")).toBe("1");
    const statements = await readXlsx(path.join(demoDir, "statements-2026-10.xlsx"));
    const index = tableRows(statements, "Index", "StatementIndex");
    expect(index.length).toBeGreaterThan(50);
    expect(statements.worksheets.length).toBeGreaterThanOrEqual(index.length + 1);
    expect((await readXlsx(path.join(demoDir, "ar-summary.xlsx"))).getWorksheet("AR Summary")).toBeDefined();
    expect(demo.stdout).toContain("Done. Open the files in");
  });

  test("each step is announced as the command that does the same alone, naming the files the demo wrote", () => {
    const demoDir = path.join(dir, "demo");
    // The test folder is outside the repository: the sample is named by its whole path.
    const steps = demo.stdout.split("\n").filter((l) => l.startsWith("== ")).map((l) => l.slice(3));
    expect(steps).toEqual([
      `ar-desk check ${SAMPLE}`,
      `ar-desk statements ${SAMPLE} --month 2026-10 --out demo/statements-2026-10.xlsx`,
      `ar-desk reminders ${SAMPLE} --as-of 2026-10-31 --out-dir demo/reminders --log demo/dunning-log.xlsx`,
      `ar-desk report ${SAMPLE} --as-of 2026-10-31 --out demo/ar-summary.xlsx`,
      `ar-desk report ${SAMPLE} --as-of 2026-10-31`,
    ]);
    for (const file of ["statements-2026-10.xlsx", "reminders", "dunning-log.xlsx", "ar-summary.xlsx"]) expect([file, existsSync(path.join(demoDir, file))]).toEqual([file, true]);
    expect(demo.stdout).toContain("reminders/letters.xlsx (letters to print)");
    expect(existsSync(path.join(demoDir, "reminders", "letters.xlsx"))).toBe(true);
  });

  test("the hint to log a call, run as shown, logs it into the demo's own log (never beside the sample)", async () => {
    const hint = /log each call with '([^']+)'/.exec(demo.stdout)?.[1];
    expect(hint).toBe(`ar-desk log-call ${SAMPLE} --log demo/dunning-log.xlsx --customer ID`);
    const before = tableRows(await readXlsx(path.join(dir, "demo", "dunning-log.xlsx")), "Dunning log", "DunningLog");
    // C0003 Beacon Outfitters Ltd is at Reminder 2 (phone) on the sample's day.
    const [, ...args] = hint!.replace("--customer ID", "--customer C0003").split(" ");
    const call = cli([...args, "--as-of", "2026-10-31"], dir);
    expect([call.code, call.stderr]).toEqual([0, ""]);
    const after = tableRows(await readXlsx(path.join(dir, "demo", "dunning-log.xlsx")), "Dunning log", "DunningLog");
    expect(after.slice(before.length).map((r) => [r.CustomerID, r.Channel])).toEqual([["C0003", "phone"]]);
    expect(existsSync(path.join(REPO, "assets", "sample-ledger-dunning-log.xlsx"))).toBe(false);
  });

  test("the shipped sample ledger is unchanged", () => {
    expect(bytes(SAMPLE).equals(sampleBytes)).toBe(true);
  });
});
