/**
 * Moves a plain block's header down to its real header row when title rows sit above it.
 * WorkbookPort delivers a plain range with its first non-empty row as header; a clerk's sheet
 * often starts with a title ("应收账款明细 2026年10月"), so detection looks a few rows further.
 * A header may also span two rows, the upper one merged across its group ("Customer" over
 * "ID" / "Name", "Amounts (USD)" over "Amount" / "Paid"): the two are read as one.
 */
import type { RawCell, SourceBlock } from "../port";
import { findHeaderRow, headerRowScore, headerText } from "./findHeaderRow";
import { fieldForHeader, mapHeaders } from "./matchHeaders";
import { TABLE_KINDS } from "./tableFields";

/** A sub-column in the document's own currency, under a money label merged across (金额 over 原币 | 本币). */
const ORIGINAL_CURRENCY = /^(?:原币|原币金额|外币|外币金额|original(?: currency)?|foreign currency|FC)$/i;

/** Rows searched for a two-row header. */
const TWO_ROW_SCAN = 12;

function names(text: string): boolean {
  return text !== "" && TABLE_KINDS.some((kind) => fieldForHeader(kind, text) !== undefined);
}

/**
 * The header of two rows read as one: the upper row's merged labels carried right over the
 * empty cells under their span, each column "upper lower" when that names a field, else the
 * lower text when it does, else the upper (a label merged down over both rows). A lower label
 * that names nothing and repeats under two groups (`本币` under 金额 and under 余额) keeps its
 * group ("金额 本币", "余额 本币"), so the clerk can tell the columns apart.
 * @example twoRowHeader(["Customer", null, "Invoice", null], ["ID", "Name", "No.", "Date"]) //=> ["Customer ID", "Customer Name", "Invoice No.", "Invoice Date"]
 */
export function twoRowHeader(upper: readonly RawCell[], lower: readonly RawCell[]): string[] {
  const out: string[] = [];
  /** Per column taken as its lower label alone: the group it stands under ("" when none or the same). */
  const groupOf: string[] = [];
  let carried = "";
  const width = Math.max(upper.length, lower.length);
  for (let i = 0; i < width; i++) {
    const up = headerText(upper[i] ?? null);
    const low = headerText(lower[i] ?? null);
    if (up !== "") carried = up;
    const over = up !== "" ? up : low !== "" ? carried : "";
    // 金额 over 原币 | 本币: the amount in the row's own currency is the group's; 本币 (its local
    // equivalent) stays "金额 本币", which names nothing
    if (over !== "" && ORIGINAL_CURRENCY.test(low) && names(over)) {
      out.push(over);
      continue;
    }
    const joined = over !== "" && low !== "" ? `${over} ${low}` : over || low;
    const lowAlone = !names(joined) && !names(low) && low !== "";
    groupOf[i] = lowAlone && over !== low ? over : "";
    out.push(names(joined) ? joined : names(low) ? low : low !== "" ? low : up);
  }
  return out.map((text, i) => (groupOf[i] && out.indexOf(text) !== out.lastIndexOf(text) ? `${groupOf[i]} ${text}` : text));
}

/**
 * The block re-cut at its best header row (rows above it dropped), or the block itself when its
 * header row is already the best one or it is an Excel table.
 * @example rebaseHeader({ sheet: "S", headerRow: 1, firstColumn: 1, headers: ["Ledger"], rows: [["Invoice No", "Amount"], ["I1", 5]] }).headerRow //=> 2
 */
export function rebaseHeader(block: SourceBlock): SourceBlock {
  if (block.tableName !== undefined) return block;
  const candidates: (readonly RawCell[])[] = [block.headers, ...block.rows.slice(0, 30)];
  const index = findHeaderRow(candidates);
  let best = { index, headers: index > 0 ? block.rows[index - 1].map(headerText) : [...block.headers], score: index >= 0 ? headerRowScore(candidates[index]) : 0 };
  for (let i = 1; i < Math.min(candidates.length, TWO_ROW_SCAN); i++) {
    if (candidates[i - 1].every((c) => headerText(c) === "")) continue;
    const headers = twoRowHeader(candidates[i - 1], candidates[i]);
    const score = headerRowScore(headers);
    if (score > best.score + 1e-9) best = { index: i, headers, score };
    // The file says so: a label merged across columns over labels in the row below is a header
    // of two rows, even when its sub-columns (金额 本币) name nothing and lower the score
    else if (i - 1 === best.index && (groupsRowBelow(block, i - 1, candidates[i - 1], candidates[i]) || spansLabelsBelow(candidates[i - 1], candidates[i])) && namesAllOf(headers, best.headers)) best = { index: i, headers, score };
  }
  // Two header rows, the upper naming only the customer (its ID, name, phone: the header of the
  // customer lines over each block, as Dynamics GP prints it), the lower a document list: the lower
  // is the table's header, and the customer lines above each block name their rows' customer.
  const lower = best.index + 1 < candidates.length ? candidates[best.index + 1] : undefined;
  if (best.index >= 0 && lower !== undefined && namesOnlyCustomer(candidates[best.index]) && isDocumentHeader(lower)) {
    best = { index: best.index + 1, headers: lower.map(headerText), score: headerRowScore(lower) };
  }
  if (best.index <= 0) return block;
  const unit = unitInTitle(candidates.slice(0, best.index));
  const customer = customerInTitle(candidates.slice(0, best.index));
  return {
    sheet: block.sheet,
    headerRow: block.headerRow + best.index,
    firstColumn: block.firstColumn,
    headers: unit === undefined ? best.headers : best.headers.map((h) => withUnit(h, unit)),
    rows: block.rows.slice(best.index),
    // sheet positions: the merges stay as they are
    ...(block.merges ? { merges: block.merges } : {}),
    ...(customer !== undefined ? { titleCustomer: customer } : {}),
  };
}

/** `客户：甲公司` / `往来单位：甲公司` in a title cell (alone or after `科目：1122 应收账款`). */
const TITLE_CUSTOMER = /(?:^|\s)(?:客户(?:名称)?|往来单位)\s*[:：]\s*([^\s:：]+)/;
/** A report's filter, not a customer: 全部, 所有, `001-099`, `甲 至 乙`. */
const FILTER = /^(?:全部|所有|全部客户|所有客户|all|\*)$|[-~～至到—]/i;

/** The one customer the title rows name (none, or two: undefined). */
function customerInTitle(titles: readonly (readonly RawCell[])[]): string | undefined {
  const found = new Set<string>();
  for (const row of titles) {
    for (const cell of row) {
      if (typeof cell !== "string") continue;
      const m = TITLE_CUSTOMER.exec(cell.normalize("NFKC"));
      if (m !== null && !FILTER.test(m[1])) found.add(m[1]);
    }
  }
  return found.size === 1 ? [...found][0] : undefined;
}

/**
 * Whether candidate row `index` (0 = the block's header row) holds a label merged across columns
 * (the file's `<mergeCell>`) with labels under it in the next row, and other labels beside it: a
 * title merged across the sheet is the row's only cell, so it never groups the row below.
 */
function groupsRowBelow(block: SourceBlock, index: number, upper: readonly RawCell[], lower: readonly RawCell[]): boolean {
  if (block.merges === undefined) return false;
  const sheetRow = block.headerRow + index;
  if (upper.filter((c) => headerText(c) !== "").length < 2) return false;
  return block.merges.some((m) => {
    if (m.row !== sheetRow || m.rows !== 1 || m.cols < 2) return false;
    const from = m.col - block.firstColumn;
    let under = 0;
    for (let c = Math.max(0, from); c < from + m.cols && c < lower.length; c++) if (headerText(lower[c]) !== "") under++;
    return under >= 2;
  });
}

/**
 * The same two-row header once its merges are lost (a CSV, or a file saved without them): a label
 * followed by empty cells, with labels under it and under each of those empty cells (金额 , | 原币
 * 本币), and nothing in the lower row but such labels (texts with no digit, so a data row never
 * passes), beside other labels in the upper row.
 */
function spansLabelsBelow(upper: readonly RawCell[], lower: readonly RawCell[]): boolean {
  if (upper.filter((c) => headerText(c) !== "").length < 2) return false;
  const label = (c: RawCell | undefined) => c !== undefined && typeof c === "string" && headerText(c) !== "" && !/\d/.test(c);
  let spans = 0;
  for (let c = 0; c < lower.length; c++) {
    if (headerText(lower[c] ?? null) === "") continue;
    if (!label(lower[c])) return false;
    // the start of the span this lower label stands under: the nearest upper label at or left of it
    let start = c;
    while (start >= 0 && headerText(upper[start] ?? null) === "") start--;
    if (start < 0) return false;
    let end = start + 1;
    while (end < lower.length && headerText(upper[end] ?? null) === "" && label(lower[end])) end++;
    if (end - start < 2 || c >= end) return false;
    for (let k = start; k < end; k++) if (!label(lower[k])) return false;
    if (c === start) spans++;
  }
  return spans > 0;
}

/** Whether `headers` name every field (of any table) that `than` names. */
function namesAllOf(headers: readonly string[], than: readonly string[]): boolean {
  return TABLE_KINDS.every((kind) => {
    const has = mapHeaders(kind, [...headers]).matches;
    return Object.keys(mapHeaders(kind, [...than]).matches).every((field) => field in has);
  });
}

/** A header row whose fields on the Invoices table are the customer's only (ID, name). */
function namesOnlyCustomer(row: readonly RawCell[]): boolean {
  const mapping = mapHeaders("invoices", row.map(headerText));
  const fields = Object.keys(mapping.matches);
  return fields.length > 0 && fields.every((f) => f === "CustomerID" || f === "CustomerName");
}

/** A header row of documents without their customer: number, date and amount. */
function isDocumentHeader(row: readonly RawCell[]): boolean {
  const { matches } = mapHeaders("invoices", row.map(headerText));
  return matches.InvoiceNo !== undefined && matches.InvoiceDate !== undefined && (matches.Amount !== undefined || matches.OpenBalance !== undefined)
    && matches.CustomerID === undefined && matches.CustomerName === undefined;
}

/** `单位：万元` / `金额单位：千元` / `(in thousands)` in a title row: the unit of the sheet's amounts. */
const TITLE_UNIT = /^(?:金额)?单位\s*[:：]\s*(?:人民币)?\s*(万元|千元|亿元)$|^\(?(?:amounts\s+)?in\s+(thousands)\)?$/i;
/** Headers of money columns (not dates): the ones a stated unit applies to. */
const MONEY_HEADER = /金额|额|款|余额|合计|amount|balance|total|paid|due|outstanding|debit|credit|借方|贷方/i;
const DATE_HEADER = /日期|日$|date/i;
/** A unit the header already states, in brackets. */
const BRACKETED_UNIT = /[(（][^)）]*(?:元|thousand|'?000)[^)）]*[)）]/i;

/** The unit a title row above the header states for the sheet's amounts, if any. */
export function unitInTitle(rows: readonly (readonly RawCell[])[]): string | undefined {
  for (const row of rows) {
    for (const cell of row) {
      const m = TITLE_UNIT.exec(headerText(cell).normalize("NFKC").trim());
      if (m) return m[1] ?? "in thousands";
    }
  }
  return undefined;
}

/**
 * A money header with the title's unit carried into it (`应收金额` under `单位：万元` →
 * `应收金额（万元）`), so the ledger reads the column in whole units and says so; a header that
 * states its own unit, and any non-money header, is left as it is.
 * @example withUnit("应收金额", "万元") //=> "应收金额（万元）"
 */
export function withUnit(header: string, unit: string): string {
  if (header === "" || !MONEY_HEADER.test(header) || DATE_HEADER.test(header) || BRACKETED_UNIT.test(header)) return header;
  return /[\u4e00-\u9fff]/.test(unit) ? `${header}（${unit}）` : `${header} (${unit})`;
}
