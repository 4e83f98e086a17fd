/**
 * Carried-forward rows of a 明细账 / customer ledger (DESIGN §2). An opening balance (期初余额,
 * 上年结转, Balance b/f …) is money the customer owed before the first row: dropping it makes the
 * total silently too small, so it is read as an opening item. A page carry-forward (承前页, 过次页)
 * only repeats the balance at a page break: a check, never data. Private to the ledger.
 */
import type { RawCell } from "../../source";
import type { Language } from "../../model";
import { afterAsciiSpaces } from "../../text/asciiSpaces";

export type CarryKind = "opening" | "page";

// German (DATEV `Saldovortrag`, `EB-Wert`) and French (`Report à nouveau`, `Solde initial`) too.
const OPENING = /^(?:期初余额|期初数|期初|年初余额|月初余额|上年结转|上期结转|上月结转|以前年度结转|结转余额|opening\s*balance|balance\s*(?:b\/?f|brought\s+forward)|balance\s+(?:fwd\.?|forward)|bal\.?\s*fwd\.?|brought\s+forward|b\/f|saldovortrag|vortrag|eb-?wert|er[öo]ffnungssaldo|anfangssaldo|anfangsbestand|report\s+[àa]\s+nouveau|[àa]\s+nouveau|solde\s+(?:initial|d['’]ouverture|ant[ée]rieur))$/i;
// A statement's closing line (期末余额, Closing balance) restates the balance like a page carry-forward.
const PAGE = /^(?:承前页|过次页|转次页|承上页|转下页|期末余额|期末结余|本期余额|closing\s+balance|balance\s+c\/f|carried\s+forward|c\/f|[üu]bertrag|[àa]\s+reporter)$/i;

/** A space or control whitespace (what NFKC and trim treat as a space, ASCII only). */
const isAsciiSpace = (code: number) => code === 32 || (code >= 9 && code <= 13);

/**
 * True when the text at `i` may begin with `word` (lower case ASCII): its letters match in any
 * case, or a non-ASCII character comes first (NFKC may fold it into one: the full check decides).
 */
function mayStartWith(text: string, i: number, word: string): boolean {
  for (let k = 0; k < word.length; k++) {
    if (i + k >= text.length) return false;
    const code = text.charCodeAt(i + k);
    if (code >= 128) return true;
    if ((code >= 65 && code <= 90 ? code + 32 : code) !== word.charCodeAt(k)) return false;
  }
  return true;
}

/**
 * True when the text cannot name a carry-forward: it starts (spaces aside) with ASCII characters
 * that begin none of the Latin labels above (English op, ba, br, b/, ca, c/; German sald, vort,
 * eb-w, ebwe, erof, anfa, uber; French repo, sold, `a ` before nouveau / reporter; the others start
 * with a CJK or accented character). NFKC leaves ASCII as it is, so the full check below would say
 * no too; this spares it for invoice numbers, amounts and most descriptions (a million rows' cells
 * in a large ledger; "Consulting", "Cheque", "Sales" and "Repairs" do not take it).
 */
function surelyNotCarry(text: string): boolean {
  const i = afterAsciiSpaces(text);
  if (i + 1 >= text.length) return i === text.length || text.charCodeAt(i) < 128;
  const first = text.charCodeAt(i);
  const second = text.charCodeAt(i + 1);
  if (first >= 128 || second >= 128) return false;
  const a = first | 32;
  const b = second === 47 ? 47 : second | 32; // "/" as it is
  if (a === 111) return b !== 112; // op
  if (a === 98) return b !== 97 && b !== 114 && b !== 47; // ba, br, b/
  if (a === 99) return b !== 97 && b !== 47 && b !== 108; // ca, c/, cl
  if (a === 115) return !mayStartWith(text, i, "sald") && !mayStartWith(text, i, "sold");
  if (a === 118) return !mayStartWith(text, i, "vort");
  if (a === 101) return !mayStartWith(text, i, "eb-w") && !mayStartWith(text, i, "ebwe") && !mayStartWith(text, i, "erof");
  if (a === 97) return !isAsciiSpace(second) && !mayStartWith(text, i, "anfa");
  if (a === 114) return !mayStartWith(text, i, "repo");
  if (a === 117) return !mayStartWith(text, i, "uber");
  return true;
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
