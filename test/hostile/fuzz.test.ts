/**
 * The reader fuzzed with fast-check over mutated real packages (one written by ExcelJS, one by
 * the corpus builder): cut short, bits flipped, parts listed twice, random XML in a sheet. Every
 * outcome is either content or a WorkbookReadError, in bounded time: never another exception,
 * never a hang.
 */
import fc from "fast-check";
import { strFromU8, strToU8, unzipSync } from "fflate";
import { readXlsx, WorkbookReadError } from "../../src/workbook/xlsx/read";
import { ledgerWorkbook, tinyLedger } from "../cli/_lib/ledgerFixture";
import { cleanLedger } from "./corpus";
import { deflatedEntry, rawZip } from "./_lib/rawZip";

let packages: Uint8Array[] = [];

beforeAll(async () => {
  const excel = new Uint8Array((await (await ledgerWorkbook(tinyLedger())).xlsx.writeBuffer()) as ArrayBuffer);
  packages = [excel, cleanLedger()];
});

/** Reads, and says how it ended: "ok", or the problem of the WorkbookReadError; anything else throws. */
function outcome(bytes: Uint8Array): string {
  const started = Date.now();
  try {
    const content = readXlsx(bytes, { fileName: "fuzz.xlsx" });
    for (const b of content.blocks) for (const row of b.rows) if (row.length !== b.headers.length) throw new Error("ragged block");
    return "ok";
  } catch (e) {
    if (e instanceof WorkbookReadError) return e.problem;
    throw e;
  } finally {
    // eslint-disable-next-line no-unsafe-finally -- a run too slow fails the property, whatever it returned.
    if (Date.now() - started > 5000) throw new Error(`took ${Date.now() - started} ms`);
  }
}

const pkg = () => fc.integer({ min: 0, max: 1 });

test("the unmutated packages read", () => {
  expect(packages.map(outcome)).toEqual(["ok", "ok"]);
});

test("cut short anywhere", () => {
  fc.assert(fc.property(pkg(), fc.double({ min: 0, max: 1, noNaN: true }), (k, at) => {
    const bytes = packages[k];
    outcome(bytes.subarray(0, Math.floor(bytes.length * at)));
  }), { numRuns: 300 });
});

test("bits flipped anywhere", () => {
  fc.assert(fc.property(pkg(), fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 0, max: 7 })), { minLength: 1, maxLength: 20 }), (k, flips) => {
    const bytes = packages[k].slice();
    for (const [at, bit] of flips) bytes[Math.min(bytes.length - 1, Math.floor(bytes.length * at))] ^= 1 << bit;
    outcome(bytes);
  }), { numRuns: 400 });
});

/** The package's parts as text, to rebuild it mutated. */
function parts(k: number): [string, Uint8Array][] {
  return Object.entries(unzipSync(packages[k]));
}

test("parts listed twice, or left out", () => {
  fc.assert(fc.property(pkg(), fc.array(fc.nat(), { maxLength: 4 }), fc.array(fc.nat(), { maxLength: 2 }), (k, twice, drop) => {
    const all = parts(k);
    const dropped = new Set(drop.map((i) => all[i % all.length][0]));
    const entries = all.filter(([name]) => !dropped.has(name)).map(([name, data]) => deflatedEntry(name, data));
    for (const i of twice) if (entries.length > 0) entries.push(entries[i % entries.length]);
    const result = outcome(rawZip(entries));
    if (twice.length > 0 && entries.length > 0) expect(result).not.toBe("ok");
  }), { numRuns: 200 });
});

const xmlBits = fc.constantFrom(
  "<row>", "</row>", "<row r=\"0\">", "<row r=\"99999999999\">", "<c>", "</c>", "<c r=\"XFE1\">", "<c r=\"A1\" t=\"s\"><v>999</v></c>", "<c t=\"d\"><v>2026-02-30</v></c>",
  "<v>", "</v>", "<v>1e400</v>", "<v>-</v>", "<is><t>", "</t></is>", "<f>SUM(A:A)</f>", "<!-- x", "-->", "<![CDATA[<row>]]>", "<!DOCTYPE x>", "<?pi?>",
  "&amp;", "&#0;", "&#xD800;", "_xD83D_", "\uFFFF", "\u0000", "<sheetData>", "</sheetData>", "<sheetData/>", "\"", "'", "<", ">", "/",
);

test("random XML in a sheet part", () => {
  fc.assert(fc.property(pkg(), fc.array(xmlBits, { maxLength: 30 }), fc.double({ min: 0, max: 1, noNaN: true }), (k, bits, at) => {
    const all = parts(k);
    const entries = all.map(([name, data]) => {
      if (!/^xl\/worksheets\/[^/]+\.xml$/.test(name)) return deflatedEntry(name, data);
      const xml = strFromU8(data);
      const cut = Math.floor(xml.length * at);
      return deflatedEntry(name, strToU8(xml.slice(0, cut) + bits.join("") + xml.slice(cut)));
    });
    outcome(rawZip(entries));
  }), { numRuns: 400 });
});
