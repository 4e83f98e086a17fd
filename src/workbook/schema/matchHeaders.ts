/**
 * Maps one header row onto one table's canonical fields using the synonym lists.
 */
import { normalizeHeader, stripBracketed } from "./normalizeHeader";
import { SYNONYMS } from "./synonyms";
import { numbersRowsByPlace } from "../../core/ledger";
import { FIELDS_OF, REQUIRED_FIELDS, STAND_IN_COUNTS, STAND_INS, type FieldOf, type TableKind } from "./tableFields";

/** Quality of a match: specific synonym 1, generic synonym 0.7; a match only after stripping a bracketed suffix × 0.95. */
export const SPECIFIC_QUALITY = 1;
export const GENERIC_QUALITY = 0.7;
const STRIPPED_FACTOR = 0.95;

/** One field's column within a header row. */
export interface ColumnMatch {
  /** 0-based index into the header row. */
  readonly index: number;
  readonly header: string;
  readonly quality: number;
}

/** How a header row maps onto a table's fields. */
export interface HeaderMapping<K extends TableKind> {
  readonly kind: K;
  readonly matches: { readonly [F in FieldOf[K]]?: ColumnMatch };
  /** Required fields without a column. */
  readonly missing: FieldOf[K][];
  /** Non-empty headers no field took. */
  readonly unmapped: string[];
  /** 0..1: required fields found (weighted by match quality) × share of headers used. */
  readonly score: number;
}

/**
 * Bare words for the customer (Invoices' generic CustomerID synonyms): the name column beside an ID
 * column. Not "Contact": beside a customer number that is more often a person to write to.
 */
const CUSTOMER_WORDS = new Set((SYNONYMS.invoices.CustomerID.generic ?? []).map(normalizeHeader).filter((w) => w !== "contact"));

type Lookup = Map<string, { field: string; quality: number }>;
const lookups = new Map<TableKind, Lookup>();

function lookupFor(kind: TableKind): Lookup {
  let lookup = lookups.get(kind);
  if (lookup) return lookup;
  lookup = new Map();
  const table = SYNONYMS[kind] as Record<string, { specific: readonly string[]; generic?: readonly string[] }>;
  for (const field of FIELDS_OF[kind] as readonly string[]) {
    const list = table[field];
    const add = (text: string, quality: number) => {
      const key = normalizeHeader(text);
      if (!lookup!.has(key)) lookup!.set(key, { field, quality });
    };
    // generic first, so a canonical name that is also generic ("Date", "Amount", "Name") stays generic
    (list.generic ?? []).forEach((s) => add(s, GENERIC_QUALITY));
    add(field, SPECIFIC_QUALITY);
    list.specific.forEach((s) => add(s, SPECIFIC_QUALITY));
  }
  lookups.set(kind, lookup);
  return lookup;
}

/**
 * The field a single header names in a table, if any.
 * @example fieldForHeader("invoices", "到期日") //=> { field: "DueDate", quality: 1 }
 */
export function fieldForHeader<K extends TableKind>(kind: K, header: string): { field: FieldOf[K]; quality: number } | undefined {
  const lookup = lookupFor(kind);
  const direct = lookup.get(normalizeHeader(header));
  if (direct) return direct as { field: FieldOf[K]; quality: number };
  const stripped = stripBracketed(header);
  if (stripped && stripped !== header.trim()) {
    const hit = lookup.get(normalizeHeader(stripped));
    if (hit) return { field: hit.field as FieldOf[K], quality: hit.quality * STRIPPED_FACTOR };
  }
  return undefined;
}

/**
 * Maps a header row onto a table's fields: best matches first, each field and each column used
 * at most once, the leftmost column winning a tie.
 * @example mapHeaders("customers", ["客户编号", "客户名称"]).matches.Name //=> { index: 1, header: "客户名称", quality: 1 }
 */
export function mapHeaders<K extends TableKind>(kind: K, headers: readonly string[]): HeaderMapping<K> {
  const candidates: { index: number; field: FieldOf[K]; quality: number }[] = [];
  let nonEmpty = 0;
  headers.forEach((header, index) => {
    if (!header.trim()) return;
    nonEmpty++;
    const hit = fieldForHeader(kind, header);
    if (hit) candidates.push({ index, field: hit.field, quality: hit.quality });
  });
  candidates.sort((a, b) => b.quality - a.quality || a.index - b.index);
  const matches: { [F in FieldOf[K]]?: ColumnMatch } = {};
  const usedColumns = new Set<number>();
  for (const c of candidates) {
    if (matches[c.field] || usedColumns.has(c.index)) continue;
    matches[c.field] = { index: c.index, header: headers[c.index], quality: c.quality };
    usedColumns.add(c.index);
  }
  if (kind === "invoices") {
    // "Due" beside a "Due date" column is the amount due (Xero): the open balance.
    const m = matches as Record<string, ColumnMatch | undefined>;
    const due = headers.findIndex((h, i) => !usedColumns.has(i) && normalizeHeader(h) === "due");
    if (due >= 0 && m.DueDate && !m.OpenBalance) m.OpenBalance = { index: due, header: headers[due], quality: 1 };
    // Stripe prints `Amount Due` (what the invoice asked for) and `Amount Remaining` (what is still
    // open): beside a column naming what remains, "amount due" is not the open balance.
    if (m.OpenBalance && normalizeHeader(m.OpenBalance.header) === "amountdue") {
      const remaining = headers.findIndex((h, i) => !usedColumns.has(i) && fieldForHeader("invoices", h)?.field === "OpenBalance" && fieldForHeader("invoices", h)?.quality === 1);
      if (remaining >= 0) {
        usedColumns.delete(m.OpenBalance.index);
        m.OpenBalance = { index: remaining, header: headers[remaining], quality: 1 };
        usedColumns.add(remaining);
      }
    }
    // `N° compte` / `A/C` then `Client` (Sage France): with the key taken by an ID column, a bare
    // "Customer" / "Client" / "Kunde" column beside it holds the names.
    if (m.CustomerID && m.CustomerID.quality === 1 && !m.CustomerName) {
      const name = headers.findIndex((h, i) => !usedColumns.has(i) && CUSTOMER_WORDS.has(normalizeHeader(h)));
      if (name >= 0) {
        m.CustomerName = { index: name, header: headers[name], quality: GENERIC_QUALITY };
        usedColumns.add(name);
      }
    }
    // A report's first column with no header beside a due date and no number column (Odoo's Aged
    // Receivable) holds its line labels: each document's number, and the customer heading its lines.
    if (!m.InvoiceNo && (m.DueDate || m.InvoiceDate) && headers.length > 1 && headers[0].trim() === "" && !usedColumns.has(0)) {
      m.InvoiceNo = { index: 0, header: headers[0], quality: GENERIC_QUALITY };
      usedColumns.add(0);
    }
    // Beside debit/credit columns a Balance / 余额 column is a running balance: a check, never an open balance.
    if (m.Credit && m.OpenBalance && m.OpenBalance.quality < 1) {
      if (!m.RunningBalance) m.RunningBalance = m.OpenBalance;
      delete m.OpenBalance;
    }
  }
  return finishMapping(kind, headers, matches, nonEmpty);
}

/** Completes a mapping (missing, unmapped, score) from chosen matches; shared with overrides. */
export function finishMapping<K extends TableKind>(
  kind: K,
  headers: readonly string[],
  matches: { [F in FieldOf[K]]?: ColumnMatch },
  nonEmpty = headers.filter((h) => h.trim()).length,
): HeaderMapping<K> {
  const required = REQUIRED_FIELDS[kind] as readonly FieldOf[K][];
  const standIns = STAND_INS[kind] as Partial<Record<FieldOf[K], FieldOf[K]>>;
  // A required field is found when its column or its stand-in's is (CustomerName for CustomerID).
  const found = (f: FieldOf[K]): ColumnMatch | undefined => matches[f] ?? (standIns[f] !== undefined ? matches[standIns[f]!] : undefined);
  // A hand-kept 台账 with no document-number column is read, each row numbered by its place (rowSequence.ts).
  const byPlace = kind === "invoices" && numbersRowsByPlace((f) => (matches as Record<string, ColumnMatch | undefined>)[f] !== undefined);
  const missing = required.filter((f) => !found(f) && !(byPlace && f === "InvoiceNo"));
  const used = new Set<number>();
  let requiredQuality = 0;
  for (const field of Object.keys(matches) as FieldOf[K][]) used.add(matches[field]!.index);
  const counts = STAND_IN_COUNTS[kind] as Partial<Record<FieldOf[K], number>>;
  for (const field of required) requiredQuality += matches[field]?.quality ?? (found(field)?.quality ?? 0) * (counts[field] ?? 1);
  const unmapped = headers.filter((h, i) => h.trim() && !used.has(i));
  const coverage = nonEmpty === 0 ? 0 : used.size / nonEmpty;
  const score = (requiredQuality / required.length) * (0.7 + 0.3 * coverage);
  return { kind, matches, missing, unmapped, score };
}
