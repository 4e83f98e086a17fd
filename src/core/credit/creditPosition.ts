/**
 * Credit exposure and available credit (DESIGN §3 Credit).
 */
import type { CurrencyCode, Customer, Minor, Money } from "../model";
import { money, subtract } from "../money";

export interface CreditPosition {
  /** The customer's limit; undefined = no limit set, or set in another currency (not applicable). */
  readonly limit?: Money;
  /** Open balance: invoices − payments − credits. */
  readonly exposure: Money;
  /** limit − exposure, negative when over the limit; undefined without an applicable limit. */
  readonly available?: Money;
  /** True when exposure exceeds the limit. */
  readonly overLimit: boolean;
}

/**
 * A customer's credit position for one currency's balance. A limit applies only to balances in
 * its own currency: no conversion is guessed.
 *
 * @param balance - the account's balance in minor units (e.g. `account.balance`).
 * @example
 * creditPosition(acme, 620000, "USD") // limit USD 5,000.00
 * //=> { limit: USD 5,000.00, exposure: USD 6,200.00, available: USD -1,200.00, overLimit: true }
 */
export function creditPosition(customer: Customer, balance: Minor, currency: CurrencyCode): CreditPosition {
  const exposure = money(balance, currency);
  const limit = customer.creditLimit;
  if (limit === undefined || limit.currency !== currency) return { exposure, overLimit: false };
  const available = subtract(limit, exposure);
  return { limit, exposure, available, overLimit: available.minor < 0 };
}
