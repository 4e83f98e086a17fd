/**
 * Node's zlib as the reader's inflater (readXlsxAsync + nodeInflateText, what the CLI reads with)
 * against the reader's own fflate path (readXlsx): the same content from the same bytes, the
 * same refusals at the same limits, and "damaged" for the same damaged files (zlib and fflate
 * word their own complaint differently, so only that part of the message may differ).
 */
import fc from "fast-check";
import { readXlsx, readXlsxAsync, WorkbookReadError, type ReadXlsxOptions } from "../../../../src/workbook/xlsx/read";
import { nodeInflateText } from "../../../../src/workbook/xlsx/read/nodeInflate";
import { generateLedger } from "../../../../src/sample";
import { writeLedgerXlsx } from "../../../../src/sample/writeXlsx";
import { ledgerSheets, rowsXml, worksheet, xlsxPackage } from "../../../hostile/_lib/package";
import { deflatedEntry, repeatedDeflate } from "../../../hostile/_lib/rawZip";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";

/** How a read ended: the content, or the problem and message (zlib's or fflate's own words cut off). */
type Outcome = { content: unknown } | { problem: string; message: string };

function ended(read: () => unknown): Outcome {
  try {
    return { content: read() };
  } catch (e) {
    if (!(e instanceof WorkbookReadError)) throw e;
    return { problem: e.problem, message: e.problem === "corrupt" ? e.message.replace(/ is damaged \(.*$/, " is damaged (…)") : e.message };
  }
}

async function endedAsync(read: () => Promise<unknown>): Promise<Outcome> {
  try {
    return { content: await read() };
  } catch (e) {
    if (!(e instanceof WorkbookReadError)) throw e;
    return { problem: e.problem, message: e.problem === "corrupt" ? e.message.replace(/ is damaged \(.*$/, " is damaged (…)") : e.message };
  }
}

async function bothReaders(bytes: Uint8Array, options: ReadXlsxOptions = {}): Promise<{ fflate: Outcome; zlib: Outcome }> {
  const opts = { fileName: "f.xlsx", ...options };
  return { fflate: ended(() => readXlsx(bytes, opts)), zlib: await endedAsync(() => readXlsxAsync(bytes, nodeInflateText, opts)) };
}

const sheet = (rows: string) => xlsxPackage({ sheets: [{ name: "S", xml: worksheet(rows) }] });

let generated: Uint8Array;

beforeAll(async () => {
  const dir = mkdtempSync(path.join(tmpdir(), "ar-desk-inflate-"));
  try {
    const file = path.join(dir, "ledger.xlsx");
    // shared strings and sheets of several hundred KB: many inflated chunks, multi-byte text across them
    await writeLedgerXlsx(file, generateLedger({ customers: 300, asOf: "2026-10-31", seed: 7 }), { asTables: true, streaming: true });
    generated = new Uint8Array(readFileSync(file));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}, 60_000);

it("reads a generated ledger to the same blocks, names and issues", async () => {
  const { fflate, zlib } = await bothReaders(generated);
  expect("content" in zlib).toBe(true);
  expect(zlib).toEqual(fflate);
  const blocks = (zlib as { content: { blocks: { rows: unknown[] }[] } }).content.blocks;
  expect(blocks.reduce((n, b) => n + b.rows.length, 0)).toBeGreaterThan(3000);
});

it("reads Chinese text split across inflated chunks whole", async () => {
  const names = Array.from({ length: 20000 }, (_, i) => [`上海华瑞贸易有限公司 ${i}`, i]);
  const bytes = sheet(rowsXml([["客户名称", "编号"], ...names]));
  const { fflate, zlib } = await bothReaders(bytes);
  expect(zlib).toEqual(fflate);
  const rows = (zlib as { content: { blocks: { rows: unknown[][] }[] } }).content.blocks[0].rows;
  expect(rows[19999]).toEqual(["上海华瑞贸易有限公司 19999", 19999]);
});

it("refuses a part past the size limit with the same line", async () => {
  const rows = rowsXml(Array.from({ length: 3000 }, (_, i) => [`text ${i} ${(i * 7919) % 10007}`, i]));
  const { fflate, zlib } = await bothReaders(sheet(rows), { limits: { maxPartBytes: 64 * 1024 } });
  expect(zlib).toEqual({ problem: "refused", message: 'Cannot read "f.xlsx": xl/worksheets/sheet1.xml inflates to more than 65536 bytes (the limit for one part); AR Desk does not read it' });
  expect(zlib).toEqual(fflate);
});

it("refuses a steep ratio whose declared size lies, with the same line", async () => {
  const bomb = repeatedDeflate("<worksheet><sheetData>", "<row/>".repeat(20000), 40, "</sheetData></worksheet>");
  const bytes = xlsxPackage({ sheets: [{ name: "S", entry: { name: "", data: bomb.data, method: 8, size: 10 } }] });
  const { fflate, zlib } = await bothReaders(bytes);
  expect(zlib).toMatchObject({ problem: "refused", message: expect.stringMatching(/sheet1\.xml inflates more than 100 times its compressed size/) });
  expect(zlib).toEqual(fflate);
});

it("passes a parse error from inside a chunk through as the sheet's damage", async () => {
  const bytes = sheet(rowsXml(Array.from({ length: 5000 }, (_, i) => [`n${i}`, i])).replace('<row r="4000"', '<row r="x"'));
  const { fflate, zlib } = await bothReaders(bytes);
  expect(zlib).toEqual({ problem: "corrupt", message: 'Cannot read "f.xlsx": sheet "S" is damaged (…)' });
  expect(fflate).toEqual(zlib);
});

it("reads stored (uncompressed) and empty parts as the plain reader does", async () => {
  const xml = worksheet(rowsXml([["Name", "Amount"], ["a", 1]]));
  const stored = xlsxPackage({ sheets: [{ name: "S", entry: { name: "", data: Buffer.from(xml, "utf8"), method: 0, size: Buffer.byteLength(xml) } }] });
  const empty = xlsxPackage({ sheets: [{ name: "S", entry: { name: "", data: new Uint8Array(0), method: 8, size: 0 } }] });
  for (const bytes of [stored, empty]) {
    const { fflate, zlib } = await bothReaders(bytes);
    expect(zlib).toEqual(fflate);
  }
});

it("calls damaged deflate data damaged, cut short or bit-flipped anywhere (fast-check)", async () => {
  const base = xlsxPackage({ sheets: ledgerSheets([["C001", "Acme Ltd", "ap@acme.example"]], [["INV-1", "C001", "2026-08-01", "2026-08-31", 1200.5]]), extra: [deflatedEntry("docProps/x.xml", "<x/>")] });
  await fc.assert(
    fc.asyncProperty(fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 0, max: 7 })), { minLength: 1, maxLength: 8 }), fc.double({ min: 0.5, max: 1, noNaN: true }), async (flips, keep) => {
      const bytes = base.slice(0, Math.max(1, Math.floor(base.length * keep)));
      for (const [at, bit] of flips) bytes[Math.min(bytes.length - 1, Math.floor(bytes.length * at))] ^= 1 << bit;
      const { fflate, zlib } = await bothReaders(bytes);
      expect(zlib).toEqual(fflate);
    }),
    { numRuns: 300 },
  );
});
