/**
 * The words a ledger prints on its own total rows (Total, 合计, Summe, Sous-total, 本月合计 …), in
 * one place: each reader asks here whether a cell is a total label, and what it totals. Adding a
 * word is one edit to VOCABULARY. Private to the ledger.
 *
 * How a label reads, after NFKC and trimming, in Simplified or Traditional characters (合計 is 合计, 總計 总计):
 * - alone: the word and nothing else, maybe a colon and what follows it (`Total`, `合 计：`,
 *   `Grand total: 1,234.00`, `Summe`, SAP's `*` / `**`);
 * - first: the word, then what it totals (`Total Koala Print Co`, `Summe Debitor 10001`, `合计 甲公司`);
 * - last: what it totals, then the word (`Acme Ltd Total`, `Aaron Fitz Electrical Totals:`, `甲公司小计`).
 * A Latin word must stand as a word (`Totally Fresh`, `Summer Camp` are none); a Chinese one needs
 * no space (`甲公司合计`). Spaces inside a word are allowed (`合 计`, `Sub total`, `本月 合计`).
 *
 * The rule for names that contain a total word. A label that is the word alone, or the word
 * followed by `for …` / `client …` / a number (`Total for 1 - 30 days`, `Totaal 20014`; a number
 * that starts a name, `Total 24 Hour Plumbing`, is a name), names no company: it is a total line wherever it stands ({@link isSureTotal}). But `Total Logistics Ltd`,
 * `Summe GmbH`, `Subtotal Foods`, `合计科技有限公司` and `总计划` read exactly like `Total Koala Print Co`
 * or `合计 甲公司`: the text cannot tell a customer from a customer's total, so no reader decides on
 * the text alone. The row does, with the evidence each reader already has:
 * - Invoices: a named label makes a total only of a row with no invoice number and no invoice date
 *   (a real row has both); a cell alone on its row is a group title naming a customer, unless it
 *   totals the group above it (`Total Koala Print Co` under `Koala Print Co`).
 * - Payments: only a row with no date and no invoice quoted is a total.
 * - Customers: only the bare word ({@link isBareTotalWord}) where the key goes, with no name beside it.
 * A word alone still yields to a row that is numbered and dated (a customer keyed `SUM`).
 */
import { nfkc } from "../../text/nfkc";
import { toSimplified, traditionalOf } from "../../text/traditionalChinese";

/** What a total closes: a customer's block or the table (total), a month (period), or it reaches back before the sheet (cumulative). */
export type TotalKind = "total" | "period" | "cumulative";

/**
 * The words, by what they close and where they may stand: `named` words also stand first or last
 * beside what they total; `alone` words only by themselves (`Sum` starts `Sum Kee Trading`, `月计`
 * starts `月计划`). Written in lower case and Simplified Chinese; a space or hyphen in a word may be
 * left out or doubled (`sub-total` is also `Subtotal`, `Sub total`).
 */
const VOCABULARY: readonly { readonly kind: TotalKind; readonly where: "named" | "alone"; readonly words: readonly string[] }[] = [
  {
    kind: "total",
    where: "named",
    words: [
      "total", "totals", "grand total", "grand totals", "sub-total", "sub-totals", "balance total", "report total",
      // German, French, Spanish, Portuguese, Italian, Dutch.
      "summe", "gesamtsumme", "zwischensumme", "endsumme",
      "sous-total", "total général", "total general", "total geral", "totale", "totale generale", "totaal", "sub-totaal",
      "合计", "总计", "小计", "总金额合计", "本年合计",
    ],
  },
  { kind: "total", where: "alone", words: ["sum", "gesamt", "gesamtbetrag"] },
  {
    kind: "period",
    where: "named",
    words: ["本日合计", "本月合计", "本期合计", "本季合计", "本日小计", "本月小计", "本期小计", "本季小计",
      "period total", "period totals", "month total", "month totals", "monthly total", "monthly totals"],
  },
  { kind: "period", where: "alone", words: ["日计", "月计"] },
  { kind: "cumulative", where: "named", words: ["累计", "本日累计", "本月累计", "本期累计", "本季累计", "本年累计"] },
];

/**
 * What may follow a word and still name no company: `Total for …`, `Total of …`, `Total due`,
 * `Total AR`, `Total A/R`, `Total Receivables`, `Total Aged Receivable(s)`, `Total Accounts
 * Receivable`, `Total client 411DUPONT`, `Total cliente …`, `Summe Debitor 10001`, or a number
 * (`Totaal 20014`). `aged` only with `receivable` after it: `Total Aged Care Pty Ltd` is a name.
 */
const QUALIFIERS = [
  "for", "of", "due", "amount", "ar", "a/r", "receivable", "receivables", "aged receivable", "aged receivables", "accounts receivable",
  "client", "clients", "cliente", "clientes", "tiers", "debitor",
];

/** A total label: its word's kind, where the word stands, and what it totals. */
export interface TotalLabel {
  readonly kind: TotalKind;
  /** `qualified`: first, followed by a qualifier or a number (no company's name). */
  readonly position: "alone" | "qualified" | "first" | "last";
  /** What it totals (`Koala Print Co`, `for 1 - 30 days`), "" when alone. */
  readonly names: string;
}

const isLatin = (word: string) => /^[\x20-\x7e\u00c0-\u024f]+$/.test(word);

/**
 * A word as a pattern: optional spaces between Chinese characters, each in its Simplified and
 * Traditional forms (`[计計]`); optional or more spaces at a space, an optional hyphen.
 */
function wordPattern(word: string): string {
  if (!isLatin(word)) return [...word].map((ch) => (traditionalOf(ch) === "" ? ch : `[${ch}${traditionalOf(ch)}]`)).join(String.raw`\s*`);
  return word
    .split(/([ -])/)
    .map((part) => (part === " " ? String.raw`\s*` : part === "-" ? String.raw`-?\s*` : part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")))
    .join("");
}

/** The key a matched word is found under: lower case, Simplified, no spaces or hyphens. */
const wordKey = (word: string) => toSimplified(word).toLowerCase().replace(/[\s-]/g, "");

const KIND_OF = new Map<string, TotalKind>();
for (const entry of VOCABULARY) for (const word of entry.words) KIND_OF.set(wordKey(word), entry.kind);

/**
 * Alternation of the words' patterns, longest first (`grand total` before `total`), each with what
 * may stand between it and a name: a space after (first) or before (last) a Latin word, so it stands
 * whole (`Totally Fresh` has none); nothing needed beside a Chinese one (`甲公司合计`).
 */
function alternation(words: readonly string[], side: "first" | "last" | "alone"): string {
  return [...words]
    .sort((a, b) => b.length - a.length)
    .map((word) => {
      const pattern = wordPattern(word);
      const space = isLatin(word) ? String.raw`\s+` : String.raw`\s*`;
      return side === "alone" ? pattern : side === "first" ? pattern + space : space + pattern;
    })
    .join("|");
}

const ALL_WORDS = VOCABULARY.flatMap((entry) => entry.words);
const NAMED_WORDS = VOCABULARY.filter((entry) => entry.where === "named").flatMap((entry) => entry.words);
/** What comes after a label: a colon and anything (`Total: 1,234.00`, `合计：`). */
const TAIL = String.raw`\s*(?:[:：].*)?$`;
/** What a label totals: text without a colon (the colon starts the tail); shortest first before a word (`甲公司` + `本月合计`). */
const NAME = "([^:：]*[^:：\\s])";
const NAME_BEFORE = "([^:：]*?[^:：\\s])";

const ALONE = new RegExp(`^(?:${alternation(ALL_WORDS, "alone")}|\\*{1,3})${TAIL}`, "i");
const FIRST = new RegExp(`^(${alternation(NAMED_WORDS, "first")})${NAME}${TAIL}`, "i");
const LAST = new RegExp(`^${NAME_BEFORE}(${alternation(NAMED_WORDS, "last")})${TAIL}`, "i");
const QUALIFIED = new RegExp(`^(?:\\d|(?:${QUALIFIERS.map((q) => q.replace(" ", String.raw`\s+`)).join("|")})(?![\\w\u00c0-\u024f]))`, "i");

/**
 * A number that starts a company's name (`24 Hour Plumbing`, `3M Company`, `7 Eleven Stores`):
 * the number, then a word of letters that is no unit of what a total counts (`1 - 30 days`,
 * `90 days and over`) nor a currency code after an amount (`1,234.00 USD`). `Total 24 Hour
 * Plumbing` is then read like `Total Koala Print Co` (the row decides), and so is a Chinese company
 * after the number (`总计3D打印有限公司`); `Totaal 20014`, `合计 3 号仓`, `小计 10月` stay sure totals.
 */
const NUMBER_THEN_WORD = /^\d\S*\s+([A-Za-z\u00c0-\u024f][A-Za-z\u00c0-\u024f'&.-]+)/;
const COUNTED_UNIT = /^(?:days?|months?|weeks?|years?|and|to|or|over|past|plus|dr|cr)$/i;
/** A Chinese name after the number ends as a company does (`总计3D打印有限公司`); `合计 3 号仓`, `合计 1 号店` (a numbered unit), `小计 10月` do not. */
const NUMBER_THEN_COMPANY = /^\d\S*?\s*\S*(?:有限公司|有限責任公司|有限责任公司|公司|集团|集團|商行|工作室|[^号號\s\d][厂廠店])$/;
const namesAfterNumber = (names: string): boolean => {
  if (NUMBER_THEN_COMPANY.test(names)) return true;
  const word = NUMBER_THEN_WORD.exec(names)?.[1];
  return word !== undefined && !COUNTED_UNIT.test(word) && !(/^[A-Z]{3}$/.test(word) && names.trimEnd().endsWith(word));
};
/** True when what follows a word names no company: a qualifier, or a number that starts no name. */
const qualifies = (names: string): boolean => QUALIFIED.test(names) && !namesAfterNumber(names);

/**
 * The first two letters (lower case) of every Latin word: a cell whose first two characters are
 * ASCII and none of these starts no total label alone or first (the footer check's quick refusal).
 */
export const LATIN_WORD_STARTS: readonly string[] = [...new Set(ALL_WORDS.filter(isLatin).map((word) => word.slice(0, 2)))];

/** The first character of every Chinese word, Simplified and Traditional (合, 总, 總, 小, 本 …): the same for a cell starting with a Chinese character. */
export const CHINESE_WORD_FIRSTS: string = [...new Set(ALL_WORDS.filter((word) => !isLatin(word)).flatMap((word) => [word[0], ...traditionalOf(word[0])]))].join("");

/** The text as the rules read it: NFKC (full-width letters are ASCII), trimmed. */
const folded = (text: string): string => nfkc(text).trim();

/**
 * True for ASCII text without a space inside (`INV-000123`, `C0001`, `Totals:`): a Latin word
 * stands apart from what it totals and a Chinese one is not ASCII, so only a word alone can match.
 * Spares the first / last rules (a scan of the text per word) for the number cells they meet.
 */
function onlyAlone(t: string): boolean {
  for (let i = 0; i < t.length; i++) {
    const code = t.charCodeAt(i);
    if (code >= 128 || code === 32 || (code >= 9 && code <= 13)) return false;
  }
  return true;
}

const kindOf = (word: string): TotalKind => KIND_OF.get(wordKey(word)) ?? "total";

/**
 * The cell read as a total label, or undefined when it is none.
 * @example totalLabel("Total Koala Print Co") //=> { kind: "total", position: "first", names: "Koala Print Co" }
 * @example totalLabel("甲公司 小計：") //=> { kind: "total", position: "last", names: "甲公司" }
 * @example totalLabel("Totally Fresh Ltd") //=> undefined
 */
export function totalLabel(text: string): TotalLabel | undefined {
  return read(folded(text), true);
}

/** The label in folded text; with `last` false, a word last (`Acme Ltd Total`) is not looked for. */
function read(t: string, last: boolean): TotalLabel | undefined {
  if (t === "") return undefined;
  if (ALONE.test(t)) {
    const word = t.replace(/\s*[:：][\s\S]*$/, "");
    return { kind: /^\*+$/.test(word) ? "total" : kindOf(word), position: "alone", names: "" };
  }
  if (onlyAlone(t)) return undefined;
  const first = FIRST.exec(t);
  if (first !== null) return { kind: kindOf(first[1]), position: qualifies(first[2]) ? "qualified" : "first", names: first[2] };
  if (!last || !mayEndWithWord(t)) return undefined;
  const found = LAST.exec(t);
  return found === null ? undefined : { kind: kindOf(found[2]), position: "last", names: found[1] };
}

/** The last character (lower case) of every word that may stand last: `l` of Total, `计` and `計` of 合计. */
const LAST_CHARS = new Set(NAMED_WORDS.flatMap((word) => [word.slice(-1), ...traditionalOf(word.slice(-1))]));

/**
 * True when the text before its colon ends in the last character of a word that may stand last:
 * spares the last rule (a scan of the text per word) for names such as `客户1有限公司` or `Acme Co`.
 */
function mayEndWithWord(t: string): boolean {
  let end = t.length;
  for (let i = 0; i < t.length; i++) {
    const code = t.charCodeAt(i);
    if (code === 58 || code === 0xff1a) {
      end = i;
      break;
    }
  }
  while (end > 0 && /\s/.test(t[end - 1])) end--;
  return end > 0 && LAST_CHARS.has(t[end - 1].toLowerCase());
}

/** True for a total label in any position (`Total`, `Total Koala Print Co`, `甲公司 小计`, `本月合计`, `本年累计`). */
export function isTotalLabel(text: string): boolean {
  return totalLabel(text) !== undefined;
}

/**
 * True for a label no company is called: the word alone, or followed by a qualifier or a number
 * (`Total`, `合计：`, `Total for 1 - 30 days`, `Summe Debitor 10001`, `Totaal 20014`, `**`).
 */
export function isSureTotal(text: string): boolean {
  // A word last always names something: the last rule is not needed (nor its cost, per row of a list keyed by name).
  const label = read(folded(text), false);
  return label !== undefined && (label.position === "alone" || label.position === "qualified");
}

/**
 * True for a cell that says only "total" (a colon and what follows may stand after it): where a
 * list's key goes, its own total row rather than a customer named so.
 * @example isBareTotalWord("合计：") //=> true
 * @example isBareTotalWord("Total Logistics Ltd") //=> false
 */
export function isBareTotalWord(text: string): boolean {
  return totalLabel(text)?.position === "alone";
}

/**
 * What a total label totals (`Koala Print Co` of `Total Koala Print Co`, `甲公司` of `甲公司合计`):
 * "" for a word alone, undefined when the text is no total label.
 */
export function totalNames(text: string): string | undefined {
  return totalLabel(text)?.names;
}

/**
 * Cumulative totals (the cumulative words above, year to date) and carried balances reach back
 * before this sheet, anywhere in a cell (`Total YTD`, `Total carried forward`): no sum of its rows.
 */
const REACHES_BACK = new RegExp(
  [...VOCABULARY.filter((entry) => entry.kind === "cumulative").flatMap((entry) => entry.words.map(wordPattern)),
    String.raw`year\s*to\s*date`, String.raw`\bytd\b`, "brought", "carried", String.raw`b\/f`, String.raw`c\/f`].join("|"),
  "i",
);

/** True for text naming a total that reaches back before the sheet (`本年累计`, `Total YTD`, `Balance b/f`). */
export function reachesBack(text: string): boolean {
  return REACHES_BACK.test(nfkc(text));
}
