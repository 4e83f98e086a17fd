import { dayFromIso } from "./_lib/days";

/** Options of {@link generateLedger}. */
export interface GenerateLedgerOptions {
  /** Number of customers; at least {@link MIN_CUSTOMERS} (the showcase customers come first). */
  readonly customers: number;
  /** Average invoices per customer (default 8). Counts vary per customer around it. */
  readonly invoicesPerCustomer?: number;
  /** The day the ledger is "as of": no invoice or payment is dated later. "YYYY-MM-DD". */
  readonly asOf: string;
  readonly seed: number;
  /** Share of Chinese-language customers, 0..1 (default 0.35). */
  readonly languageMix?: number;
  /** Currencies in use (default ["USD", "CNY"]): Chinese customers mostly CNY, others mostly the first non-CNY one. */
  readonly currencies?: readonly string[];
}

export const MIN_CUSTOMERS = 8;

export const SAMPLE_MESSAGES = {
  customers: `sample: customers must be an integer of at least ${MIN_CUSTOMERS}`,
  invoicesPerCustomer: "sample: invoicesPerCustomer must be a number of at least 1",
  asOf: "sample: asOf must be a real date as YYYY-MM-DD",
  languageMix: "sample: languageMix must be between 0 and 1",
  currencies: "sample: currencies must be a non-empty list of 3-letter codes",
} as const;

/** Options checked and defaulted. */
export interface ResolvedOptions {
  readonly customers: number;
  readonly invoicesPerCustomer: number;
  readonly asOf: number;
  readonly seed: number;
  readonly languageMix: number;
  readonly currencies: readonly string[];
}

export function resolveOptions(options: GenerateLedgerOptions): ResolvedOptions {
  const { customers, seed } = options;
  if (!Number.isInteger(customers) || customers < MIN_CUSTOMERS) throw new RangeError(SAMPLE_MESSAGES.customers);
  const invoicesPerCustomer = options.invoicesPerCustomer ?? 8;
  if (!(invoicesPerCustomer >= 1)) throw new RangeError(SAMPLE_MESSAGES.invoicesPerCustomer);
  const asOf = dayFromIso(options.asOf);
  if (asOf === undefined) throw new RangeError(SAMPLE_MESSAGES.asOf);
  const languageMix = options.languageMix ?? 0.35;
  if (!(languageMix >= 0 && languageMix <= 1)) throw new RangeError(SAMPLE_MESSAGES.languageMix);
  const currencies = (options.currencies ?? ["USD", "CNY"]).map((c) => c.toUpperCase());
  if (currencies.length === 0 || currencies.some((c) => !/^[A-Z]{3}$/.test(c))) throw new RangeError(SAMPLE_MESSAGES.currencies);
  return { customers, invoicesPerCustomer, asOf, seed, languageMix, currencies };
}

const ZERO_DECIMALS = new Set(["JPY", "KRW", "VND", "CLP", "ISK", "UGX", "XAF", "XOF"]);
/** Rough units per US dollar, so amounts look plausible in each currency. */
const UNITS_PER_USD: Readonly<Record<string, number>> = {
  USD: 1, CNY: 7.1, EUR: 0.92, GBP: 0.79, JPY: 150, HKD: 7.8, KRW: 1350, CAD: 1.37, AUD: 1.5, SGD: 1.35, CHF: 0.88,
};

export function decimalsOf(currency: string): number {
  return ZERO_DECIMALS.has(currency) ? 0 : 2;
}

export function unitsPerUsd(currency: string): number {
  return UNITS_PER_USD[currency] ?? 1;
}
