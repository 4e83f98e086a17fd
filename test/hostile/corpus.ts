/**
 * The hostile corpus: every row of issue 10's table and the cases that came next, generated here
 * (a few kilobytes of code instead of gigabytes of files in git). Each case is a folder with its
 * input files and the `ar-desk` command line to run in it, and what must come out: the exit code,
 * the one line on stderr, and the bounds on time and memory.
 *
 *   node -r ./test/bench/tsHook.js test/hostile/corpus.ts <folder>    writes the corpus to look at
 */
import { linkSync, mkdirSync, symlinkSync, writeFileSync } from "node:fs";
import * as path from "node:path";
import { deflatedEntry, rawZip, repeatedDeflate } from "./_lib/rawZip";
import { xlsFile } from "../workbook/xls/_lib/xlsWriter";
import { ledgerSheets, packageEntries, rowsXml, worksheet, xlsxPackage, type CustomerRow, type InvoiceRow, type PackageSpec } from "./_lib/package";

export interface HostileCase {
  /** What it tries (the issue's table row, or the case that came next). */
  readonly name: string;
  /** Folder of the case, inside the corpus folder. */
  readonly dir: string;
  /** `ar-desk` arguments, run in `dir`. */
  readonly args: readonly string[];
  readonly code: number;
  /** The one line on stderr (empty = nothing on stderr). */
  readonly stderr?: RegExp;
  /** Something stdout must say. */
  readonly stdout?: RegExp;
  /** Files that must come out of the run byte-identical (the ledger, a file in the way). */
  readonly untouched: readonly string[];
  /** Files and folders whose .xlsx and .eml must exist afterwards (and parse). */
  readonly outputs?: readonly string[];
  readonly maxSeconds: number;
  readonly maxMegabytes: number;
}

const CUSTOMERS: CustomerRow[] = [
  ["C001", "Acme Ltd", "ap@acme.example"],
  ["C002", "上海华瑞贸易有限公司", "finance@huarui.example"],
];
const INVOICES: InvoiceRow[] = [
  ["INV-1", "C001", "2026-08-01", "2026-08-31", 1200.5],
  ["INV-2", "C002", "2026-09-10", "2026-10-10", 880],
];

/** A day's Excel serial (1900 system), from its ISO text. */
function serialOf(iso: string): number {
  return Date.parse(`${iso}T00:00:00Z`) / 86_400_000 + 25_569;
}

/** A small valid ledger, as bytes. */
export function cleanLedger(customers: readonly CustomerRow[] = CUSTOMERS, invoices: readonly InvoiceRow[] = INVOICES, extra: Partial<PackageSpec> = {}): Uint8Array {
  return xlsxPackage({ sheets: ledgerSheets(customers, invoices), ...extra });
}

const MB = 1024 * 1024;
/** Generous bounds on a machine shared by several runs: the point is "not 6 GB, not 45 s". */
const QUICK = { maxSeconds: 20, maxMegabytes: 400 };
const ONE_LINE_READ = (what: RegExp) => new RegExp(`^ar-desk: Cannot read "[^"]+": .*${what.source}`);

/** Writes every case's files under `root`; returns the cases. */
export function buildCorpus(root: string): HostileCase[] {
  const cases: HostileCase[] = [];
  const add = (c: Omit<HostileCase, "dir"> & { slug: string }, files: Record<string, Uint8Array | string>) => {
    const dir = path.join(root, c.slug);
    mkdirSync(dir, { recursive: true });
    for (const [name, data] of Object.entries(files)) {
      mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
      writeFileSync(path.join(dir, name), data);
    }
    const { slug: _slug, ...rest } = c;
    cases.push({ ...rest, dir });
    return dir;
  };
  const ledger = cleanLedger();

  // ---- files are never lost -------------------------------------------------------------
  add(
    { slug: "ledger-named-like-output", name: "reminders reminders.xlsx --out-dir . (a ledger named like an output)", args: ["reminders", "reminders.xlsx", "--out-dir", ".", "--as-of", "2026-11-20"], code: 2, stderr: /^ar-desk: reminders\.xlsx would replace the ledger/, untouched: ["reminders.xlsx"], ...QUICK },
    { "reminders.xlsx": ledger },
  );
  const linked = add(
    { slug: "out-symlink", name: "--out naming a symlink to the ledger", args: ["statements", "ledger.xlsx", "--month", "2026-10", "--out", "link.xlsx"], code: 2, stderr: /^ar-desk: --out must not be the ledger itself/, untouched: ["ledger.xlsx"], ...QUICK },
    { "ledger.xlsx": ledger },
  );
  symlinkSync("ledger.xlsx", path.join(linked, "link.xlsx"));
  const hard = add(
    { slug: "out-hardlink", name: "--out naming a hard link to the ledger", args: ["report", "ledger.xlsx", "--as-of", "2026-11-20", "--out", "hard.xlsx"], code: 2, stderr: /^ar-desk: --out must not be the ledger itself/, untouched: ["ledger.xlsx"], ...QUICK },
    { "ledger.xlsx": ledger },
  );
  linkSync(path.join(hard, "ledger.xlsx"), path.join(hard, "hard.xlsx"));
  const logLink = add(
    { slug: "log-hardlink", name: "--log naming a hard link to the ledger", args: ["reminders", "ledger.xlsx", "--as-of", "2026-11-20", "--log", "log.xlsx", "--out-dir", "out"], code: 2, stderr: /^ar-desk: --log must not be the ledger itself/, untouched: ["ledger.xlsx"], ...QUICK },
    { "ledger.xlsx": ledger },
  );
  linkSync(path.join(logLink, "ledger.xlsx"), path.join(logLink, "log.xlsx"));
  const dirLink = add(
    { slug: "ledger-through-folder-link", name: "--out reaching the ledger through a linked folder", args: ["statements", "books/ledger.xlsx", "--month", "2026-10", "--out", "alias/ledger.xlsx"], code: 2, stderr: /^ar-desk: --out must not be the ledger itself/, untouched: ["books/ledger.xlsx"], ...QUICK },
    { "books/ledger.xlsx": ledger },
  );
  symlinkSync("books", path.join(dirLink, "alias"));
  add(
    { slug: "log-unrelated", name: "--log other.xlsx, an unrelated workbook", args: ["reminders", "ledger.xlsx", "--as-of", "2026-11-20", "--log", "other.xlsx", "--out-dir", "out"], code: 3, stderr: /^ar-desk: cannot write other\.xlsx: it is a workbook AR Desk did not write/, untouched: ["ledger.xlsx", "other.xlsx"], ...QUICK },
    { "ledger.xlsx": ledger, "other.xlsx": cleanLedger([["X1", "Budget 2027", "x@example.com"]], []) },
  );
  add(
    { slug: "out-unrelated", name: "--out naming a clerk's own workbook", args: ["statements", "ledger.xlsx", "--month", "2026-10", "--out", "budget.xlsx"], code: 3, stderr: /^ar-desk: cannot write budget\.xlsx: it is a workbook AR Desk did not write/, untouched: ["ledger.xlsx", "budget.xlsx"], ...QUICK },
    { "ledger.xlsx": ledger, "budget.xlsx": cleanLedger([["B1", "Budget", "b@example.com"]], []) },
  );
  add(
    { slug: "out-dir-is-file", name: "--out-dir naming a file", args: ["reminders", "ledger.xlsx", "--as-of", "2026-11-20", "--out-dir", "notes.txt"], code: 3, stderr: /^ar-desk: cannot write notes\.txt: it is a file, not a folder$/, untouched: ["ledger.xlsx", "notes.txt"], ...QUICK },
    { "ledger.xlsx": ledger, "notes.txt": "keep me\n" },
  );
  add(
    { slug: "out-in-missing-folder", name: "--out in a folder that does not exist", args: ["report", "ledger.xlsx", "--as-of", "2026-11-20", "--out", "nowhere/summary.xlsx"], code: 3, stderr: /^ar-desk: cannot write nowhere\/summary\.xlsx: the folder does not exist$/, untouched: ["ledger.xlsx"], ...QUICK },
    { "ledger.xlsx": ledger },
  );

  // ---- hostile files are bounded --------------------------------------------------------
  const rowChunk = `<row><c t="inlineStr"><is><t>${"x".repeat(200)}</t></is></c><c><v>1</v></c></row>`.repeat(5000);
  const bomb = repeatedDeflate(`<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>`, rowChunk, 2500, `</sheetData></worksheet>`);
  const bombName = `a ${(bomb.data.length / MB).toFixed(1)} MB .xlsx whose sheet inflates to ${(bomb.size / MB / 1024).toFixed(1)} GB`;
  add(
    { slug: "bomb", name: bombName, args: ["check", "bomb.xlsx"], code: 2, stderr: ONE_LINE_READ(/inflates (more than 100 times its compressed size|to more than 1 GiB)/), untouched: ["bomb.xlsx"], ...QUICK },
    { "bomb.xlsx": xlsxPackage({ sheets: [{ name: "Invoices", entry: { name: "", data: bomb.data, method: 8, size: bomb.size } }] }) },
  );
  add(
    { slug: "bomb-lying-size", name: `${bombName}, declaring a small size`, args: ["check", "bomb.xlsx"], code: 2, stderr: ONE_LINE_READ(/inflates more than 100 times its compressed size/), untouched: ["bomb.xlsx"], ...QUICK },
    { "bomb.xlsx": xlsxPackage({ sheets: [{ name: "Invoices", entry: { name: "", data: bomb.data, method: 8, size: bomb.data.length } }] }) },
  );
  const empty = repeatedDeflate(`<worksheet><sheetData>`, `<row/>`.repeat(10000), 8000, `</sheetData></worksheet>`);
  add(
    { slug: "bomb-empty-rows", name: `a ${(empty.data.length / 1024).toFixed(0)} KB .xlsx inflating to ${(empty.size / MB).toFixed(0)} MB of empty rows`, args: ["check", "rows.xlsx"], code: 2, stderr: ONE_LINE_READ(/inflates more than 100 times/), untouched: ["rows.xlsx"], ...QUICK },
    { "rows.xlsx": xlsxPackage({ sheets: [{ name: "Invoices", entry: { name: "", data: empty.data, method: 8, size: empty.size } }] }) },
  );
  add(
    { slug: "declared-size", name: "a part whose declared size is 4 GB", args: ["check", "big.xlsx"], code: 2, stderr: ONE_LINE_READ(/inflates to more than 1 GiB/), untouched: ["big.xlsx"], ...QUICK },
    { "big.xlsx": xlsxPackage({ sheets: [{ name: "Invoices", entry: { ...deflatedEntry("", worksheet("")), size: 0xfffffff0 } }] }) },
  );
  const sheets = ledgerSheets(CUSTOMERS, INVOICES);
  add(
    { slug: "same-part-5000", name: "workbook.xml listing the same sheet part 5,000 times", args: ["check", "repeat.xlsx"], code: 2, stderr: ONE_LINE_READ(/already read \(a package listing the same part again\)/), untouched: ["repeat.xlsx"], ...QUICK },
    { "repeat.xlsx": xlsxPackage({ sheets, sheetsXml: Array.from({ length: 5000 }, (_, i) => `<sheet name="S${i}" sheetId="${i + 1}" r:id="rId2"/>`).join("") }) },
  );
  add(
    { slug: "duplicate-entry", name: "a ZIP listing the same part name twice", args: ["check", "twice.xlsx"], code: 2, stderr: ONE_LINE_READ(/lists the part xl\/worksheets\/sheet2\.xml twice/), untouched: ["twice.xlsx"], ...QUICK },
    { "twice.xlsx": rawZip([...packageEntries({ sheets }), deflatedEntry("xl/worksheets/sheet2.xml", worksheet(rowsXml([["InvoiceNo"], ["FAKE-999"]])))]) },
  );
  const many = Array.from({ length: 100_000 }, (_, i) => [`INV-${i + 3}`, "C001", "2026-09-01", "2026-10-01", 10] as InvoiceRow);
  for (const [slug, column] of [["stray-xfd", "XFD"], ["stray-zzzz", "ZZZZ"]] as const) {
    add(
      {
        slug,
        name: `one note in column ${column} beside a 100,000-row sheet`,
        args: ["check", "wide.xlsx"],
        code: column === "XFD" ? 0 : 1,
        stdout: column === "XFD" ? /100002 invoices/ : /Invoices row 100010 "ZZZZ100010": a cell beyond Excel's last column \(XFD\): ignored/,
        untouched: ["wide.xlsx"],
        maxSeconds: 60,
        maxMegabytes: 700,
      },
      { "wide.xlsx": xlsxPackage({ sheets: ledgerSheets(CUSTOMERS, [...INVOICES, ...many], `<row r="100010"><c r="${column}100010" t="inlineStr"><is><t>note</t></is></c></row>`) }) },
    );
  }
  add(
    { slug: "zzzz2-small", name: "a small file with one cell at ZZZZ2", args: ["check", "zz.xlsx"], code: 1, stdout: /Customers row 2 "ZZZZ2": a cell beyond Excel's last column/, untouched: ["zz.xlsx"], ...QUICK },
    { "zz.xlsx": xlsxPackage({ sheets: [{ name: "Customers", xml: worksheet(rowsXml([["CustomerID", "Name", "Email"]]) + `<row r="2"><c r="A2" t="inlineStr"><is><t>C001</t></is></c><c r="ZZZZ2"><v>1</v></c></row>`) }, ledgerSheets(CUSTOMERS, INVOICES)[1]] }) },
  );
  add(
    { slug: "row-beyond", name: "a row numbered beyond 1,048,576", args: ["check", "tall.xlsx"], code: 1, stdout: /beyond Excel's last row \(1,048,576\): ignored/, untouched: ["tall.xlsx"], ...QUICK },
    { "tall.xlsx": xlsxPackage({ sheets: ledgerSheets(CUSTOMERS, INVOICES, `<row r="2000000"><c r="A2000000" t="inlineStr"><is><t>INV-X</t></is></c></row>`) }) },
  );
  const dtd = `<!DOCTYPE x [<!ENTITY hidden "<sheet name='Ghost' sheetId='9' r:id='rId2'/>">]>`;
  add(
    { slug: "dtd-entity", name: "an entity value in the DTD that contains markup", args: ["check", "dtd.xlsx"], code: 2, stderr: ONE_LINE_READ(/contains a DTD/), untouched: ["dtd.xlsx"], ...QUICK },
    { "dtd.xlsx": xlsxPackage({ sheets, workbookProlog: dtd }) },
  );
  const hiddenInvoice = `<!DOCTYPE w [<!ENTITY e "<row r='9'><c r='A9' t='inlineStr'><is><t>INV-999</t></is></c><c r='E9'><v>999999</v></c></row>">]>`;
  add(
    { slug: "dtd-in-sheet", name: "a DTD in a worksheet hiding a 999,999 invoice", args: ["check", "ghost.xlsx"], code: 2, stderr: ONE_LINE_READ(/sheet "Invoices": it contains a DTD/), untouched: ["ghost.xlsx"], ...QUICK },
    { "ghost.xlsx": xlsxPackage({ sheets: [sheets[0], { name: "Invoices", xml: (sheets[1].xml as string).replace("<worksheet", `${hiddenInvoice}<worksheet`) }] }) },
  );
  add(
    { slug: "strict-numbers", name: "<v>0x1F</v> and <v> </v> in number cells", args: ["check", "num.xlsx"], code: 1, stdout: /"0x1F": not a number, in a cell saved as a number/, untouched: ["num.xlsx"], ...QUICK },
    { "num.xlsx": xlsxPackage({ sheets: ledgerSheets(CUSTOMERS, [["INV-1", "C001", "2026-08-01", "2026-08-31", { raw: `<c r="E2"><v>0x1F</v></c>` }], ["INV-2", "C002", "2026-09-10", "2026-10-10", { raw: `<c r="E3"><v> </v></c>` }]]) }) },
  );
  add(
    { slug: "impossible-dates", name: 't="d" cells 2026-02-30, 2026-13-45, 2026-00-00', args: ["check", "dates.xlsx"], code: 1, stdout: /"2026-02-30": not a day of the calendar/, untouched: ["dates.xlsx"], ...QUICK },
    { "dates.xlsx": xlsxPackage({ sheets: ledgerSheets(CUSTOMERS, [["INV-1", "C001", "2026-02-30", "2026-03-30", 10], ["INV-2", "C001", "2026-13-45", "2026-12-01", 10], ["INV-3", "C002", "2026-00-00", "2026-12-01", 10]]) }) },
  );
  add(
    { slug: "formula-no-value", name: "a formula cell saved without its value", args: ["check", "formula.xlsx"], code: 1, stdout: /a formula saved without its result: open the file in Excel/, untouched: ["formula.xlsx"], ...QUICK },
    { "formula.xlsx": xlsxPackage({ sheets: ledgerSheets(CUSTOMERS, [["INV-1", "C001", "2026-08-01", "2026-08-31", { raw: `<c r="E2"><f>100*12</f></c>` }]]) }) },
  );

  // ---- names and text that always write ---------------------------------------------------
  const longZh = "上海华瑞国际贸易有限公司".repeat(8);
  add(
    { slug: "case-ids-long-name", name: "two customer IDs differing only by case, with a long Chinese name", args: ["reminders", "ledger.xlsx", "--as-of", "2026-11-20", "--out-dir", "out"], code: 0, stdout: /2 email drafts/, untouched: ["ledger.xlsx"], outputs: ["out"], ...QUICK },
    { "ledger.xlsx": cleanLedger([["c100", longZh, "a@example.com"], ["C100", longZh, "b@example.com"]], [["INV-1", "c100", "2026-08-01", "2026-08-31", 100], ["INV-2", "C100", "2026-08-01", "2026-08-31", 200]]) },
  );
  const sst = (items: string[]) => `<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${items.map((t) => `<si><t>${t}</t></si>`).join("")}</sst>`;
  const sharedName = (index: number) => ({ raw: `<c r="B2" t="s"><v>${index}</v></c>` });
  for (const [slug, title, text] of [
    ["lone-surrogate", "_xD83D_ (Excel's escape for a lone surrogate) in a name", "Smile _xD83D_ Ltd"],
    ["xml-illegal", "U+FFFE / U+FFFF / control characters in a name", "Bad\uFFFE\uFFFF Co _x0001__x001F_ \u0007"],
  ] as const) {
    for (const command of ["statements", "reminders", "report"] as const) {
      const args = command === "statements" ? ["statements", "ledger.xlsx", "--month", "2026-10", "--out", "out.xlsx"] : command === "reminders" ? ["reminders", "ledger.xlsx", "--as-of", "2026-11-20", "--out-dir", "out"] : ["report", "ledger.xlsx", "--as-of", "2026-11-20", "--out", "out.xlsx"];
      add(
        { slug: `${slug}-${command}`, name: `${title} (${command})`, args, code: 0, untouched: ["ledger.xlsx"], outputs: [command === "reminders" ? "out" : "out.xlsx"], ...QUICK },
        {
          "ledger.xlsx": xlsxPackage({
            sharedStrings: sst([text]),
            sheets: [
              { name: "Customers", xml: worksheet(rowsXml([["CustomerID", "Name", "Email"]]) + `<row r="2"><c r="A2" t="inlineStr"><is><t>C001</t></is></c>${cellRaw(sharedName(0))}<c r="C2" t="inlineStr"><is><t>ap@x.example</t></is></c></row>`) },
              ledgerSheets(CUSTOMERS, [["INV-1", "C001", "2026-08-01", "2026-08-31", 500]])[1],
            ],
          }),
        },
      );
    }
  }
  add(
    { slug: "five-million-chars", name: "a 5,000,000-character name", args: ["statements", "ledger.xlsx", "--month", "2026-10", "--out", "out.xlsx"], code: 0, untouched: ["ledger.xlsx"], outputs: ["out.xlsx"], maxSeconds: 60, maxMegabytes: 700 },
    // letters that do not repeat: a run of one letter would (rightly) be refused as a ZIP bomb first
    { "ledger.xlsx": cleanLedger([["C001", scrambledText(5_000_000), "a@example.com"]], [["INV-1", "C001", "2026-08-01", "2026-08-31", 100]]) },
  );
  add(
    { slug: "beyond-2-53", name: "amounts each below 2^53 minor units whose sum is above", args: ["report", "ledger.xlsx", "--as-of", "2026-11-20"], code: 2, stderr: /^ar-desk: ledger\.xlsx: the \w+ amounts add up to more than [\d,.]+ \(2\^53 - 1 minor units\), beyond what AR Desk can total exactly; split the ledger$/, untouched: ["ledger.xlsx"], ...QUICK },
    { "ledger.xlsx": cleanLedger(CUSTOMERS, [["INV-1", "C001", "2026-08-01", "2026-08-31", 50_000_000_000_000], ["INV-2", "C001", "2026-08-02", "2026-08-31", 45_000_000_000_000.01]]) },
  );
  add(
    { slug: "beyond-2-53-statements", name: "the same ledger, statements", args: ["statements", "ledger.xlsx", "--month", "2026-10", "--out", "out.xlsx"], code: 2, stderr: /beyond what AR Desk can total exactly/, untouched: ["ledger.xlsx"], ...QUICK },
    { "ledger.xlsx": cleanLedger(CUSTOMERS, [["INV-1", "C001", "2026-08-01", "2026-08-31", 50_000_000_000_000], ["INV-2", "C001", "2026-08-02", "2026-08-31", 45_000_000_000_000.01]]) },
  );

  // ---- formats it does not read, and packages it does --------------------------------------
  const ole = new Uint8Array(1024);
  ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  const encrypted = new Uint8Array(2048);
  encrypted.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  encrypted.set(Buffer.from("EncryptedPackage", "utf16le"), 600);
  const formats: [string, string, Uint8Array | string, RegExp][] = [
    ["ole-header-only", "ledger.xls", ole, /the file is damaged \(sector size 2\^0\); open it in Excel and save it as \.xlsx/],
    ["encrypted", "ledger.xlsx", encrypted, /password-protected/],
    ["text-named-xlsx", "ledger.xlsx", "Remember to call Acme Ltd\nabout the October invoice\n", /a text file but not a table/],
    ["ods", "ledger.ods", rawZip([deflatedEntry("mimetype", "application/vnd.oasis.opendocument.spreadsheet"), deflatedEntry("content.xml", "<office:document-content/>")]), /OpenDocument spreadsheet \(\.ods\)/],
    ["xlsb", "ledger.xlsb", rawZip([deflatedEntry("[Content_Types].xml", "<Types/>"), deflatedEntry("xl/workbook.bin", "\u0083\u0001")]), /Excel Binary Workbook \(\.xlsb\)/],
    ["numbers", "ledger.numbers", rawZip([deflatedEntry("Index/Document.iwa", "\u0000\u0001"), deflatedEntry("Metadata/Properties.plist", "<plist/>")]), /Apple Numbers file/],
    ["empty", "ledger.xlsx", "", /the file is empty/],
  ];
  for (const [slug, file, data, message] of formats) {
    add({ slug: `format-${slug}`, name: `${file} that is really ${slug}`, args: ["check", file], code: 2, stderr: ONE_LINE_READ(message), untouched: [file], ...QUICK }, { [file]: data });
  }
  // ---- Excel 97-2003 (.xls): read by content whatever the name; broken structures refused ----
  const xlsLedger = () =>
    xlsFile({
      sheets: [
        { name: "Customers", cells: [["CustomerID", "Name", "Email"], ...CUSTOMERS].flatMap((row, r) => row.map((value, c) => ({ row: r, col: c, value }))) },
        {
          name: "Invoices",
          rk: true,
          cells: [
            ["InvoiceNo", "CustomerID", "InvoiceDate", "DueDate", "Amount"].map((value, c) => ({ row: 0, col: c, value })),
            ...INVOICES.map(([no, customer, date, due, amount], i) => [
              { row: i + 1, col: 0, value: String(no) },
              { row: i + 1, col: 1, value: String(customer) },
              { row: i + 1, col: 2, value: serialOf(String(date)), date: true },
              { row: i + 1, col: 3, value: serialOf(String(due)), date: true },
              { row: i + 1, col: 4, value: Number(amount) },
            ]),
          ].flat(),
        },
      ],
    });
  const broken = (patch: (view: DataView, file: ReturnType<typeof xlsLedger>) => void): Uint8Array => {
    const file = xlsLedger();
    patch(new DataView(file.bytes.buffer), file);
    return file.bytes;
  };
  const xlsCases: [string, string, Uint8Array, number, RegExp][] = [
    ["xls", "ledger.xls", xlsLedger().bytes, 0, /2 invoices/],
    ["xls-named-xlsx", "ledger.xlsx", xlsLedger().bytes, 0, /2 invoices/],
    ["xls-fat-loop", "ledger.xls", broken((v, f) => v.setUint32(f.layout.fatAt + f.layout.starts.Workbook * 4, f.layout.starts.Workbook, true)), 2, /the sectors of the Workbook stream loop back on themselves/],
    ["xls-sector-outside", "ledger.xls", broken((v, f) => v.setUint32(f.layout.fatAt + f.layout.starts.Workbook * 4, 0x7fff_ffff, true)), 2, /points at sector 2147483647, outside the file/],
    ["xls-stream-too-large", "ledger.xls", broken((v, f) => v.setUint32(f.layout.directoryAt + 128 + 0x78, 0xffff_fff0, true)), 2, /claims 4,294,967,280 bytes, more than the file gives it/],
    ["xls-directory-loop", "ledger.xls", broken((v, f) => v.setUint32(f.layout.directoryAt + 128 + 0x44, 1, true)), 2, /its directory of streams loops back on itself/],
    ["xls-record-past-end", "ledger.xls", broken((v, f) => v.setUint16(f.layout.sectorOf(f.layout.starts.Workbook) + f.sheetOffsets[1] + 2, 0xffff, true)), 2, /claims 65535 bytes, past the stream's end/],
    ["xls-strings-count", "ledger.xls", xlsFile({ sstCount: 0xffff_ffff, sheets: [{ name: "S", cells: [{ row: 0, col: 0, value: "a" }] }] }).bytes, 2, /announces 4,294,967,295 texts but holds 1/],
    ["xls-cell-beyond", "ledger.xls", xlsFile({ sheets: [{ name: "S", cells: [{ row: 0, col: 0, value: 1 }, { row: 0, col: 0xffff, value: 2 }] }] }).bytes, 2, /beyond an \.xls sheet's 65,536 rows and 256 columns/],
    ["xls-encrypted", "ledger.xls", xlsFile({ encrypted: true, sheets: [{ name: "S", cells: [] }] }).bytes, 2, /it is password-protected/],
    ["xls-excel95", "ledger.xls", xlsFile({ version: 0x0500, streamName: "Book", sheets: [{ name: "S", cells: [] }] }).bytes, 2, /Excel 5\.0\/95 workbook/],
    ["doc-named-xls", "ledger.xls", xlsFile({ streamName: "WordDocument", sheets: [] }).bytes, 2, /an old Office file \(a Word \.doc/],
  ];
  for (const [slug, file, data, code, says] of xlsCases) {
    const outcome = code === 0 ? { stdout: says } : { stderr: ONE_LINE_READ(says) };
    add({ slug, name: `${file}: ${slug}`, args: ["check", file], code, ...outcome, untouched: [file], ...QUICK }, { [file]: data });
  }
  add(
    { slug: "xlsm", name: "a macro-enabled workbook (.xlsm) is read like any package", args: ["check", "ledger.xlsm"], code: 0, stdout: /2 invoices/, untouched: ["ledger.xlsm"], ...QUICK },
    { "ledger.xlsm": ledger },
  );
  add(
    { slug: "strict", name: "an ISO Strict workbook", args: ["check", "strict.xlsx"], code: 0, stdout: /2 invoices/, untouched: ["strict.xlsx"], ...QUICK },
    { "strict.xlsx": xlsxPackage({ sheets: ledgerSheets(CUSTOMERS, INVOICES).map((s) => ({ ...s, xml: (s.xml as string).replace("http://schemas.openxmlformats.org/spreadsheetml/2006/main", "http://purl.oclc.org/ooxml/spreadsheetml/main") })), strict: true }) },
  );
  // ---- CSV: read as the one sheet Excel would open, by content whatever the name -------------
  const csvLedger = "InvoiceNo,CustomerID,InvoiceDate,DueDate,Amount\nINV-1,C001,2026-08-01,2026-08-31,1200.50\nINV-2,C002,2026-09-10,2026-10-10,880\n";
  add(
    { slug: "csv-named-xlsx", name: "a CSV named .xlsx is read as the CSV it is", args: ["check", "ledger.xlsx"], code: 0, stdout: /2 invoices/, untouched: ["ledger.xlsx"], ...QUICK },
    { "ledger.xlsx": csvLedger },
  );
  add(
    { slug: "csv-utf16", name: "Excel's Unicode Text (UTF-16, tab-separated) is read", args: ["check", "ledger.txt"], code: 0, stdout: /2 invoices/, untouched: ["ledger.txt"], ...QUICK },
    { "ledger.txt": Uint8Array.from(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(csvLedger.replace(/,/g, "\t"), "utf16le")])) },
  );
  add(
    { slug: "csv-open-quote", name: "a CSV whose quote is never closed (the rows after it would vanish into one value)", args: ["report", "ledger.csv"], code: 2, stderr: ONE_LINE_READ(/row 3: a value opened with a quote/), untouched: ["ledger.csv"], ...QUICK },
    { "ledger.csv": csvLedger.replace("INV-2,", 'INV-2,"') },
  );
  add(
    { slug: "csv-too-many-rows", name: "a CSV of more rows than a sheet holds", args: ["report", "ledger.csv"], code: 2, stderr: ONE_LINE_READ(/1,048,578 rows, more than a sheet holds/), untouched: ["ledger.csv"], ...QUICK },
    { "ledger.csv": csvLedger + "INV-9,C001,2026-09-01,2026-10-01,1\n".repeat(1_048_575) },
  );
  return cases;
}

/** `length` letters from a fixed pseudo-random sequence (the same corpus every run). */
function scrambledText(length: number): string {
  const out = new Array<string>(length);
  let x = 12345;
  for (let i = 0; i < length; i++) {
    // xorshift32: 32-bit integer steps, exact in JavaScript
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    out[i] = String.fromCharCode(97 + ((x >>> 0) % 26));
  }
  return out.join("");
}

function cellRaw(cell: { raw: string }): string {
  return cell.raw;
}

if (require.main === module) {
  const root = process.argv[2];
  if (!root) throw new Error("usage: node -r ./test/bench/tsHook.js test/hostile/corpus.ts <folder>");
  const cases = buildCorpus(path.resolve(root));
  for (const c of cases) process.stdout.write(`${path.relative(root, c.dir)}: ar-desk ${c.args.join(" ")}  →  exit ${c.code}  (${c.name})\n`);
}
