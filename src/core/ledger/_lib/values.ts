/**
 * Reading the small typed columns (terms: ./terms.ts): discount terms, language, yes/no, email.
 * Each returns undefined for text it cannot read, and the caller reports it. Private to the ledger.
 */
import type { RawCell } from "../../source";
import type { DiscountTerms, Language } from "../../model";

const YES = new Set(["yes", "y", "true", "1", "x", "是", "有", "争议", "有争议", "disputed", "dispute", "on hold", "hold", "✓", "✔"]);
const NO = new Set(["no", "n", "false", "0", "否", "无", "没有", "-", "none", "ok", "cleared"]);

/** Disputed flag: true/false, or undefined for text that is neither yes nor no. Blank = false. */
export function readYesNo(cell: RawCell, text: string): boolean | undefined {
  if (typeof cell === "boolean") return cell;
  if (typeof cell === "number") return cell === 0 ? false : cell === 1 ? true : undefined;
  if (text === "") return false;
  const key = text.toLowerCase();
  if (YES.has(key)) return true;
  if (NO.has(key)) return false;
  return undefined;
}

const LANGUAGES: Readonly<Record<string, Language>> = {
  en: "en", eng: "en", english: "en", "en-us": "en", "en-gb": "en", 英文: "en", 英语: "en", 英: "en",
  zh: "zh", "zh-cn": "zh", "zh-hans": "zh", cn: "zh", chs: "zh", chinese: "zh", 中文: "zh", 汉语: "zh",
  简体中文: "zh", 中: "zh", 普通话: "zh",
};

/** Language code of a Language cell. */
export function readLanguage(text: string): Language | undefined {
  return LANGUAGES[text.toLowerCase().replace(/_/g, "-")];
}

const DISCOUNT = /^(\d{1,2}(?:\.\d+)?)\s*%?\s*\/\s*(\d{1,4})(?:\s*,?\s*(?:n|net)\s*\/?\s*\d{1,4})?$/i;

/** Discount terms from `2/10`, `2%/10`, `2/10 net 30`, `1.5/15 n/30`. */
export function readDiscountTerms(text: string): DiscountTerms | undefined {
  const m = DISCOUNT.exec(text);
  if (!m) return undefined;
  const percent = m[1].replace(/^0+(?=\d)/, "");
  return +percent > 0 && +percent < 100 ? { percent, days: +m[2] } : undefined;
}

/** True when every `;`/`,`-separated part looks like name@domain. */
export function looksLikeEmail(text: string): boolean {
  // One address (the common case) is checked without splitting.
  if (text.indexOf(";") < 0 && text.indexOf(",") < 0) return looksLikeOneEmail(text);
  return text.split(/[;,]/).every(looksLikeOneEmail);
}

function looksLikeOneEmail(raw: string): boolean {
  const part = raw.trim();
  const at = part.indexOf("@");
  if (at <= 0 || at === part.length - 1 || part.indexOf("@", at + 1) >= 0 || /\s/.test(part)) return false;
  return part.indexOf(".", at) >= 0;
}
