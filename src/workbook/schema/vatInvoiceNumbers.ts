/**
 * The number of a Chinese VAT invoice (增值税发票) as the tax software exports it. A 金税盘 / 税控
 * invoice is known by 发票代码 + 发票号码: the 8-digit 发票号码 starts again under each new 发票代码,
 * so the same 发票号码 can name two invoices of one customer. A 数电 (全电) invoice has a 20-digit
 * 数电票号码 and no code. The platform's 全量发票查询 export lists both kinds in one list, each row
 * filling one or the other. So beside a 发票代码 or a 数电票号码 column, the 发票号码 column is read as
 * each row's whole number: its 数电票号码, else `发票代码-发票号码`, else the 发票号码 as it stands.
 * Done once per block, before its header row is found (like the 年 | 月 | 日 columns in
 * ./splitDates.ts); the code column stays as it is (listed as ignored), the 数电 column is relabelled
 * `数电票号码 → 发票号码` so that it is not read as a second number column.
 */
import type { RawCell, SourceBlock } from "../port";
import { isBlankCell } from "../../core/source";
import { headerText } from "./findHeaderRow";
import { normalizeHeader } from "./normalizeHeader";

/** Rows searched for the header (title rows may sit above it). */
const SCAN = 12;
/** The 8 digits of a 金税 发票号码: a number cell lost its leading zeros. */
const NUMBER_DIGITS = 8;

const NUMBER_HEADER = new Set(["发票号码", "发票号", "invoiceno", "invoicenumber"].map(normalizeHeader));
const CODE_HEADER = new Set(["发票代码", "invoicecode"].map(normalizeHeader));
const E_INVOICE_HEADER = new Set(["数电票号码", "数电发票号码", "全电发票号码", "数电票号", "全电票号码", "e-invoice no", "e-invoice number", "digital invoice no", "digital invoice number"].map(normalizeHeader));

interface VatColumns {
  /** Index in [headers, ...rows] of the header row. */
  readonly row: number;
  readonly number: number;
  /** -1 when absent. */
  readonly code: number;
  readonly eInvoice: number;
}

const rowOf = (block: SourceBlock, r: number): readonly RawCell[] => (r === 0 ? block.headers : block.rows[r - 1]);

function findColumns(block: SourceBlock): VatColumns | undefined {
  for (let r = 0; r < Math.min(block.rows.length + 1, SCAN); r++) {
    const row = rowOf(block, r);
    let number = -1;
    let code = -1;
    let eInvoice = -1;
    row.forEach((cell, j) => {
      const folded = normalizeHeader(headerText(cell));
      if (number < 0 && NUMBER_HEADER.has(folded)) number = j;
      else if (code < 0 && CODE_HEADER.has(folded)) code = j;
      else if (eInvoice < 0 && E_INVOICE_HEADER.has(folded)) eInvoice = j;
    });
    if (number >= 0 && (code >= 0 || eInvoice >= 0)) return { row: r, number, code, eInvoice };
  }
  return undefined;
}

/** A cell's digits as typed; a number cell as its whole digits (a 发票号码 padded back to 8). */
function digits(cell: RawCell, width = 0): string {
  if (typeof cell === "number" && Number.isSafeInteger(cell) && cell >= 0) return String(cell).padStart(width, "0");
  return headerText(cell).trim();
}

/**
 * The row's whole invoice number. A 数电票号码 number cell too long to be exact (Excel keeps 15
 * digits) stays a number, so the ledger reader can say its digits are lost.
 */
function wholeNumber(row: readonly RawCell[], columns: VatColumns): RawCell {
  const eInvoice = columns.eInvoice >= 0 ? row[columns.eInvoice] ?? null : null;
  if (!isBlankCell(eInvoice)) return typeof eInvoice === "number" && !Number.isSafeInteger(eInvoice) ? eInvoice : digits(eInvoice);
  const number = row[columns.number] ?? null;
  const code = columns.code >= 0 ? row[columns.code] ?? null : null;
  if (isBlankCell(number) || isBlankCell(code)) return number;
  return `${digits(code)}-${digits(number, NUMBER_DIGITS)}`;
}

/** `发票号码（数电票号码 / 发票代码-发票号码）`: what the column now holds, the header still read as the number. */
function label(header: string, chinese: boolean, columns: VatColumns): string {
  const parts = chinese ? [columns.eInvoice >= 0 ? "数电票号码" : "", columns.code >= 0 ? "发票代码-发票号码" : ""] : [columns.eInvoice >= 0 ? "e-invoice no." : "", columns.code >= 0 ? "code-number" : ""];
  const said = parts.filter((p) => p !== "").join(" / ");
  return chinese ? `${header}（${said}）` : `${header} (${said})`;
}

/**
 * The block with its 发票号码 column holding each row's whole VAT invoice number, or the block
 * itself when it has no 发票代码 or 数电票号码 column beside the 发票号码.
 * @example joinVatInvoiceNumbers({ sheet: "S", headerRow: 1, firstColumn: 1, headers: ["发票代码", "发票号码"], rows: [["3100261130", 412345]] }).rows[0][1] //=> "3100261130-00412345"
 */
export function joinVatInvoiceNumbers(block: SourceBlock): SourceBlock {
  const columns = findColumns(block);
  if (columns === undefined) return block;
  const header = headerText(rowOf(block, columns.row)[columns.number]);
  const chinese = /[\u4e00-\u9fff]/.test(header);
  const rewrite = (row: readonly RawCell[], r: number): readonly RawCell[] => {
    if (r < columns.row) return row;
    const copy = [...row];
    if (r === columns.row) {
      copy[columns.number] = label(header, chinese, columns);
      if (columns.eInvoice >= 0) copy[columns.eInvoice] = `${headerText(row[columns.eInvoice])} → ${header}`;
    } else {
      copy[columns.number] = wholeNumber(row, columns);
    }
    return copy;
  };
  return {
    ...block,
    headers: columns.row === 0 ? rewrite(block.headers, 0).map((cell) => headerText(cell)) : block.headers,
    rows: block.rows.map((row, i) => rewrite(row, i + 1)),
  };
}
