/** Runs `node src/cli/ar-desk.js …` as a user would, and reads its outputs back. */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import ExcelJS from "exceljs";

export const REPO = path.resolve(__dirname, "../../..");
export const LAUNCHER = path.join(REPO, "src/cli/ar-desk.js");
const BUILT = path.join(REPO, "build/cli/main.js");

export interface CliResult {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

export function assertBuilt(): void {
  if (!existsSync(BUILT)) throw new Error("build/cli/main.js is missing: run npm run build:cli first");
}

/**
 * The environment of a CLI run: the tester's, in the C locale (English messages, whatever the
 * tester's shell speaks) unless `locale` sets LANG, LC_MESSAGES or LC_ALL itself.
 */
export function cliEnv(locale: Readonly<Record<string, string>> = {}): NodeJS.ProcessEnv {
  const { LC_ALL: _all, LC_MESSAGES: _messages, LANG: _lang, ...rest } = process.env;
  return { ...rest, LANG: "C", ...locale, NO_COLOR: "1", FORCE_COLOR: "0" };
}

/** `ar-desk args…` in `cwd`; never throws on a non-zero exit. English unless `locale` says otherwise. */
export function cli(args: readonly string[], cwd: string, locale?: Readonly<Record<string, string>>): CliResult {
  const r = spawnSync(process.execPath, [LAUNCHER, ...args], {
    cwd,
    encoding: "utf8",
    timeout: 60_000,
    env: cliEnv(locale),
  });
  if (r.error) throw r.error;
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const made: string[] = [];

/** A fresh folder for one test file's fixtures and outputs; removed when the file's tests end. */
export function tempDir(prefix: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), `ar-cli-${prefix}-`));
  made.push(dir);
  return dir;
}

afterAll(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

export async function readXlsx(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

export function bytes(file: string): Buffer {
  return readFileSync(file);
}

/** The table's header and data rows as plain values (hyperlink cells give their text). */
export function tableRows(wb: ExcelJS.Workbook, sheet: string, tableName: string): Record<string, unknown>[] {
  const ws = wb.getWorksheet(sheet);
  if (!ws) throw new Error(`no sheet ${sheet}`);
  const table = (ws as unknown as { getTable(name: string): { table?: { tableRef?: string; ref?: string } } & { tableRef?: string; ref?: string } }).getTable(tableName);
  if (!table) throw new Error(`no table ${tableName} on ${sheet}`);
  const ref: string = (table.table?.tableRef ?? table.table?.ref ?? table.tableRef ?? table.ref) as string;
  const [from, to] = ref.split(":");
  const a = ws.getCell(from);
  const b = ws.getCell(to);
  const top = Number(a.row);
  const left = Number(a.col);
  const bottom = Number(b.row);
  const right = Number(b.col);
  const headers: string[] = [];
  for (let c = left; c <= right; c++) headers.push(String(plain(ws.getCell(top, c).value)));
  const rows: Record<string, unknown>[] = [];
  for (let r = top + 1; r <= bottom; r++) {
    const row: Record<string, unknown> = {};
    headers.forEach((h, i) => (row[h] = plain(ws.getCell(r, left + i).value)));
    rows.push(row);
  }
  return rows;
}

/** A cell value without rich text / hyperlink / formula wrapping. */
export function plain(v: ExcelJS.CellValue): unknown {
  if (v && typeof v === "object" && !(v instanceof Date)) {
    const o = v as { text?: unknown; richText?: { text: string }[]; result?: unknown };
    if (o.richText) return o.richText.map((t) => t.text).join("");
    if ("text" in o) return typeof o.text === "object" ? plain(o.text as ExcelJS.CellValue) : o.text;
    if ("result" in o) return o.result;
  }
  return v;
}

/** Every cell of a sheet with its address. */
export function cellsOf(ws: ExcelJS.Worksheet): ExcelJS.Cell[] {
  const cells: ExcelJS.Cell[] = [];
  ws.eachRow({ includeEmpty: false }, (row) => row.eachCell({ includeEmpty: false }, (cell) => cells.push(cell)));
  return cells;
}

/** Whole-cent comparison of a money cell. */
export function cents(v: unknown): number {
  return Math.round(Number(v) * 100);
}

/** Every `<hyperlink location="…">` (links inside the workbook) of every worksheet, as raw XML text. */
export function internalLinks(file: string): string[] {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { unzipSync, strFromU8 } = require("fflate") as typeof import("fflate");
  const parts = unzipSync(new Uint8Array(readFileSync(file)));
  const links: string[] = [];
  for (const [name, data] of Object.entries(parts)) {
    if (!/^xl\/worksheets\/[^/]+\.xml$/.test(name)) continue;
    for (const m of strFromU8(data).matchAll(/<hyperlink\b[^>]*\blocation="([^"]*)"/g)) links.push(unescapeXml(m[1]));
  }
  return links;
}

function unescapeXml(s: string): string {
  return s.replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
}

/** `ar-desk args…` without blocking: several short runs can overlap. English unless `locale` says otherwise. */
export function cliAsync(args: readonly string[], cwd: string, locale?: Readonly<Record<string, string>>): Promise<CliResult> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { execFile } = require("node:child_process") as typeof import("node:child_process");
  return new Promise((resolve) => {
    execFile(process.execPath, [LAUNCHER, ...args], { cwd, encoding: "utf8", timeout: 60_000, env: cliEnv(locale) }, (error, stdout, stderr) => {
      const code = error ? (typeof (error as { code?: unknown }).code === "number" ? ((error as { code: number }).code) : null) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

/** Runs the command lines `concurrency` at a time; results in the same order. */
export async function cliAll(lines: readonly (readonly string[])[], cwd: string, concurrency = 3): Promise<CliResult[]> {
  const results: CliResult[] = new Array(lines.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < lines.length) {
      const i = next++;
      results[i] = await cliAsync(lines[i], cwd);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, lines.length) }, worker));
  return results;
}
