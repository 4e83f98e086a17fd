/**
 * Carried-forward rows of a 明细账 / customer ledger (DESIGN §2). An opening balance (期初余额,
 * 上年结转, Balance b/f …) is money the customer owed before the first row: dropping it makes the
 * total silently too small, so it is read as an opening item. A page carry-forward (承前页, 过次页)
 * only repeats the balance at a page break: a check, never data. Private to the ledger.
 */
import type { RawCell } from "../../source";
import type { Language } from "../../model";

export type CarryKind = "opening" | "page";

// German (DATEV `Saldovortrag`, `EB-Wert`) and French (`Report à nouveau`, `Solde initial`) too.
const OPENING = /^(?:期初余额|期初数|期初|年初余额|月初余额|上年结转|上期结转|上月结转|以前年度结转|结转余额|opening\s*balance|balance\s*(?:b\/?f|brought\s+forward)|brought\s+forward|b\/f|saldovortrag|vortrag|eb-?wert|er[öo]ffnungssaldo|anfangssaldo|anfangsbestand|report\s+[àa]\s+nouveau|[àa]\s+nouveau|solde\s+(?:initial|d['’]ouverture|ant[ée]rieur))$/i;
const PAGE = /^(?:承前页|过次页|转次页|承上页|转下页|carried\s+forward|c\/f|balance\s+c\/f|[üu]bertrag|[àa]\s+reporter)$/i;

/**
 * The first three letters (lower case) of every Latin label above: English op(ening), ba(lance),
 * br(ought), b/f, ca(rried), c/f; German sa(ldovortrag), vo(rtrag), eb-(wert), er(offnungssaldo),
 * an(fangs…), ub(ertrag); French re(port), so(lde), a n(ouveau), a r(eporter). Labels with a CJK
 * or accented letter among their first three fail the ASCII test below and take the full check.
 */
const LATIN_PREFIXES = new Set(["ope", "bal", "bro", "b/f", "car", "c/f", "sal", "vor", "eb-", "ebw", "ero", "anf", "ube", "rep", "sol", "a n", "a r"]);

/**
 * True when the text cannot name a carry-forward: it starts (spaces aside) with three ASCII
 * characters that begin none of the labels above, or is ASCII and shorter than any of them.
 * NFKC leaves ASCII as it is, so the full check below would say no too; this spares it for
 * invoice numbers, amounts and most descriptions (a million rows' cells in a large ledger;
 * "Consulting", "Cheque", "Customer", "Sales" and "Service" do not take it).
 */
function surelyNotCarry(text: string): boolean {
  let i = 0;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    if (code === 32 || (code >= 9 && code <= 13)) i++;
    else break;
  }
  let prefix = "";
  for (let k = i; k < i + 3; k++) {
    if (k >= text.length) return true; // fewer than three characters, all ASCII: no label is that short
    const code = text.charCodeAt(k);
    if (code >= 128) return false;
    prefix += String.fromCharCode(code >= 65 && code <= 90 ? code | 32 : code);
  }
  // `a  nouveau`, `a\treporter`: any spaces may follow the French `a`.
  if (prefix[0] === "a" && (prefix.charCodeAt(1) === 32 || (prefix.charCodeAt(1) >= 9 && prefix.charCodeAt(1) <= 13))) return false;
  return !LATIN_PREFIXES.has(prefix);
}

/** The carry-forward kind a cell's text names, if any (the whole cell, spaces and widths aside). */
export function carryKind(text: string): CarryKind | undefined {
  if (text === "" || surelyNotCarry(text)) return undefined;
  return carryKindOfLabel(text);
}

/** {@link carryKind} without the quick refusal: the rules themselves (a property test pins the two together). */
export function carryKindOfLabel(text: string): CarryKind | undefined {
  const t = text.normalize("NFKC").trim().replace(/\s*[:：]$/, "");
  if (OPENING.test(t)) return "opening";
  if (PAGE.test(t)) return "page";
  return undefined;
}

/**
 * The carry-forward kind of a row: any text cell outside the customer columns (the 摘要 /
 * Description column usually, the document number column in some exports).
 */
export function carryRowKind(row: readonly RawCell[], customerColumns: readonly number[]): CarryKind | undefined {
  for (let i = 0; i < row.length; i++) {
    const cell = row[i];
    if (typeof cell !== "string" || customerColumns.includes(i)) continue;
    const kind = carryKind(cell);
    if (kind) return kind;
  }
  return undefined;
}

/** The label an opening item carries as its document number, in the customer's language. */
export function openingLabel(language: Language): string {
  return language === "zh" ? "期初余额" : "Opening balance";
}

/** A 方向 / Dr/Cr cell that says the balance is a credit (贷, Cr, credit). */
export function isCreditDirection(text: string): boolean {
  return /^(?:贷|cr|credit)$/i.test(text.normalize("NFKC").trim());
}
