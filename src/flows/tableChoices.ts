/**
 * What detection found for each input table, as the clerk reviews and corrects it (the task
 * pane's Ledger screen): the chosen source, every source the clerk may pick instead, and each
 * field's column. Detection itself is workbook/schema's; this only reports it.
 */
import { columnLetters } from "../workbook/a1";
import { rowCountOf, type BlockHead, type BlockShape } from "../core/source";
import type { SourceBlock } from "../workbook/port";
import { FIELDS_OF, REQUIRED_FIELDS, REQUIRED_TABLES, TABLE_KINDS, rebaseHeader, type DetectionMethod, type FieldOf, type TableDetection, type TableKind } from "../workbook/schema";
import type { WorkbookInspection } from "./analysis";
import { paidReadAsCredit } from "../core/ledger";

export type { DetectionMethod, TableKind };

/** A block of the workbook the clerk may pick as the source of a table. */
export interface SourceCandidate {
  /** Stable id to send back with the clerk's choice: the table name, else `sheet:<name>` ({@link candidateId}). */
  readonly id: string;
  /** What the clerk sees: `Invoices (table)`, `Sheet1!A1:H200` (a host words a table in its own language from {@link tableName}). */
  readonly label: string;
  /** The Excel table's name when the block is one; undefined for a range on a sheet. */
  readonly tableName?: string;
  /** Header texts of that block, in column order. */
  readonly headers: readonly string[];
}

/** One canonical field (DESIGN §2) and the column it was mapped to. */
export interface FieldMapping {
  /** Canonical field name: `CustomerID`, `DueDate`… */
  readonly field: string;
  readonly required: boolean;
  /** Header text of the mapped column; undefined = not mapped. */
  readonly column?: string;
  /** 0..1; 1 for an exact or overridden match. */
  readonly confidence?: number;
}

/** What detection found for one table. */
export interface DetectedTable {
  readonly kind: TableKind;
  /** The chosen source's candidate id; undefined when nothing was found. */
  readonly sourceId?: string;
  /** Display name of the source (table or sheet name). */
  readonly sourceName?: string;
  readonly how?: DetectionMethod;
  /** 0..1 confidence of the table choice. */
  readonly confidence?: number;
  readonly candidates: readonly SourceCandidate[];
  readonly fields: readonly FieldMapping[];
  /** Required fields with no column: the flows cannot run until they are mapped. */
  readonly missingRequired: readonly string[];
  /**
   * Invoices with no customer column and nothing else missing: the reader takes each row's
   * customer from the group title row above it (QuickBooks, Business Central, 用友 明细账), a
   * `客户：…` line above the header, or the sheet's name. Not a missing column, so the flows run.
   */
  readonly customerFromTitles?: true;
}

/**
 * True when an invoice list lacks only its customer column: the reader then finds each row's
 * customer in the title rows (readInvoices' sheet groups), as `ar-desk check` says.
 * @example customerFromTitles("invoices", ["CustomerID"]) //=> true
 * @example customerFromTitles("invoices", ["CustomerID", "Amount"]) //=> false
 */
export function customerFromTitles(kind: TableKind, missing: readonly string[]): boolean {
  return kind === "invoices" && missing.length === 1 && missing[0] === "CustomerID";
}

/** The candidate id of a block: its table name, else `sheet:<name>`. */
export function candidateId(block: BlockHead): string {
  return block.tableName ?? `sheet:${block.sheet}`;
}

/**
 * What the clerk sees for a block: the table's name, else the block's range.
 * @example candidateLabel({ sheet: "Open items", headerRow: 4, firstColumn: 1, headers: ["A", "B"], rows: [[1, 2]] }) //=> "Open items!A4:B5"
 */
export function candidateLabel(block: SourceBlock | BlockShape): string {
  if (block.tableName) return `${block.tableName} (table)`;
  const right = block.firstColumn + Math.max(1, block.headers.length) - 1;
  const bottom = block.headerRow + rowCountOf(block);
  return `${block.sheet}!${columnLetters(block.firstColumn)}${block.headerRow}:${columnLetters(right)}${bottom}`;
}

/**
 * The sources the clerk may pick, each with the columns of its *detected* header row: a sheet
 * with title rows above its header offers that header's columns, never the title in row 1. The
 * detected table's own source is the block detection used (the same re-cut the engine reads).
 */
function sourceCandidates(inspection: WorkbookInspection, found: TableDetection<TableKind, BlockShape> | undefined): SourceCandidate[] {
  const candidates: SourceCandidate[] = [];
  const seen = new Set<string>();
  for (const raw of inspection.candidates) {
    const id = candidateId(raw);
    if (seen.has(id)) continue;
    seen.add(id);
    const block = found && candidateId(found.block) === id ? found.block : rebaseHeader(raw);
    candidates.push({ id, label: candidateLabel(block), ...(block.tableName !== undefined ? { tableName: block.tableName } : {}), headers: block.headers.map(String) });
  }
  return candidates;
}

/**
 * Each field of a table with the header it was mapped to (and how sure), in the schema's field
 * order, as the reader reads it: a 已收 column of a list numbered by its rows shows under Credit
 * (core/ledger paidReadAsCredit), as `ar-desk check` shows it.
 */
function fieldMappings<K extends TableKind>(kind: K, found: TableDetection<K, BlockShape> | undefined, hasPaymentsTable: boolean): FieldMapping[] {
  const required: readonly FieldOf[K][] = REQUIRED_FIELDS[kind];
  const fields: readonly FieldOf[K][] = FIELDS_OF[kind];
  // The reader's view differs from detection's in one way only: Paid read as Credit.
  const mapped = found?.columns as Readonly<Partial<Record<string, number>>> | undefined;
  const paidAsCredit = mapped !== undefined && kind === "invoices" && paidReadAsCredit((field) => mapped[field] !== undefined, hasPaymentsTable);
  const headers = found?.headers as Readonly<Partial<Record<string, string>>> | undefined;
  const headerOf = (field: string): string | undefined =>
    paidAsCredit ? (field === "Credit" ? headers?.Paid : field === "Paid" ? undefined : headers?.[field]) : headers?.[field];
  return fields.map((field) => {
    const column = headerOf(field);
    return {
      field,
      required: required.includes(field),
      ...(found && column !== undefined ? { column, confidence: found.method === "override" ? 1 : found.confidence } : {}),
    };
  });
}

function detectedTable<K extends TableKind>(kind: K, inspection: WorkbookInspection): DetectedTable {
  const tables: { readonly [T in TableKind]?: TableDetection<T, BlockShape> } = inspection.detection;
  const found = tables[kind];
  const candidates = sourceCandidates(inspection, found);
  const fields = fieldMappings(kind, found, inspection.detection.payments !== undefined);
  if (!found) {
    return { kind, candidates, fields, missingRequired: REQUIRED_TABLES.includes(kind) ? [...REQUIRED_FIELDS[kind]] : [] };
  }
  return {
    kind,
    sourceId: candidateId(found.block),
    sourceName: found.block.tableName ?? found.block.sheet,
    how: found.method,
    confidence: found.confidence,
    candidates,
    fields,
    ...(customerFromTitles(kind, found.missing) ? { missingRequired: [], customerFromTitles: true as const } : { missingRequired: [...found.missing] }),
  };
}

/** Customers, Invoices and Payments as detection found them (or did not). */
export function tableChoices(inspection: WorkbookInspection): DetectedTable[] {
  return TABLE_KINDS.map((kind) => detectedTable(kind, inspection));
}
