import type { Random } from "./_lib/random";
import type { SampleCustomer } from "./_lib/types";
import { IdentityMaker } from "./names";
import { decimalsOf, unitsPerUsd, type ResolvedOptions } from "./options";
import { SHOWCASE } from "./showcase";

/** Makes the customers: the showcase first, then random ones. */
export function makeCustomers(rng: Random, options: ResolvedOptions): SampleCustomer[] {
  const identities = new IdentityMaker(rng);
  const width = Math.max(4, String(options.customers).length);
  const { currencies, languageMix } = options;
  const zhCurrency = currencies.includes("CNY") ? "CNY" : currencies[0];
  const enCurrencies = currencies.filter((c) => c !== "CNY");
  const enMain = enCurrencies[0] ?? zhCurrency;

  const customers: SampleCustomer[] = [];
  for (let index = 0; index < options.customers; index++) {
    const showcase = SHOWCASE[index];
    const language = showcase
      ? languageMix === 0 ? "en" : languageMix === 1 ? "zh" : showcase.language
      : rng.chance(languageMix) ? "zh" : "en";
    let currency: string;
    if (showcase) {
      currency = showcase.otherCurrency ? enCurrencies[1] ?? enMain : language === "zh" ? zhCurrency : enMain;
    } else if (language === "zh") {
      currency = rng.chance(0.9) ? zhCurrency : rng.pick(currencies);
    } else {
      currency = rng.chance(0.85) || enCurrencies.length === 0 ? enMain : rng.pick(enCurrencies);
    }
    const discountRoll = rng.next();
    const limitRoll = rng.next();
    customers.push({
      index,
      id: "C" + String(index + 1).padStart(width, "0"),
      language,
      currency,
      decimals: decimalsOf(currency),
      termsDays: showcase?.termsDays ?? rng.pick([30, 30, 30, 45, 60]),
      discountTerms: showcase ? showcase.discountTerms : discountRoll < 0.08 ? "2/10" : discountRoll < 0.12 ? "1/15" : undefined,
      identity: language === "zh" ? identities.chinese() : identities.english(),
      // 500 to 50,000 US dollars, log-uniform: many small customers, a few large ones.
      size: 500 * Math.pow(10, rng.next() * 2) * unitsPerUsd(currency),
      lateness: showcase ? 5 : rng.int(-5, 20),
      slow: !showcase && rng.chance(0.1),
      remittance: showcase ? showcase.remittance === true : rng.chance(0.35),
      limitMode: showcase?.limit ?? (limitRoll < 0.15 ? "none" : limitRoll < 0.22 ? "over" : "normal"),
      showcase,
    });
  }
  return customers;
}
