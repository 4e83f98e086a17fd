/**
 * Rows that are not data: footers (Total, 合计, 制表人 …), printed timestamps, notes, and group
 * title rows of grouped reports (a customer's name alone above its detail rows). Private to the ledger.
 */
import type { RawCell } from "../../source";
import { cellText, isBlankCell } from "./cells";
import { afterAsciiSpaces } from "../../text/asciiSpaces";
import { nfkc } from "../../text/nfkc";

/** Totals and sign-off lines, whole-cell or followed by a colon / "for …" / an amount. */
const FOOTER = new RegExp(
  [
    String.raw`^(?:grand\s*totals?|sub-?\s*totals?|totals?|total\s+(?:for|of|due|amount|ar|receivables?)\b.*|balance\s+total|report\s+total|sum)\s*(?:[:：].*)?$`,
    // German (`Summe Debitor 10001`, `Gesamtsumme`, `Zwischensumme`) and French (`Total client 411…`, `Total général`, `Sous-total`).
    String.raw`^(?:(?:gesamt|zwischen|end)?summe\b.*|gesamt(?:betrag)?|total\s+(?:client|clients|général|general|tiers)\b.*|sous-?\s*total\b.*)\s*(?:[:：].*)?$`,
    // Spanish, Italian, Dutch and Portuguese: `Total cliente …`, `Totale generale`, `Totaal 20014`, `Total Geral`, `Subtotaal`.
    String.raw`^(?:(?:sub-?\s*)?tota(?:le|al)\b.*|total\s+(?:cliente|clientes|geral)\b.*)$`,
    // Simplified and Traditional (Taiwan, Hong Kong: 合計, 總計, 小計).
    String.raw`^(?:合\s*[计計]|[总總]\s*[计計]|小\s*[计計]|累\s*[计計]|本[日月期季年](?:合[计計]|累[计計])|总金额合计).*$`,
    String.raw`^(?:制\s*表\s*人?|制\s*单\s*人?|审\s*核\s*人?|复\s*核\s*人?|审\s*批\s*人?|会计主管|财务主管|经办人|记账人?)\s*(?:[:：].*)?$`,
    String.raw`^(?:prepared|approved|checked|reviewed|printed|generated|run)\s+(?:by|on|at)\b.*$`,
    String.raw`^(?:print(?:ed)?\s+(?:date|time)|report\s+(?:date|generated|run)|打印(?:日期|时间|人)?|制表日期|报表日期).*$`,
    // SAP list output (FBL5N, ALV) marks a subtotal `*` and the grand total `**` in the first cell.
    String.raw`^\*{1,3}$`,
  ].join("|"),
  "i",
);

/** A printed timestamp such as `Friday, 4 December 2026 10:15 AM GMT+8` or `2026-12-04 10:15:00`. */
const TIMESTAMP = /\d{1,2}:\d{2}/;

/**
 * The first two letters (lower case) of every English, German and French footer above (zw, en and
 * so for Zwischensumme, Endsumme, Sous-total); the others start with a CJK character or `*`.
 */
const FOOTER_PAIRS = ["gr", "su", "to", "ba", "re", "pr", "ap", "ch", "ge", "ru", "zw", "en", "so"];
/** The pairs above as a 128 × 128 table of ASCII codes (lower case), so a check makes no string. */
const FOOTER_START = new Uint8Array(128 * 128);
for (const pair of FOOTER_PAIRS) FOOTER_START[pair.charCodeAt(0) * 128 + pair.charCodeAt(1)] = 1;

/**
 * True when the text cannot start a footer: after leading ASCII spaces, its first two characters
 * are ASCII and begin none of the footers above (one ASCII character alone can only be `*`).
 * NFKC leaves ASCII as it is, so the full rule would say no too; this spares it (NFKC and the
 * regex) for invoice numbers and customer IDs such as `C0001`, a million cells in a large ledger.
 */
function surelyNotFooter(text: string): boolean {
  const i = afterAsciiSpaces(text);
  if (i === text.length) return true;
  const first = text.charCodeAt(i);
  if (first >= 128 || first === 42) return false; // CJK or a full-width letter, or `*`
  if (i + 1 === text.length) return true;
  const second = text.charCodeAt(i + 1);
  if (second >= 128) return false;
  // `| 32` lowers ASCII letters (and maps no other pair onto one of the letter pairs above).
  return FOOTER_START[(first | 32) * 128 + (second | 32)] === 0;
}

/** True for a cell that starts a footer or sign-off line. */
export function isFooterText(text: string): boolean {
  return text !== "" && !surelyNotFooter(text) && isFooterLabel(text);
}

/** A total word alone (`Total`, `Grand total:`, `合计`, `总计`, `Summe`): no name after it, unlike a footer. */
const BARE_TOTAL = /^(?:(?:grand|sub)[\s-]*)?totals?[\s:：]*$|^[合总總小]\s*[计計][\s:：]*$|^(?:summe|totaal|totale|gesamt)[\s:：]*$/i;

/**
 * True for a cell that says only "total": where a list's key goes, its own total row rather than
 * a customer named so (`Total Logistics`, `合计科技有限公司` and `Summe GmbH` are customers).
 * @example isBareTotal("合计：") //=> true
 */
export function isBareTotal(text: string): boolean {
  return BARE_TOTAL.test(nfkc(text).trim());
}

/** {@link isFooterText} without the quick refusal: the rule itself (a property test pins the two together). */
export function isFooterLabel(text: string): boolean {
  return FOOTER.test(nfkc(text).trim());
}

export type RowKind = "data" | "blank" | "footer" | "title";

/**
 * What a row is. `footer`: a total, sign-off or timestamp line (a check, never data). `title`: one
 * text cell alone (a group title naming a customer, or a note). `blank`: nothing in it.
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

/** A period's total: 本月合计, 本期合计, 本季合计, 本日合计, 月计, `Period total`, `Month total`. */
const PERIOD_TOTAL = /^(?:本[日月期季]\s*(?:合\s*[计計]|小\s*[计計])|[日月]\s*[计計]|(?:period|month(?:ly)?)\s+totals?)\s*(?:[:：].*)?$/i;

/**
 * True for a total row that closes a period (a month of a customer's 明细账), not the customer's
 * block: the rows after it are still that customer's.
 */
export function isPeriodTotal(row: readonly RawCell[]): boolean {
  for (const cell of row) if (typeof cell === "string" && PERIOD_TOTAL.test(nfkc(cell).trim())) return true;
  return false;
}
