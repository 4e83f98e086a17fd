/**
 * Finds the Customers, Invoices and Payments blocks among a workbook's blocks (DESIGN §2):
 * by Excel table name, else by sheet name, else by the header row; the clerk's overrides beat all.
 */
import { parseDate } from "../../core/dates";
import { isBucketHeader } from "../../core/fieldNames";
import { holdsRowSequence, isRowNumberHeader, issueReason, type IssueParams } from "../../core/ledger";
import type { DataIssue } from "../../core/model";
import { shapeOf, type BlockHead, type BlockShape } from "../../core/source";
import type { SourceBlock } from "../port";
import { finishMapping, mapHeaders, type ColumnMatch, type HeaderMapping } from "./matchHeaders";
import { normalizeHeader } from "./normalizeHeader";
import { splitSideBySide } from "./sideBySide";
import { rebaseHeader } from "./rebaseHeader";
import { joinSplitDates } from "./splitDates";
import { joinVatInvoiceNumbers } from "./vatInvoiceNumbers";
import { runningBalanceByValues } from "./runningBalanceByValues";
import { paidFlagAsStatus } from "./paidFlags";
import { namesAsCustomerName } from "./namesAsCustomer";
import { TABLE_NAMES } from "./synonyms";
import { REQUIRED_FIELDS, REQUIRED_TABLES, TABLE_KINDS, type FieldOf, type TableKind } from "./tableFields";

export type DetectionMethod = "table-name" | "sheet-name" | "headers" | "override";

/** Which block the clerk chose for a table: by Excel table name, or by sheet (first block on it). */
export interface BlockSelector {
  readonly tableName?: string;
  readonly sheet?: string;
}

/** The clerk's choices from the task pane / AR Settings; they beat detection. */
export interface DetectionOverrides {
  /** Block per table; `null` = the workbook has no such table (e.g. no Payments). */
  readonly tables?: { readonly [K in TableKind]?: BlockSelector | null };
  /** Header text per field; `null` = leave the field unmapped even if a header matches. */
  readonly columns?: { readonly [K in TableKind]?: { readonly [F in FieldOf[K]]?: string | null } };
}

/** One detected input table: its block with its rows (`B` = SourceBlock), or only its shape once its ledger is built. */
export interface TableDetection<K extends TableKind = TableKind, B extends BlockHead = SourceBlock> {
  readonly kind: K;
  readonly block: B;
  readonly method: DetectionMethod;
  /** 0..1. Names give ≥ 0.9 when every required column is found; headers give the mapping score. */
  readonly confidence: number;
  /** Field → 0-based index into block.headers. */
  readonly columns: { readonly [F in FieldOf[K]]?: number };
  /** Field → the clerk's header text. */
  readonly headers: { readonly [F in FieldOf[K]]?: string };
  /** Required fields with no column. */
  readonly missing: FieldOf[K][];
  /** The block's headers that no field took. */
  readonly unmapped: string[];
}

export type Detection<B extends BlockHead = SourceBlock> = { readonly [K in TableKind]?: TableDetection<K, B> } & {
  /** Required tables (Customers, Invoices) not found. */
  readonly missingTables: TableKind[];
  /** Overrides that named a block or header that does not exist (for the task pane to show). */
  readonly overrideProblems: OverrideProblem[];
  /**
   * Further invoice lists laid out like the Invoices one (a sheet per customer or per month):
   * read too, so a workbook split over sheets is never read short.
   */
  readonly moreInvoices?: readonly TableDetection<"invoices", B>[];
  /** Without an invoice list: a sheet that is an aging report (bucket columns, no dates), to say so. */
  readonly agingReport?: AgingReportBlock;
};

/**
 * The detection as a session keeps it once its ledger is built: each table's place, header and
 * row count, not its rows (the rows are the read's memory; the ledger holds what it needs of them).
 */
export function shapedDetection(detection: Detection): Detection<BlockShape> {
  const shaped = <K extends TableKind>(table: TableDetection<K>): TableDetection<K, BlockShape> => ({ ...table, block: shapeOf(table.block) });
  const { customers, invoices, payments, moreInvoices, ...rest } = detection;
  return {
    ...rest,
    ...(customers ? { customers: shaped(customers) } : {}),
    ...(invoices ? { invoices: shaped(invoices) } : {}),
    ...(payments ? { payments: shaped(payments) } : {}),
    ...(moreInvoices ? { moreInvoices: moreInvoices.map(shaped) } : {}),
  };
}

/** An AR Settings choice (source.X, mapping.X.Field) that names what is not there; `reason` is English. */
export interface OverrideProblem {
  readonly code: "overrideColumnMissing" | "overrideSourceMissing";
  readonly params: IssueParams;
  readonly reason: string;
}

function overrideProblem(code: OverrideProblem["code"], params: IssueParams): OverrideProblem {
  return { code, params, reason: issueReason(code, params) };
}

/** The override problems as the AR Settings warnings the clerk sees (coded: shown in their language). */
export function overrideIssues(detection: Pick<Detection, "overrideProblems">): DataIssue[] {
  return detection.overrideProblems.map((p) => ({ severity: "warning", sheet: "AR Settings", row: 0, reason: p.reason, code: p.code, params: p.params }));
}

/** An aging report's sheet: amounts already bucketed (Current, 1-30 … / Period 1 … Older, 账龄). */
export interface AgingReportBlock {
  readonly sheet: string;
  readonly headerRow: number;
  readonly buckets: readonly string[];
  /**
   * `balances`: a balance summary (余额表), its `buckets` the balance columns. `statement`: a customer
   * statement's summary (对账单: 期初余额, 本期开票, 本期回款, 期末余额, as columns or as lines), its
   * `buckets` those labels, `headerRow` the row of its header or of its first such line.
   */
  readonly kind?: "balances" | "statement";
}

/**
 * A block whose headers hold three or more aging buckets and nothing that dates a document is an
 * aging summary (Sage "Aged Debtors", an ERP 账龄分析表): its amounts cannot be aged again. One
 * with an opening and a closing balance per customer (用友 / 畅捷通 应收账款余额表: 期初余额, 本期借方,
 * 本期贷方, 期末余额) and no document number or date is a balance summary: nothing in it can be aged.
 */
function agingReportOf(blocks: readonly SourceBlock[]): AgingReportBlock | undefined {
  for (const block of blocks) {
    const buckets = block.headers.filter(isBucketHeader);
    const balances = block.headers.filter((h) => BALANCE_SUMMARY.test(folded(h)) || PERIOD_ACTIVITY.test(folded(h)));
    const closes = balances.some((h) => CLOSING.test(folded(h)));
    if (buckets.length < 3 && !(balances.length >= 2 && closes)) continue;
    const mapping = mapHeaders("invoices", block.headers) as HeaderMapping<"invoices">;
    if (mapping.matches.InvoiceDate || mapping.matches.DueDate) continue;
    if (buckets.length >= 3) return { sheet: block.sheet, headerRow: block.headerRow, buckets };
    if (mapping.matches.InvoiceNo) continue;
    const statement = STATEMENT_SHEET.test(block.sheet) || balances.some((h) => PERIOD_ACTIVITY.test(folded(h)));
    return { sheet: block.sheet, headerRow: block.headerRow, buckets: balances, kind: statement ? "statement" : "balances" };
  }
  return undefined;
}

/** A summary's label as its rules read it: NFKC, no spaces (`期 末 余 额` is 期末余额). */
const folded = (label: string): string => label.normalize("NFKC").replace(/\s+/g, "");

/** A customer statement (对账单) by its sheet's name. */
const STATEMENT_SHEET = /对账单|对帐单|對帳單|statement/i;
/** A statement's period columns: what was billed and received (a 余额表 says 本期借方 / 本期贷方). */
const PERIOD_ACTIVITY = /^(?:本期开票|本期开票金额|本期回款|本期收款|本期回款金额)$/;
/** Rows searched for a statement's summary lines. */
const STATEMENT_SCAN = 40;

/**
 * With no invoice list found: a sheet holding a statement's summary as lines down one column
 * (`期初余额 | 12,300.00`, `本期开票 | …`, `期末余额 | …`). Read from the blocks as the sheet has them,
 * title rows and all (finding a header would cut the lines above it).
 */
function statementSummaryOf(blocks: readonly SourceBlock[]): AgingReportBlock | undefined {
  for (const block of blocks) {
    const lines = statementLines(block);
    if (lines !== undefined) return { sheet: block.sheet, headerRow: lines.row, buckets: lines.labels, kind: "statement" };
  }
  return undefined;
}

/**
 * The labels of a statement's summary lines and the sheet row of the first; undefined when no
 * column holds both a closing line and another.
 */
function statementLines(block: SourceBlock): { row: number; labels: string[] } | undefined {
  const rows = [block.headers, ...block.rows.slice(0, STATEMENT_SCAN)];
  const width = rows.reduce((w, r) => Math.max(w, r.length), 0);
  for (let col = 0; col < width; col++) {
    const labels: string[] = [];
    let first = -1;
    rows.forEach((row, r) => {
      const cell = row[col];
      const text = typeof cell === "string" ? folded(cell).replace(/[:：]$/, "") : "";
      if (text === "" || !(BALANCE_SUMMARY.test(text) || PERIOD_ACTIVITY.test(text))) return;
      labels.push(text);
      if (first < 0) first = r;
    });
    if (labels.some((l) => CLOSING.test(l)) && labels.some((l) => !CLOSING.test(l))) return { row: block.headerRow + first, labels };
  }
  return undefined;
}

/** The columns of a balance summary (余额表): opening, the period's debits and credits, closing. */
const BALANCE_SUMMARY = /^(?:期初余额|期初|年初余额|期初借方|期初贷方|本期借方|本期贷方|本期发生借方|本期发生贷方|本期发生额借方|本期发生额贷方|本年累计借方|本年累计贷方|期末余额|期末|期末借方|期末贷方|openingbalance|closingbalance)$/i;
const CLOSING = /^(?:期末余额|期末|期末借方|期末贷方|closingbalance)$/i;

/** A header-detected block must reach this score to count. */
const MIN_HEADER_CONFIDENCE = 0.45;
/** Candidates per table kept for the joint assignment (keeps the search tiny). */
const MAX_CANDIDATES = 8;

function nameMatches(kind: TableKind, name: string): boolean {
  const n = normalizeHeader(name).replace(/^tbl/, "");
  return TABLE_NAMES[kind].some((t) => normalizeHeader(t) === n);
}

function sameName(a: string, b: string): boolean {
  return a === b || normalizeHeader(a) === normalizeHeader(b);
}

function selectBlock(blocks: readonly SourceBlock[], selector: BlockSelector): SourceBlock | undefined {
  if (selector.tableName !== undefined) {
    const byTable = blocks.find((b) => b.tableName !== undefined && sameName(b.tableName, selector.tableName!));
    if (byTable) return byTable;
  }
  if (selector.sheet !== undefined) return blocks.find((b) => b.sheet === selector.sheet) ?? blocks.find((b) => sameName(b.sheet, selector.sheet!));
  return undefined;
}

function applyColumnOverrides<K extends TableKind>(
  kind: K,
  block: SourceBlock,
  mapping: HeaderMapping<K>,
  overrides: DetectionOverrides | undefined,
  problems: OverrideProblem[],
): HeaderMapping<K> {
  const wanted = overrides?.columns?.[kind] as Record<string, string | null | undefined> | undefined;
  if (!wanted) return mapping;
  const matches: Record<string, ColumnMatch | undefined> = { ...(mapping.matches as Record<string, ColumnMatch | undefined>) };
  for (const [field, header] of Object.entries(wanted)) {
    if (header === undefined) continue;
    if (header === null) {
      delete matches[field];
      continue;
    }
    let index = block.headers.indexOf(header);
    if (index < 0) index = block.headers.findIndex((h) => sameName(h, header));
    if (index < 0) {
      problems.push(overrideProblem("overrideColumnMissing", { table: kind, field, header, sheet: block.sheet }));
      continue;
    }
    // The chosen column leaves any field that held it.
    for (const [other, m] of Object.entries(matches)) if (m && m.index === index) delete matches[other];
    matches[field] = { index, header: block.headers[index], quality: 1 };
  }
  return finishMapping(kind, block.headers, matches as HeaderMapping<K>["matches"]);
}

function toDetection<K extends TableKind>(kind: K, block: SourceBlock, method: DetectionMethod, mapping: HeaderMapping<K>): TableDetection<K> {
  const columns: Record<string, number> = {};
  const headers: Record<string, string> = {};
  for (const [field, m] of Object.entries(mapping.matches as Record<string, ColumnMatch | undefined>)) {
    if (!m) continue;
    columns[field] = m.index;
    headers[field] = m.header;
  }
  const complete = mapping.missing.length === 0;
  const confidence =
    method === "override" ? 1 : method === "headers" ? mapping.score : complete ? 0.9 + 0.1 * mapping.score : 0.5 * mapping.score;
  return {
    kind,
    block,
    method,
    confidence: Math.round(confidence * 1000) / 1000,
    columns: columns as TableDetection<K>["columns"],
    headers: headers as TableDetection<K>["headers"],
    missing: mapping.missing,
    unmapped: mapping.unmapped,
  };
}

/** A general-ledger account as journal exports print it: `121000 Account Receivable`, `1122 应收账款`, `Debtors Control`. */
const LEDGER_ACCOUNT = /receivable|debtors|应收账款|^\d{3,}\s*[-–]?\s*\D/i;
const RECEIVABLE_ACCOUNT = /receivable|debtors|应收账款/i;
const distinct = (rows: readonly (readonly unknown[])[], col: number) => new Set(rows.map((r) => String(r[col] ?? "").trim()).filter((t) => t !== "")).size;

/**
 * A journal export (Odoo's Journal Items) has an `Account` column holding the receivable account
 * (`121000 Account Receivable`) on every row beside a `Partner` column naming the customers: the
 * account is no customer key, and keying by it would make all customers one. The column is left
 * unmapped (check lists it as ignored) when it holds one account-like value and the names differ,
 * or, with no name column, one that names the receivable account (the rows' customers then come
 * from the lines heading them).
 */
function withoutLedgerAccount<K extends TableKind>(block: SourceBlock, mapping: HeaderMapping<K>): HeaderMapping<K> {
  const matches = mapping.matches as Record<string, ColumnMatch | undefined>;
  const id = matches.CustomerID;
  const name = matches.CustomerName;
  if (!id || block.rows.length < 2) return mapping;
  if (distinct(block.rows, id.index) !== 1 || (name && distinct(block.rows, name.index) < 2)) return mapping;
  const value = block.rows.map((r) => r[id.index]).find((v) => v !== null && String(v).trim() !== "");
  // With no name column (Odoo's Aged Receivable: the customers head their lines), only an account
  // that says it is the receivable one: `1004 Acme Ltd` on every row is one customer's ledger.
  if (!(name ? LEDGER_ACCOUNT : RECEIVABLE_ACCOUNT).test(String(value).trim())) return mapping;
  const rest = { ...matches };
  delete rest.CustomerID;
  return finishMapping(mapping.kind, block.headers, rest as HeaderMapping<K>["matches"]);
}

/** Headers that name a reference rather than the invoice itself (QuickBooks `Ref`, a customer's PO). */
const REFERENCE_HEADERS = new Set(["reference", "ref", "refno", "referenceno", "referencenumber"]);
const cellText = (v: unknown) => (v === null || v === undefined ? "" : String(v).trim());
/** Every row has a value, no two the same, each with a digit and short: what a document number is. */
function looksLikeDocumentNumbers(rows: readonly (readonly unknown[])[], col: number): boolean {
  const values = rows.map((r) => cellText(r[col]));
  return values.every((t) => t !== "" && t.length <= 30 && /\d/.test(t)) && new Set(values).size === values.length;
}
/** A system's internal key (Zoho's `2298410000000045031`): digits only, ten or more of them. */
const isLongKey = (text: string) => /^\d{10,}$/.test(text);

/**
 * `Invoice ID` beside `Reference` and no `Invoice Number`: the headers make Reference the number,
 * yet an export's Reference is often the customer's PO or free text, and its Invoice ID may be the
 * number the customer knows. The values decide: the Invoice ID is the number when its values look
 * like document numbers and are no internal key (long digit strings), unless the Reference holds
 * numbers with letters (`INV-0001`) while the IDs are digits only.
 */
function documentNumberByValues<K extends TableKind>(block: SourceBlock, mapping: HeaderMapping<K>): HeaderMapping<K> {
  const matches = mapping.matches as Record<string, ColumnMatch | undefined>;
  const no = matches.InvoiceNo;
  if (!no || !REFERENCE_HEADERS.has(normalizeHeader(no.header)) || block.rows.length === 0) return mapping;
  const id = block.headers.findIndex((h, i) => i !== no.index && normalizeHeader(h) === "invoiceid");
  if (id < 0 || Object.values(matches).some((m) => m?.index === id)) return mapping;
  if (!looksLikeDocumentNumbers(block.rows, id) || block.rows.some((r) => isLongKey(cellText(r[id])))) return mapping;
  const lettered = (col: number) => block.rows.every((r) => /[A-Za-z]/.test(cellText(r[col])));
  if (looksLikeDocumentNumbers(block.rows, no.index) && lettered(no.index) && !lettered(id)) return mapping;
  const rest = { ...matches, InvoiceNo: { index: id, header: block.headers[id], quality: no.quality } };
  return finishMapping(mapping.kind, block.headers, rest as HeaderMapping<K>["matches"]);
}

/**
 * A hand-kept ledger's `Days` column is often the invoice's age (=TODAY()-Date, or days overdue)
 * rather than its terms: read as terms it would move every due date. When the invoice date plus
 * the column's number falls on one and the same day on every row (three rows, two dates at least), the column
 * counts days to a report day: it is no terms column and is left unmapped. Two rows are enough when
 * a number is no usual terms count (81 and 58 days are ages; 30 and 45 may be terms).
 */
function withoutAgeAsTerms(block: SourceBlock, mapping: HeaderMapping<"invoices">): HeaderMapping<"invoices"> {
  const terms = mapping.matches.Terms;
  const date = mapping.matches.InvoiceDate;
  if (!terms || !date) return mapping;
  const ends = new Set<number>();
  const dates = new Set<number>();
  let rows = 0;
  let usualTerms = true;
  for (const row of block.rows) {
    const cell = row[terms.index];
    const days = typeof cell === "number" ? cell : typeof cell === "string" && /^\s*\d{1,5}\s*$/.test(cell) ? Number(cell) : undefined;
    if (days === undefined || !Number.isInteger(days)) continue;
    const read = parseDate(row[date.index]);
    if (!read.ok) continue;
    rows++;
    if (!USUAL_TERMS.has(days)) usualTerms = false;
    dates.add(read.day);
    ends.add(read.day + days);
    if (ends.size > 1) return mapping;
  }
  // Three rows at least: two invoices whose terms differ by their dates' distance are a coincidence,
  // unless one of the two numbers is no terms a firm would give.
  if ((rows < 3 && !(rows === 2 && !usualTerms)) || dates.size < 2 || ends.size !== 1) return mapping;
  const rest = { ...mapping.matches };
  delete rest.Terms;
  return finishMapping(mapping.kind, block.headers, rest);
}

/** Payment terms in days that firms give (Net 7 … Net 180): a count outside these is rather an age. */
const USUAL_TERMS = new Set([0, 5, 7, 10, 14, 15, 20, 21, 28, 30, 35, 40, 45, 50, 60, 75, 90, 120, 150, 180]);

/**
 * A `序号` / `No.` / `#` column (or one with no header) counting 1, 2, 3 … down the rows matched
 * InvoiceNo, yet the row numbers are no document's: the invoice numbers are the column the headers
 * give once that one is set aside (`发票号` beside `序号`, `Invoice No` beside `No.`). With no other
 * such column the mapping stands, and the reader says the numbers are the row sequence.
 */
function withoutRowNumbers(block: SourceBlock, mapping: HeaderMapping<"invoices">): HeaderMapping<"invoices"> {
  const no = mapping.matches.InvoiceNo;
  if (!no || !isRowNumberHeader(no.header) || !holdsRowSequence(block.rows, no.index)) return mapping;
  const other = mapHeaders("invoices", block.headers.map((h, i) => (i === no.index ? "\u0000" : h))).matches.InvoiceNo;
  if (!other || other.index === no.index) return mapping;
  const rest: Record<string, ColumnMatch | undefined> = { ...mapping.matches };
  for (const [field, m] of Object.entries(rest)) if (m && m.index === other.index) delete rest[field];
  rest.InvoiceNo = { index: other.index, header: block.headers[other.index], quality: other.quality };
  return finishMapping("invoices", block.headers, rest as HeaderMapping<"invoices">["matches"]);
}

/** An invoice list's header mapping corrected by what its columns hold (the rules above). */
function byValues(block: SourceBlock, mapping: HeaderMapping<"invoices">): HeaderMapping<"invoices"> {
  return paidFlagAsStatus(block, runningBalanceByValues(block, withoutAgeAsTerms(block, documentNumberByValues(block, withoutRowNumbers(block, withoutLedgerAccount(block, mapping))))));
}

/** Best block-per-kind assignment by header score: each block at most once, maximising the total score. */
function assignByHeaders(
  kinds: readonly TableKind[],
  blocks: readonly SourceBlock[],
): Map<TableKind, { block: SourceBlock; mapping: HeaderMapping<TableKind> }> {
  const candidates = kinds.map((kind) =>
    blocks
      .map((block) => {
        const mapping = mapHeaders(kind, block.headers);
        // An incomplete header row counts at half its score, and only with half the required fields.
        const requiredFound = 1 - mapping.missing.length / REQUIRED_FIELDS[kind].length;
        const score = mapping.missing.length === 0 ? mapping.score : requiredFound >= 0.5 ? mapping.score * 0.5 : 0;
        return { block, mapping: mapping as HeaderMapping<TableKind>, score };
      })
      .filter((c) => c.score >= MIN_HEADER_CONFIDENCE * (c.mapping.missing.length === 0 ? 1 : 0.5))
      .sort((a, b) => b.score - a.score || (b.block.rows.length - a.block.rows.length))
      .slice(0, MAX_CANDIDATES),
  );
  let best: { total: number; pick: (number | -1)[] } = { total: -1, pick: kinds.map(() => -1) };
  const pick: number[] = [];
  const used = new Set<SourceBlock>();
  const search = (k: number, total: number) => {
    if (k === kinds.length) {
      if (total > best.total + 1e-9) best = { total, pick: [...pick] };
      return;
    }
    candidates[k].forEach((c, i) => {
      if (used.has(c.block)) return;
      used.add(c.block);
      pick.push(i);
      // The invoice list is the one table a ledger needs: a one-sheet ledger is Invoices, not Customers.
      search(k + 1, total + c.score * (kinds[k] === "invoices" ? 2 : 1));
      pick.pop();
      used.delete(c.block);
    });
    pick.push(-1);
    search(k + 1, total);
    pick.pop();
  };
  search(0, 0);
  const out = new Map<TableKind, { block: SourceBlock; mapping: HeaderMapping<TableKind> }>();
  best.pick.forEach((i, k) => {
    if (i >= 0) out.set(kinds[k], { block: candidates[k][i].block, mapping: candidates[k][i].mapping });
  });
  return out;
}

/**
 * Detects the input tables among the blocks read from a workbook. Plain blocks with title rows
 * above their header are re-cut first ({@link rebaseHeader}): the detection's `block` is then
 * the re-cut one (headerRow moved down, title rows dropped), so row numbers stay right.
 * Order per table: override, Excel table name, sheet name, header match; each block is used by
 * one table at most (an Invoices-looking block with payment headers goes to Payments).
 * @example detectTables(blocks).invoices?.columns.DueDate //=> 3
 */
export function detectTables(sourceBlocks: readonly SourceBlock[], overrides?: DetectionOverrides): Detection {
  const joined = sourceBlocks.map(joinSplitDates).map(joinVatInvoiceNumbers);
  const blocks = joined.map(rebaseHeader).flatMap(splitSideBySide);
  const problems: OverrideProblem[] = [];
  const found = new Map<TableKind, TableDetection>();
  const used = new Set<SourceBlock>();
  const excluded = new Set<TableKind>();
  const take = (kind: TableKind, block: SourceBlock, method: DetectionMethod) => {
    const headerMapping = mapHeaders(kind, block.headers);
    const mapping = applyColumnOverrides(kind, block, kind === "invoices" ? byValues(block, headerMapping as HeaderMapping<"invoices">) : headerMapping, overrides, problems);
    found.set(kind, toDetection(kind, block, method, mapping));
    used.add(block);
  };

  for (const kind of TABLE_KINDS) {
    const selector = overrides?.tables?.[kind];
    if (selector === null) excluded.add(kind);
    if (!selector) continue;
    const block = selectBlock(blocks, selector);
    if (block && !used.has(block)) take(kind, block, "override");
    else problems.push(overrideProblem("overrideSourceMissing", { table: kind, ...(selector.tableName ? { tableName: selector.tableName } : { sheet: selector.sheet ?? "" }) }));
  }
  const open = () => TABLE_KINDS.filter((k) => !found.has(k) && !excluded.has(k));
  for (const kind of open()) {
    const block = blocks.find((b) => !used.has(b) && b.tableName !== undefined && nameMatches(kind, b.tableName));
    if (block) take(kind, block, "table-name");
  }
  for (const kind of open()) {
    // A sheet named "Debtors" or "客户" that holds a whole invoice list is the ledger, not a customer list.
    const onSheet = blocks.filter((b) => !used.has(b) && nameMatches(kind, b.sheet) && !(kind === "customers" && isInvoiceList(toDetection("invoices", b, "headers", mapHeaders("invoices", b.headers)))));
    if (onSheet.length === 0) continue;
    const best = onSheet.reduce((a, b) => (mapHeaders(kind, b.headers).score > mapHeaders(kind, a.headers).score ? b : a));
    take(kind, best, "sheet-name");
  }
  const remaining = open();
  if (remaining.length > 0) {
    const assigned = assignByHeaders(remaining, blocks.filter((b) => !used.has(b)));
    for (const [kind, { block }] of assigned) take(kind, block, "headers");
  }
  let main = found.get("invoices") as TableDetection<"invoices"> | undefined;
  // An aging summary taken as a half-mapped invoice list (Customer + Total) would be read wrong.
  const agingReport = !main ? agingReportOf(blocks) ?? statementSummaryOf(joined) : main.method !== "override" && main.missing.length > 0 ? agingReportOf([main.block]) : undefined;
  if (agingReport && main) {
    found.delete("invoices");
    main = undefined;
  }
  if (main) releaseInvoiceLookalikes(main, found, used);
  const result: Record<string, unknown> = {
    missingTables: REQUIRED_TABLES.filter((k) => !found.has(k)),
    overrideProblems: problems,
    ...(agingReport ? { agingReport } : {}),
  };
  for (const [kind, d] of found) result[kind] = d;
  if (main && main.method !== "override" && main.block.tableName === undefined) {
    const more = sameLayoutBlocks(main, blocks.filter((b) => !used.has(b) && b.tableName === undefined), overrides, problems);
    if (more.length > 0) result.moreInvoices = more;
  }
  if (main && !found.has("customers")) {
    // Without a Customers list, a customer column of names keys the ledger by name (namesAsCustomer.ts).
    const chosen = typeof overrides?.columns?.invoices?.CustomerID === "string";
    result.invoices = namesAsCustomerName(main, chosen);
    if (result.moreInvoices) result.moreInvoices = (result.moreInvoices as TableDetection<"invoices">[]).map((d) => namesAsCustomerName(d, chosen));
  }
  return result as Detection;
}

/**
 * A sheet per month (Aug / Sep / Oct, the same columns on each): the header match may hand one
 * month to Customers or Payments because its "Customer" column fits there too, and its invoices
 * would then be lost. A block taken by headers alone whose columns map to exactly the Invoices
 * layout is more invoices: it is released here and joins the invoices. So is a "Customers" block
 * that is a whole invoice list in another layout (last year's sheet with one column fewer): a
 * customer list has no invoice number, invoice date and amount.
 */
function releaseInvoiceLookalikes(main: TableDetection<"invoices">, found: Map<TableKind, TableDetection>, used: Set<SourceBlock>): void {
  const layout = layoutOf(main.columns);
  for (const kind of ["customers", "payments"] as const) {
    const d = found.get(kind);
    if (!d || d.method !== "headers" || d.block.tableName !== undefined) continue;
    const asInvoices = toDetection("invoices", d.block, "headers", mapHeaders("invoices", d.block.headers));
    if (layoutOf(asInvoices.columns) !== layout && !(kind === "customers" && isInvoiceList(asInvoices))) continue;
    found.delete(kind);
    used.delete(d.block);
  }
}

/** Every required invoice field found, the invoice number and date by their own headers. */
function isInvoiceList(d: TableDetection<"invoices">): boolean {
  return d.missing.length === 0 && d.columns.InvoiceNo !== undefined && d.columns.InvoiceDate !== undefined && d.columns.CustomerID !== d.columns.InvoiceNo;
}

/** The field names a mapping found, in a fixed order: two blocks with the same ones share a layout. */
function layoutOf(columns: Readonly<Record<string, number | undefined>>): string {
  return Object.keys(columns).filter((f) => columns[f] !== undefined).sort().join(",");
}

/** Unused plain blocks whose headers map to exactly the fields of the Invoices block, or that are whole invoice lists of their own layout. */
function sameLayoutBlocks(
  main: TableDetection<"invoices">,
  candidates: readonly SourceBlock[],
  overrides: DetectionOverrides | undefined,
  problems: OverrideProblem[],
): TableDetection<"invoices">[] {
  const layout = layoutOf(main.columns);
  const out: TableDetection<"invoices">[] = [];
  for (const block of candidates) {
    if (block.rows.length === 0) continue;
    const mapping = applyColumnOverrides("invoices", block, byValues(block, mapHeaders("invoices", block.headers)), overrides, problems);
    const detection = toDetection("invoices", block, "headers", mapping);
    // Another layout joins too when it is a whole invoice list and no payments list (Date, Customer, Amount).
    const paymentsLike = toDetection("payments", block, "headers", mapHeaders("payments", block.headers)).missing.length === 0;
    if (layoutOf(detection.columns) === layout || (isInvoiceList(detection) && !paymentsLike)) out.push(detection);
  }
  return out;
}
