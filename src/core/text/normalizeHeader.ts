import { toSimplified } from "./traditionalChinese";

/**
 * Header normalisation for matching a clerk's column headers against synonym lists: the one home
 * for the schema detection (src/workbook/schema) and the dunning policy table.
 */

/**
 * Folds a header for comparison: Unicode NFKC (full-width letters, digits and brackets become
 * ASCII), lower case, and spaces, `_`, `-`, `.`, `:`, the ideographic full stop and invisible
 * characters (zero-width space, direction marks; a BOM is a space to `\s`) removed; Traditional
 * Chinese folded to Simplified (`客戶名稱` matches `客户名称`).
 * @example normalizeHeader(" Customer_ID ") //=> "customerid"
 * @example normalizeHeader("ＩＮＶ－Ｎｏ．") //=> "invno"
 */
export function normalizeHeader(text: string): string {
  return toSimplified(text
    .normalize("NFKC"))
    .toLowerCase()
    .replace(/[\s_\-.:：。·・\u200b-\u200f\u2060]+/g, "");
}

/**
 * The header without a bracketed suffix such as a unit or currency, for a second matching try:
 * "Amount (USD)", "金额（元）", "Terms [days]".
 * @example stripBracketed("金额（元）") //=> "金额"
 */
export function stripBracketed(text: string): string {
  return text
    .normalize("NFKC")
    .replace(/[([{【][^)\]}】]*[)\]}】]/g, " ")
    .trim();
}
