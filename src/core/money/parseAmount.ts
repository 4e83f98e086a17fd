/**
 * Reading an amount cell as the clerk typed it: a number, or text such as `1,234.50`,
 * `¥1,234.50`, `$ 1,234.50`, `(100.00)`, `-100`, `100-`, `100.00 CR`, `CNY 100`, `１２３４．５`,
 * Swiss `CHF 1'234.50`, and Chinese capital numerals `壹万贰仟元整` (capitalAmount.ts).
 */
import type { RawCell } from "../source";
import type { CurrencyCode, Minor } from "../model";
import { markerFitsCurrency, minorUnitsOf, normalizeCurrency } from "./currency";
import { toMinor } from "./decimal";
import { withoutInvisible } from "../text/invisible";
import { capitalAmountFen } from "./capitalAmount";

export type AmountResult = { ok: true; minor: Minor } | { ok: false; reason: string };

/** Reasons, constant so the Data issues sheet and tests agree. */
export const AMOUNT_REASONS = {
  empty: "empty",
  notAmount: "not an amount",
  notFinite: "not a finite number",
  tooLarge: "amount too large",
  boolean: "TRUE/FALSE is not an amount",
  currencyMismatch: "currency in the amount differs from the row's currency",
  formulaError: "a formula error (#N/A, #VALUE!, #REF! …): fix the formula or type the amount",
} as const;

/** Red ink written out (a 红字 invoice, a 红冲): `红字2,340.00`, `红字 ¥2,340.00`, `2,340.00（红字）`. */
const RED_INK = /^(?:红字|紅字|红冲|紅沖)\s*|\s*\(?(?:红字|紅字|红冲|紅沖)\)?$/;

/** `3,000元整`, `人民币3000元正`: the yuan and a whole-amount mark. */
const YUAN_WHOLE = /\d\s*[元圆]\s*[整正]$/;
/** `1.5万`, `12万元`, `¥1.2万`: digits in ten thousands (the yuan mark kept for the marker rules). */
const WAN = /^(.*\d)\s*[万萬]\s*([元圆])?$/;

/** Excel's error values, as a formula's saved result or a pasted value holds them. */
const FORMULA_ERROR = /^#(?:N\/A|VALUE!|REF!|DIV\/0!|NAME\?|NUM!|NULL!|SPILL!|CALC!|GETTING_DATA)$/i;

/** Leading/trailing currency markers, longest first so `US$` wins over `$`. */
const MARKER = /^(?:S?Fr\.(?=\s|\d)|[A-Za-z]{3}|[Rr]s\.?(?=\s|\d)|US\$|HK\$|NT\$|[A-Z]{1,2}\$|人民币|美元|欧元|英镑|日元|港币|港元|[$¥￥€£₩₹元圆円])/;
const MARKER_END = /(?:[A-Za-z]{3}|人民币|美元|欧元|英镑|日元|港币|港元|[$¥￥€£₩₹元圆円])$/;
/** `1.234,56`, `1 234,5`, `500,00`: dot or space thousands groups (or none) and a decimal comma. */
const DECIMAL_COMMA_BODY = /^(?:\d{1,3}(?:\.\d{3})+|\d{1,3}(?:\s\d{3})+|\d+),\d{1,2}$/;
/**
 * A trailing debit/credit mark, `CR` / `DR.`, or DATEV's Soll/Haben `S` / `H` (`1.234,56 H`); the
 * space before it is checked apart.
 */
const SIDE_MARK = /(CR|DR|S|H)\.?$/i;
const isDigitCode = (code: number): boolean => code >= 48 && code <= 57;
/** `100.–`, `12'500.-`: a whole Swiss amount (a dash for the centimes). */
const SWISS_WHOLE = /(\d)\.[-‐–—]$/;
/** `100,–`, `1.234,-`: the German whole amount (a dash for the cents after the decimal comma). */
const COMMA_WHOLE = /(\d),[-‐–—]$/;
/** A zero in accounting format: a lone dash, optionally after a currency marker. */
const DASH_ZERO = /^(?:(?:[A-Za-z]{3}|US\$|[$¥￥€£])\s*)?[-‐–—]\s*$/;
/**
 * Digits with comma thousands groups (also the Indian lakh grouping `1,06,000.00` that Tally
 * prints), or plain digits, with an optional fraction.
 */
const NUMBER_BODY = /^(?:\d{1,3}(?:,\d{3})+|\d{1,2}(?:,\d{2})+,\d{3}|\d+)(?:\.\d*)?$|^\.\d+$/;
/**
 * Swiss and Liechtenstein grouping with an apostrophe (or the right single quote that Word and
 * macOS type for it) and a decimal point: `1'234.50`, `1’234’567.05`, `CHF 12'500`; and the space
 * grouping of French-speaking Switzerland and SI style, `1 234.50` (a space, NBSP or narrow NBSP:
 * a space is never a decimal separator). Only whole groups of three: `12'34` and `1 2345` are
 * refused, never read as 1234 or 12345.
 */
const POINT_GROUPED_BODY = /^\d{1,3}(?:(?:['’]\d{3})+|(?:[ \u00a0\u202f]\d{3})+)(?:\.\d*)?$/;

/**
 * Full-width digits and punctuation (Chinese IME) to ASCII; other characters unchanged. The prefix
 * below U+2212 (the first character converted) is kept as it is, not copied char by char.
 */
function toHalfWidth(text: string): string {
  let i = 0;
  while (i < text.length && text.charCodeAt(i) < 0x2212) i++;
  if (i === text.length) return text;
  let out = text.slice(0, i);
  for (; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xff01 && code <= 0xff5e && code !== 0xffe5) out += String.fromCharCode(code - 0xfee0);
    else if (code === 0x3000) out += " ";
    else if (code === 0x2212) out += "-"; // typographic minus
    else out += text[i];
  }
  return out;
}

/**
 * Parses an amount cell into minor units of `currency`, rounding half away from zero.
 *
 * Comma is always the thousands separator and dot the decimal point (`1 234,50` is rejected
 * rather than guessed). A currency marker that names another currency is rejected. `power`: the
 * amount is in units of 10^power (a header in 万元 or thousands).
 *
 * @example
 * parseAmount("¥1,234.50", "CNY") //=> { ok: true, minor: 123450 }
 * parseAmount("(100.00)", "USD") //=> { ok: true, minor: -10000 }
 * parseAmount("", "USD") //=> { ok: false, reason: "empty" }
 */
export function parseAmount(raw: RawCell, currency: CurrencyCode, power = 0): AmountResult {
  if (typeof raw === "number") {
    if (!Number.isFinite(raw)) return { ok: false, reason: AMOUNT_REASONS.notFinite };
    try {
      return { ok: true, minor: toMinor(raw, currency, power) };
    } catch {
      return { ok: false, reason: AMOUNT_REASONS.tooLarge };
    }
  }
  if (raw === null) return { ok: false, reason: AMOUNT_REASONS.empty };
  if (typeof raw === "boolean") return { ok: false, reason: AMOUNT_REASONS.boolean };
  if (power === 0) {
    const minor = plainAmountMinor(raw, currency);
    if (minor !== undefined) return { ok: true, minor };
  }
  return parseAmountText(raw, currency, power);
}

/** Digits a plain amount may have in all (whole + the currency's places): below 2^53, exact in a double. */
const PLAIN_MAX_DIGITS = 15;

/**
 * Minor units of plain amount text (`1234.56`, `-7`, `0.5`, `12.`: ASCII digits, an optional
 * leading minus, at most the currency's decimal places), read by char codes; undefined for
 * anything else, which goes to {@link parseAmountText}. CSV files and text-formatted cells hold
 * amounts this way, a million of them in a large ledger: integer arithmetic, no regex, no
 * decimal.js. Gives what parseAmountText gives (a property test checks it).
 *
 * @example plainAmountMinor("1234.5", "USD") //=> 123450
 * @example plainAmountMinor("1,234.50", "USD") //=> undefined (grouping: the general reader)
 */
export function plainAmountMinor(text: string, currency: CurrencyCode): Minor | undefined {
  const length = text.length;
  const negative = length > 0 && text.charCodeAt(0) === 45; // "-"
  let i = negative ? 1 : 0;
  if (i >= length) return undefined;
  const units = minorUnitsOf(currency);
  let minor = 0;
  let digits = 0;
  let places = -1; // -1: no decimal point yet
  for (; i < length; i++) {
    const code = text.charCodeAt(i);
    if (code === 46 && places < 0 && digits > 0) { // "." after at least one digit
      places = 0;
      continue;
    }
    const digit = code - 48;
    if (digit < 0 || digit > 9) return undefined;
    if (places >= 0 && ++places > units) return undefined; // more places than the currency: rounding, the general reader
    minor = minor * 10 + digit;
    if (++digits > PLAIN_MAX_DIGITS) return undefined;
  }
  if (digits === 0) return undefined;
  for (let p = places < 0 ? 0 : places; p < units; p++) {
    minor *= 10;
    if (++digits > PLAIN_MAX_DIGITS) return undefined;
  }
  return negative ? -minor + 0 : minor;
}

/**
 * Swiss prices end whole amounts with `.–` or `.-` (`Fr. 100.–` is 100.00), German ones with `,–`
 * (`1.234,–` is 1234.00): a dash after the decimal mark is "no cents", never a trailing minus.
 */
function withoutDashCents(text: string): string {
  if (SWISS_WHOLE.test(text)) return text.replace(SWISS_WHOLE, "$1");
  if (COMMA_WHOLE.test(text)) return text.replace(COMMA_WHOLE, "$1,00");
  return text;
}

/** True when two currency marks of one amount name the same currency (`¥` and `元`). */
function sameCurrencyMarks(a: string, b: string): boolean {
  const first = normalizeCurrency(a);
  return first !== undefined && first === normalizeCurrency(b);
}

/**
 * The general reader of amount text: markers, signs, brackets, grouping, decimal commas,
 * full-width digits. Exported for the property test that pins {@link plainAmountMinor} to it.
 */
export function parseAmountText(raw: string, currency: CurrencyCode, power: number): AmountResult {
  let text = withoutInvisible(toHalfWidth(raw)).trim();
  if (text === "") return { ok: false, reason: AMOUNT_REASONS.empty };
  // Excel's accounting format prints zero as a dash, and exports keep it as text: `-`, `$ -`, `—`.
  if (DASH_ZERO.test(text)) return { ok: true, minor: 0 };
  if (text.charCodeAt(0) === 35 && FORMULA_ERROR.test(text)) return { ok: false, reason: AMOUNT_REASONS.formulaError };
  let unitPower = power;
  if (text.charCodeAt(text.length - 1) >= 0x4e00) {
    // 大写金额 (`壹万贰仟元整`) names 元: renminbi in fen, whatever the header's unit says.
    const fen = capitalAmountFen(text);
    if (fen !== undefined) {
      return markerFitsCurrency("元", currency) && minorUnitsOf(currency) === 2 ? { ok: true, minor: fen } : { ok: false, reason: AMOUNT_REASONS.currencyMismatch };
    }
    // `3,000元整`: 整 after the yuan says "no jiao, no fen", as on a cheque.
    if (YUAN_WHOLE.test(text)) text = text.replace(/\s*[整正]$/, "");
    // `1.5万`, `12万元`: the cell says ten thousands, whatever the header's unit.
    const wan = WAN.exec(text);
    if (wan !== null) {
      text = `${wan[1]}${wan[2] ?? ""}`;
      unitPower = 4;
    }
  }
  let negative = false;
  // The word 红字 makes the amount a credit, signed or not (`红字-2,340.00` is one credit, not two minuses).
  const red = RED_INK.exec(text);
  if (red !== null) text = (text.slice(0, red.index) + text.slice(red.index + red[0].length)).trim();
  let marker: string | undefined;
  let markerAtHead = false;
  // Peel signs, brackets and currency markers from both ends, in any order: `-¥100`, `USD -1.00`,
  // `(¥100)`, `100元`, `100-` (SAP's trailing minus).
  for (let guard = 0; guard < 6; guard++) {
    const before = text;
    text = withoutDashCents(text);
    if (text.startsWith("(") && text.endsWith(")")) {
      if (negative) return { ok: false, reason: AMOUNT_REASONS.notAmount };
      negative = true;
      text = withoutDashCents(text.slice(1, -1).trim()); // `(100.-)`: the dash is the cents, not a second minus
    }
    if (text.startsWith("-") || text.endsWith("-")) {
      if (negative) return { ok: false, reason: AMOUNT_REASONS.notAmount };
      negative = true;
      text = (text.startsWith("-") ? text.slice(1) : text.slice(0, -1)).trim();
    } else if (text.startsWith("+")) {
      text = text.slice(1).trim();
    }
    // Accounting exports mark credits with a trailing CR (and debits with DR): `1,234.50 CR`.
    // (Matched at the end first, then the space before it checked: `\s+(CR|DR)$` alone backtracks
    // quadratically over a long run of spaces in a hostile cell.)
    const side = SIDE_MARK.exec(text);
    // Tally prints `1,23,456.00Dr` with no space: CR / DR right after a digit is a mark too (a lone S / H is not).
    if (side && side.index > 0 && (/\s/.test(text[side.index - 1]) || (side[1].length === 2 && isDigitCode(text.charCodeAt(side.index - 1))))) {
      if (side[1].toUpperCase() === "CR" || side[1].toUpperCase() === "H") {
        if (negative) return { ok: false, reason: AMOUNT_REASONS.notAmount };
        negative = true;
      }
      text = text.slice(0, side.index).trim();
    }
    const head = MARKER.exec(text);
    const tail = head ? null : MARKER_END.exec(text);
    const found = head ?? tail;
    if (found) {
      // `¥1,234.50元` names its currency at both ends: fine when the marks agree; `$$1` is refused.
      if (marker !== undefined && (head !== null || !markerAtHead || !sameCurrencyMarks(marker, found[0]))) return { ok: false, reason: AMOUNT_REASONS.notAmount };
      if (marker === undefined) markerAtHead = head !== null;
      marker ??= found[0];
      text = (head ? text.slice(found[0].length) : text.slice(0, -found[0].length)).trim();
    }
    if (text === before) break;
  }
  // A decimal comma (European exports: `1.234,56 €`, `500,00`): a comma followed by one or two
  // digits at the end can never be a thousands group, so the reading is not a guess.
  if (DECIMAL_COMMA_BODY.test(text)) text = text.replace(/[.\s]/g, "").replace(",", ".");
  else if (POINT_GROUPED_BODY.test(text)) text = text.replace(/['’ \u00a0\u202f]/g, "");
  if (!NUMBER_BODY.test(text)) return { ok: false, reason: AMOUNT_REASONS.notAmount };
  if (marker !== undefined && normalizeCurrency(marker) === undefined) {
    return { ok: false, reason: AMOUNT_REASONS.notAmount };
  }
  if (marker !== undefined && !markerFitsCurrency(marker.toUpperCase(), currency)) {
    return { ok: false, reason: AMOUNT_REASONS.currencyMismatch };
  }
  const plain = text.indexOf(",") >= 0 ? text.split(",").join("") : text;
  try {
    return { ok: true, minor: toMinor(negative || red !== null ? `-${plain}` : plain, currency, unitPower) };
  } catch {
    return { ok: false, reason: AMOUNT_REASONS.tooLarge };
  }
}

/**
 * The currency a marker written in an amount names (`¥1,234` → CNY, `€5` → EUR, `US$5` → USD,
 * `100元` → CNY, `円` → JPY), or undefined for a plain number or text without a known marker.
 * `¥` alone reads as CNY here; a customer in JPY still accepts it (see markerFitsCurrency).
 *
 * @example amountMarker("¥12,345.60") //=> { marker: "¥", currency: "CNY" }
 */
export function amountMarker(raw: RawCell): { marker: string; currency: CurrencyCode } | undefined {
  if (typeof raw !== "string") return undefined;
  let text = withoutInvisible(toHalfWidth(raw)).trim();
  if (text.startsWith("(") && text.endsWith(")")) text = text.slice(1, -1).trim();
  if (text.startsWith("-") || text.startsWith("+")) text = text.slice(1).trim();
  if (text.endsWith("-")) text = text.slice(0, -1).trim();
  const found = MARKER.exec(text) ?? MARKER_END.exec(text);
  if (!found) return undefined;
  const marker = found[0];
  const currency = normalizeCurrency(marker);
  return currency === undefined ? undefined : { marker: marker.toUpperCase(), currency };
}
