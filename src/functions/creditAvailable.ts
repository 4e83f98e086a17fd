/**
 * AR.CREDIT_AVAILABLE: credit limit − exposure (the sum of balances, optionally only those whose
 * customer matches). Negative when over the limit; no limit set is #N/A, not 0 and not unlimited.
 * With ranges it is linear: balances are summed per customer into a Map once, then looked up.
 */
import type { CurrencyCode, Minor } from "../core/model";
import { minorToNumber } from "../core/money";
import { BLANK, amountArg, isBlank } from "./args";
import { currencyOfAmounts } from "./aging";
import { isFunctionError, notAvailable, valueError, type FunctionError, type Output } from "./errors";
import { asMatrix, cellAt, liftedShape, mapShape, shapeOf, type Cell, type Matrix } from "./matrix";

/** Customer ids match as Excel's SUMIF does: case-insensitive, surrounding spaces ignored. */
export function customerKey(cell: Cell | FunctionError): string | undefined {
  if (isFunctionError(cell) || isBlank(cell)) return undefined;
  return String(cell).trim().toUpperCase();
}

type Total = Minor | FunctionError;

/** Exposure per customer key (or under "" for all), first bad balance kept as that key's error. */
function exposures(
  balances: Matrix,
  customers: Matrix | undefined,
  currency: CurrencyCode,
): Map<string, Total> {
  const totals = new Map<string, Total>();
  const { rows, columns } = shapeOf(balances);
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < columns; c++) {
      const key = customers ? customerKey(customers[r][c]) : "";
      if (key === undefined) continue; // a balance without a customer belongs to nobody asked about
      const where = columns === 1 ? `row ${r + 1}` : `row ${r + 1}, column ${c + 1}`;
      const previous = totals.get(key) ?? 0;
      if (isFunctionError(previous)) continue;
      const amount = amountArg(balances[r][c], `balances ${where}`, currency);
      if (isFunctionError(amount)) totals.set(key, amount);
      else totals.set(key, previous + (amount === BLANK ? 0 : amount.minor));
    }
  }
  return totals;
}

/**
 * @example
 * creditAvailableCells([[5000]], [[1200], [800]], null, null) //=> [[3000]]
 * creditAvailableCells([[5000], [null]], [[1200], [800]], [["C1"], ["C2"]], [["C1"], ["C2"]])
 * //=> [[3800], [#N/A "no credit limit set"]]
 */
export function creditAvailableCells(
  creditLimit: unknown,
  balances: unknown,
  customer: unknown,
  balanceCustomers: unknown,
): Output[][] {
  const limits = asMatrix(creditLimit) ?? [[null]];
  const amounts = asMatrix(balances) ?? [[null]];
  const customers = asMatrix(customer);
  const owners = asMatrix(balanceCustomers);
  const shape = liftedShape([limits, customers]);
  const fail = (error: FunctionError): Output[][] => mapShape(shape, () => error);

  if (customers && !owners) return fail(valueError("balance_customers: needed with customer, to know whose balances to add"));
  if (owners && !customers) return fail(valueError("customer: needed with balance_customers, to know which customer to add up"));
  if (owners) {
    const a = shapeOf(amounts);
    const o = shapeOf(owners);
    if (a.rows !== o.rows || a.columns !== o.columns) {
      return fail(valueError(`balances (${a.rows}×${a.columns}) and balance_customers (${o.rows}×${o.columns}) must be the same size`));
    }
  }
  const currency = currencyOfAmounts([...amounts, ...limits], "balances");
  if (isFunctionError(currency)) return fail(currency);
  const totals = exposures(amounts, owners, currency);

  return mapShape(shape, (r, c): Output => {
    let key = "";
    if (customers) {
      const cell = cellAt(customers, r, c);
      if (isFunctionError(cell)) return cell;
      const found = customerKey(cell);
      if (found === undefined) return "";
      key = found;
    }
    const limit = amountArg(cellAt(limits, r, c), "credit_limit", currency);
    if (isFunctionError(limit)) return limit;
    if (limit === BLANK) return notAvailable("no credit limit set");
    if (limit.minor < 0) return valueError(`credit_limit: ${minorToNumber(limit.minor, currency)} is negative; a limit is 0 or more`);
    const exposure = totals.get(key) ?? 0;
    if (isFunctionError(exposure)) return exposure;
    return minorToNumber(limit.minor - exposure, currency);
  });
}
