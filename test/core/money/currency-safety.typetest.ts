/**
 * Type-level test, checked by `tsc --noEmit` (not run by jest): money in two literal currencies
 * cannot be added, subtracted or summed together.
 */
import { add, money, subtract, sumMoney } from "../../../src/core/money";
import type { Money } from "../../../src/core/model";

const usd = money(100, "USD");
const cny = money(100, "CNY");

// Same currency compiles and keeps the literal type.
export const sameCurrency: Money<"USD"> = add(usd, money(5, "USD"));
export const difference: Money<"CNY"> = subtract(cny, cny);

// @ts-expect-error adding USD to CNY must not compile
export const mixedAdd = add(usd, cny);

// @ts-expect-error subtracting CNY from USD must not compile
export const mixedSubtract = subtract(usd, cny);

// @ts-expect-error a CNY list cannot be summed as USD
export const mixedSum = sumMoney([cny], "USD");

// @ts-expect-error the result of a USD sum is not CNY
export const wrongResult: Money<"CNY"> = add(usd, usd);

// Currencies only known at run time (plain string) still compile; the run-time guard catches them.
const runtime: Money = money(1, ["USD", "CNY"][0]);
export const dynamic = add(runtime, runtime);
