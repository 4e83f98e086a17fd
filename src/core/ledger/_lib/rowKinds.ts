/**
 * Rows that are not data: footers (Total, 合计, 制表人 …), printed timestamps, notes, and group
 * title rows of grouped reports (a customer's name alone above its detail rows). Private to the ledger.
 */
import type { RawCell } from "../../source";
import { cellText, isBlankCell } from "./cells";
import { afterAsciiSpaces } from "../../text/asciiSpaces";
import { nfkc } from "../../text/nfkc";
import { CHINESE_WORD_FIRSTS, isSureTotal, LATIN_WORD_STARTS, totalLabel } from "./totalWords";

/** Sign-off and printed-on lines (the total labels are totalWords.ts's), whole-cell or followed by a colon / a name / a date. */
const SIGN_OFF = new RegExp(
  [
    String.raw`^(?:制\s*表\s*人?|制\s*单\s*人?|审\s*核\s*人?|复\s*核\s*人?|审\s*批\s*人?|会计主管|财务主管|经办人|记账人?)\s*(?:[:：].*)?$`,
    String.raw`^(?:prepared|approved|checked|reviewed|printed|generated|run)\s+(?:by|on|at)\b.*$`,
    String.raw`^(?:print(?:ed)?\s+(?:date|time)|report\s+(?:date|generated|run)|打印(?:日期|时间|人)?|制表日期|报表日期).*$`,
    // A statement returned signed: `以上对账无误。`, `客户盖章：`, `签字：`.
    String.raw`^(?:以上.*(?:无误|相符|一致|确认).*|(?:客户|单位|公司)?(?:盖章|签章|签字|签名)\s*(?:[:：].*)?)$`,
  ].join("|"),
  "i",
);

/** A printed timestamp such as `Friday, 4 December 2026 10:15 AM GMT+8` or `2026-12-04 10:15:00`. */
const TIMESTAMP = /\d{1,2}:\d{2}/;

/**
 * The first two letters (lower case) of every Latin total word (from totalWords.ts) and sign-off
 * above; the others start with a Chinese character or `*`.
 */
const FOOTER_PAIRS = [...LATIN_WORD_STARTS, "pr", "ap", "ch", "re", "ge", "ru"];
/** The pairs above as a 128 × 128 table of ASCII codes (lower case), so a check makes no string. */
const FOOTER_START = new Uint8Array(128 * 128);
for (const pair of FOOTER_PAIRS) FOOTER_START[pair.charCodeAt(0) * 128 + pair.charCodeAt(1)] = 1;
/** The first character of every Chinese total word and sign-off above (制表人, 审核, 会计主管 …). */
const FOOTER_FIRSTS = new Set([...CHINESE_WORD_FIRSTS, ..."制审复会财经记打报以客单公盖签"]);

/**
 * True when the text cannot start a footer: after leading ASCII spaces, its first two characters
 * are ASCII and begin none of the footers above (one ASCII character alone can only be `*`), or it
 * starts with a Chinese character (CJK Unified Ideographs) that begins none. NFKC leaves ASCII and
 * those characters as they are, so the full rule would say no too; this spares it (NFKC and the
 * regexes) for invoice numbers, customer IDs such as `C0001` and names such as `南京金陵制药`, a
 * million cells in a large ledger.
 */
function surelyNotFooter(text: string): boolean {
  const i = afterAsciiSpaces(text);
  if (i === text.length) return true;
  const first = text.charCodeAt(i);
  if (first >= 0x4e00 && first <= 0x9fff) return !FOOTER_FIRSTS.has(text[i]);
  if (first >= 128 || first === 42) return false; // another script or a full-width letter, or `*`
  if (i + 1 === text.length) return true;
  const second = text.charCodeAt(i + 1);
  if (second >= 128) return false;
  // `| 32` lowers ASCII letters (and maps no other pair onto one of the letter pairs above).
  return FOOTER_START[(first | 32) * 128 + (second | 32)] === 0;
}

/**
 * True for a cell that starts a footer line: a total label no customer is called (`Total`, `合计：`,
 * `Total for …`, `Summe Debitor 10001`: see totalWords.ts), a sign-off or a printed-on line.
 */
export function isFooterText(text: string): boolean {
  return text !== "" && !surelyNotFooter(text) && isFooterLabel(text);
}

/** {@link isFooterText} without the quick refusal: the rule itself (a property test pins the two together). */
export function isFooterLabel(text: string): boolean {
  return isSureTotal(text) || SIGN_OFF.test(nfkc(text).trim());
}

export type RowKind = "data" | "blank" | "footer" | "title";

/**
 * What a row is. `footer`: a total, sign-off or timestamp line (a check, never data). `title`: one
 * text cell alone (a group title naming a customer, or a note: `合计科技有限公司` alone names a
 * customer, `合计` alone is a footer). `blank`: nothing in it. A total that names what it totals
 * (`Total Koala Print Co`) is the reader's to decide, with the row's number and date.
 */
export function rowKind(row: readonly RawCell[]): RowKind {
  let filled = 0;
  let first = "";
  let onlyText = true;
  for (let i = 0; i < row.length; i++) {
    const cell = row[i];
    if (isBlankCell(cell)) continue;
    filled++;
    if (filled === 1) first = cellText(cell);
    if (typeof cell !== "string") onlyText = false;
  }
  if (filled === 0) return "blank";
  if (isFooterText(first)) return "footer";
  if (filled === 1 && onlyText && TIMESTAMP.test(first) && /\d{4}/.test(first)) return "footer";
  if (filled === 1 && onlyText) return "title";
  return "data";
}

/** Group title text minus a leading "Customer:" / "客户：" label. */
export function groupName(title: string): string {
  return title.replace(/^(?:customer|client|客户(?:名称)?|往来单位)\s*[:：]\s*/i, "").trim();
}

/** `Customer ID: AARONFIT0001`, `Name: Aaron Fitz Electrical`, `客户名称：甲公司` as one cell each. */
const CUSTOMER_LABEL = /^(?:customer|client|debtor|客户|往来单位)\s*(?:id|no\.?|number|code|#|编号|代码)?\s*[:：]\s*(\S.*)$/i;
const NAME_LABEL = /^(?:(?:customer|client|debtor)\s+)?name\s*[:：]\s*(\S.*)$|^(?:客户|往来单位)?名称\s*[:：]\s*(\S.*)$/i;

/**
 * The customer a report's customer line names, with the label in each cell: `Customer ID:
 * AARONFIT0001` then `Name: Aaron Fitz Electrical` (Dynamics GP), `客户：甲公司`. The name when
 * there is one, else the ID; undefined for any other row (the line must start with the label).
 */
export function customerLine(row: readonly RawCell[]): string | undefined {
  let first = -1;
  for (let i = 0; i < row.length && first < 0; i++) if (!isBlankCell(row[i])) first = i;
  if (first < 0 || typeof row[first] !== "string") return undefined;
  const id = CUSTOMER_LABEL.exec(nfkc(row[first] as string).trim());
  if (id === null) return undefined;
  for (let i = first + 1; i < row.length; i++) {
    const cell = row[i];
    if (typeof cell !== "string") continue;
    const name = NAME_LABEL.exec(nfkc(cell).trim());
    if (name !== null) return (name[1] ?? name[2]).trim();
  }
  return id[1].trim();
}

/** A customer number as a report prints it beside the name: digits, maybe capitals and marks (`10000`, `C-10020`). */
const CUSTOMER_NO = /^(?=[^\s]*\d)[A-Z0-9][A-Z0-9._/-]{2,}$/;

/**
 * The customer on a report's customer line of plain cells: its number and its name alone on the row
 * (Business Central's `10000` | `Adatum Corporation`), two or three text cells, one of them a
 * number (three characters at least, with a digit) and one a name with letters. The number is the
 * customer's ID (its statements print it), the name its name. Undefined for any other row. Only for
 * a table with no customer column, on a row with no invoice number or money.
 * @example customerNoAndName(["10000", "Adatum Corporation"]) //=> { no: "10000", name: "Adatum Corporation" }
 */
export function customerNoAndName(row: readonly RawCell[]): { readonly no: string; readonly name: string } | undefined {
  let filled = 0;
  let no: string | undefined;
  let name: string | undefined;
  for (const cell of row) {
    if (isBlankCell(cell)) continue;
    if (typeof cell !== "string" || ++filled > 3) return undefined;
    const text = nfkc(cell).trim();
    if (no === undefined && CUSTOMER_NO.test(text)) no = text;
    else if (name === undefined && /\p{L}.*\p{L}/u.test(text) && !/[:：]$/.test(text)) name = text;
    else return undefined;
  }
  return no !== undefined && name !== undefined ? { no, name } : undefined;
}

/**
 * True for a total row that closes a period (a month of a customer's 明细账: 本月合计, 本期合计,
 * 本季小计, 月计, `Period total`), not the customer's block: the rows after it are still that customer's.
 */
export function isPeriodTotal(row: readonly RawCell[]): boolean {
  for (const cell of row) if (typeof cell === "string" && totalLabel(cell)?.kind === "period") return true;
  return false;
}
