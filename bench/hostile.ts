/**
 * Benchmark 5, hostile-size files: peak memory and time of `ar-desk check` and `ar-desk report`
 * (each in its own node, default heap, as a clerk runs it) on
 * - Excel's maximum sheet: a ledger whose Invoices sheet has 1,048,576 rows (header + 1,048,575
 *   invoices, 1,000 customers), generated once into bench/.data;
 * - the largest bomb the reader's limits still accept: a sheet part of 1,000,000,000 bytes at a
 *   compression ratio just under 100:1, every row a long text cell that is kept (so memory is
 *   the most the limits allow, not an empty-row best case), beside a small valid ledger.
 * Figures are printed, never asserted (DESIGN §8: memory bounded by the rows kept).
 */
import { existsSync, mkdirSync, renameSync, statSync, writeFileSync } from "node:fs";
import * as path from "node:path";
import { constants, deflateRawSync } from "node:zlib";
import { ledgerSheets, packageEntries, type CustomerRow, type InvoiceRow } from "../test/hostile/_lib/package";
import { rawZip, repeatedDeflate } from "../test/hostile/_lib/rawZip";
import { runNodeMeasured, tail, type NodeCommandRun } from "./_lib/commands";
import { count, duration, megabytes } from "./_lib/format";
import { dataDir } from "./_lib/paths";
import { emitReport, isQuick, progress, runMain, type Figure } from "./_lib/result";

const MAX_ROWS = 1_048_576;
const CUSTOMERS: CustomerRow[] = Array.from({ length: 1000 }, (_, i) => [`C${String(i + 1).padStart(4, "0")}`, `Customer ${i + 1} Ltd`, `ap${i + 1}@example.com`]);
const AS_OF = "2026-10-31";

/** Writes `bytes` to `file` through a temporary name (an interrupted run leaves no half file). */
function save(file: string, bytes: Uint8Array): void {
  writeFileSync(`${file}.partial`, bytes);
  renameSync(`${file}.partial`, file);
}

/** The 1,048,576-row ledger, deflated piece by piece (never the whole sheet in memory). */
function maxRowsLedger(rows: number): string {
  const file = path.join(dataDir(), `max-rows-${rows}.xlsx`);
  if (existsSync(file)) return file;
  progress(`generating ${path.relative(process.cwd(), file)} (once; cached) …`);
  const pieces: Buffer[] = [];
  const flush = (text: string) => pieces.push(deflateRawSync(Buffer.from(text, "utf8"), { finishFlush: constants.Z_FULL_FLUSH }));
  flush(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>InvoiceNo</t></is></c><c r="B1" t="inlineStr"><is><t>CustomerID</t></is></c><c r="C1" t="inlineStr"><is><t>InvoiceDate</t></is></c><c r="D1" t="inlineStr"><is><t>DueDate</t></is></c><c r="E1" t="inlineStr"><is><t>Amount</t></is></c></row>`);
  let size = 0;
  for (let from = 2; from <= rows; from += 10_000) {
    let text = "";
    for (let r = from; r < Math.min(rows + 1, from + 10_000); r++) {
      // serials 46022-46203 = 2026-01-01 … 2026-07-01; amounts with cents, all exact in the sheet
      const date = 46022 + (r % 182);
      text += `<row r="${r}"><c r="A${r}" t="inlineStr"><is><t>INV-${r}</t></is></c><c r="B${r}" t="inlineStr"><is><t>${CUSTOMERS[r % CUSTOMERS.length][0]}</t></is></c><c r="C${r}"><v>${date}</v></c><c r="D${r}"><v>${date + 30}</v></c><c r="E${r}"><v>${(r % 100000) + 0.25}</v></c></row>`;
    }
    size += Buffer.byteLength(text);
    flush(text);
  }
  const tail = "</sheetData></worksheet>";
  pieces.push(deflateRawSync(Buffer.from(tail)));
  const sheet = Buffer.concat(pieces);
  const entries = packageEntries({ sheets: ledgerSheets(CUSTOMERS, []) });
  const invoices = entries.find((e) => e.name === "xl/worksheets/sheet2.xml")!;
  Object.assign(invoices, { data: sheet, size: size + 600 + tail.length });
  save(file, rawZip(entries));
  return file;
}

/** The largest bomb the limits accept: ~1,000,000,000 bytes at just under 100:1, long text kept in every row. */
function largestAcceptedBomb(totalBytes: number): string {
  const file = path.join(dataDir(), `bomb-accepted-${totalBytes}.xlsx`);
  if (existsSync(file)) return file;
  progress(`generating ${path.relative(process.cwd(), file)} (once; cached) …`);
  let x = 7;
  let chunk = "";
  for (let i = 0; i < 1000; i++) {
    let random = "";
    for (let k = 0; k < 12; k++) {
      x ^= x << 13;
      x ^= x >>> 17;
      x ^= x << 5;
      random += ((x >>> 0) % 16).toString(16);
    }
    // 12 random hex digits and 1,250 letters: deflates about 95:1
    chunk += `<row><c t="inlineStr"><is><t>${random}${"a".repeat(1250)}</t></is></c></row>`;
  }
  const times = Math.floor(totalBytes / Buffer.byteLength(chunk));
  const bomb = repeatedDeflate(`<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>`, chunk, times, `</sheetData></worksheet>`);
  const sheets = [...ledgerSheets(CUSTOMERS.slice(0, 2), [["INV-1", "C0001", "2026-08-01", "2026-08-31", 100] as InvoiceRow]), { name: "Notes", entry: { name: "", data: bomb.data, method: 8 as const, size: bomb.size } }];
  save(file, rawZip(packageEntries({ sheets })));
  return file;
}

function shown(run: NodeCommandRun): string {
  const how = run.code === 0 || run.code === 1 ? "" : ` (exit ${run.code ?? run.signal}${run.stderr ? `: ${tail(run.stderr, 1)}` : ""})`;
  return `${duration(run.wallMs)}, peak ${run.measured ? megabytes(run.measured.maxRssBytes) : "n/a"}${how}`;
}

async function main(): Promise<void> {
  mkdirSync(dataDir(), { recursive: true });
  const quick = isQuick();
  const figures: Figure[] = [];
  const notes: string[] = [];
  const rows = quick ? 100_000 : MAX_ROWS;
  const ledger = maxRowsLedger(rows);
  const bombBytes = quick ? 100_000_000 : 1_000_000_000;
  const bomb = largestAcceptedBomb(bombBytes);
  for (const [label, file] of [[`${count(rows)}-row sheet (${megabytes(statSync(ledger).size)} file)`, ledger], [`accepted bomb: ${count(bombBytes)} bytes of XML at ~95:1 (${megabytes(statSync(bomb).size)} file)`, bomb]] as const) {
    for (const command of [["check", file], ["report", file, "--as-of", AS_OF]]) {
      progress(`ar-desk ${command[0]} on the ${label} …`);
      const run = await runNodeMeasured(["cli", ...command], { timeoutMs: 20 * 60_000 });
      figures.push({ measure: `ar-desk ${command[0]}, ${label}`, measured: shown(run) });
      if (run.code !== 0 && run.code !== 1) notes.push(`ar-desk ${command[0]} on ${path.basename(file)}: ${tail(run.stderr, 3)}`);
    }
  }
  emitReport({ title: "Hostile-size files: check and report", sizes: `${count(rows)} rows; a ${count(bombBytes)}-byte accepted bomb`, figures, notes, failures: [] });
}

runMain(main);
