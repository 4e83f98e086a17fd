/**
 * Currencies: the minor unit of each ISO 4217 code, and reading the many ways a clerk writes
 * one (`USD`, `$`, `¥`, `RMB`, `人民币`, `元`) as its ISO code.
 */
import type { CurrencyCode } from "../model";

/**
 * ISO 4217 codes whose minor unit is not 2 places. Everything else has cents. A Map: looking up
 * `USD` in an object misses and walks its prototype, on every amount of a large ledger.
 */
const MINOR_UNITS: ReadonlyMap<string, number> = new Map(Object.entries({
  BIF: 0, CLP: 0, DJF: 0, GNF: 0, ISK: 0, JPY: 0, KMF: 0, KRW: 0, PYG: 0, RWF: 0,
  UGX: 0, UYI: 0, VND: 0, VUV: 0, XAF: 0, XOF: 0, XPF: 0,
  BHD: 3, IQD: 3, JOD: 3, KWD: 3, LYD: 3, OMR: 3, TND: 3,
}));

/** Active ISO 4217 codes (2024). A code outside this list is reported as doubtful, not rejected. */
const ISO_CODES = new Set(
  (
    "AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BHD BIF BMD BND BOB BRL BSD BTN BWP " +
    "BYN BZD CAD CDF CHF CLP CNY COP CRC CUP CVE CZK DJF DKK DOP DZD EGP ERN ETB EUR FJD FKP GBP " +
    "GEL GHS GIP GMD GNF GTQ GYD HKD HNL HTG HUF IDR ILS INR IQD IRR ISK JMD JOD JPY KES KGS KHR " +
    "KMF KPW KRW KWD KYD KZT LAK LBP LKR LRD LSL LYD MAD MDL MGA MKD MMK MNT MOP MRU MUR MVR MWK " +
    "MXN MYR MZN NAD NGN NIO NOK NPR NZD OMR PAB PEN PGK PHP PKR PLN PYG QAR RON RSD RUB RWF SAR " +
    "SBD SCR SDG SEK SGD SHP SLE SOS SRD SSP STN SVC SYP SZL THB TJS TMT TND TOP TRY TTD TWD TZS " +
    "UAH UGX USD UYU UZS VES VND VUV WST XAF XCD XCG XOF XPF YER ZAR ZMW ZWG"
  ).split(" "),
);

/** Symbols and names (upper-cased) that stand for one currency. */
const ALIASES: Readonly<Record<string, CurrencyCode>> = {
  $: "USD", US$: "USD", "U.S.$": "USD", 美元: "USD", 美金: "USD",
  "¥": "CNY", "￥": "CNY", RMB: "CNY", 人民币: "CNY", 元: "CNY", CNH: "CNY", 圆: "CNY",
  "€": "EUR", 欧元: "EUR", "£": "GBP", 英镑: "GBP", 円: "JPY", 日元: "JPY",
  "₩": "KRW", 韩元: "KRW", HK$: "HKD", 港币: "HKD", 港元: "HKD", C$: "CAD", CA$: "CAD",
  A$: "AUD", AU$: "AUD", S$: "SGD", NZ$: "NZD", NT$: "TWD", 新台币: "TWD", "₹": "INR", RS: "INR", "RS.": "INR",
  "₽": "RUB", "₫": "VND", "₺": "TRY", "₱": "PHP", "฿": "THB", R$: "BRL", "₪": "ILS",
  // Swiss invoices print `Fr. 1'234.50` and `SFr. 1'234.50`.
  "FR.": "CHF", "SFR.": "CHF", 瑞郎: "CHF", 瑞士法郎: "CHF",
};

/**
 * Number of decimal places of a currency's minor unit.
 *
 * @param code - ISO 4217 code, upper case.
 * @returns 0 for JPY, KRW, VND…; 3 for BHD, KWD…; 2 otherwise (also for unknown codes).
 * @example
 * minorUnitsOf("USD") //=> 2
 * minorUnitsOf("JPY") //=> 0
 */
export function minorUnitsOf(code: CurrencyCode): number {
  const units = MINOR_UNITS.get(code);
  return units === undefined ? 2 : units;
}

/** True for an active ISO 4217 code (upper case). */
export function isKnownCurrency(code: string): boolean {
  return ISO_CODES.has(code);
}

/**
 * Reads a currency as a clerk writes it: an ISO code in any case, a symbol or a Chinese name.
 *
 * @returns the ISO code, or undefined when the text is not a known currency.
 * @example
 * normalizeCurrency(" usd ") //=> "USD"
 * normalizeCurrency("¥") //=> "CNY"
 * normalizeCurrency("人民币") //=> "CNY"
 * normalizeCurrency("XYZ") //=> undefined
 */
export function normalizeCurrency(text: string): CurrencyCode | undefined {
  const key = text.trim().toUpperCase();
  if (key.length === 3 && ISO_CODES.has(key)) return key;
  return ALIASES[key];
}

/**
 * Currency symbols that a code may be written with inside an amount, e.g. `$` for USD and CAD,
 * `¥` for CNY and JPY. Used by parseAmount to accept `¥1,234` for JPY as well as CNY.
 */
const SYMBOL_CURRENCIES: Readonly<Record<string, readonly CurrencyCode[]>> = {
  $: ["USD", "AUD", "CAD", "HKD", "MXN", "NZD", "SGD", "TWD", "ARS", "CLP", "COP"],
  "¥": ["CNY", "JPY"],
  "￥": ["CNY", "JPY"],
  元: ["CNY", "HKD", "TWD"],
  圆: ["CNY", "HKD", "TWD"],
  // Rupees (Tally and Indian, Pakistani, Sri Lankan and Nepali invoices print `Rs.`).
  RS: ["INR", "PKR", "LKR", "NPR"],
  "RS.": ["INR", "PKR", "LKR", "NPR"],
};

/**
 * Whether a currency marker written next to an amount (`$`, `¥`, `USD`, `元`) fits the currency
 * the amount is in.
 *
 * @example
 * markerFitsCurrency("¥", "JPY") //=> true
 * markerFitsCurrency("USD", "CNY") //=> false
 */
export function markerFitsCurrency(marker: string, code: CurrencyCode): boolean {
  const shared = SYMBOL_CURRENCIES[marker];
  if (shared !== undefined) return shared.includes(code);
  return normalizeCurrency(marker) === code;
}
