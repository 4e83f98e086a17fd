/**
 * AR.CREDIT_AVAILABLE: credit limit − exposure (the sum of balances, optionally only those whose
 * customer matches). Negative when over the limit; no limit set is #N/A, not 0 and not unlimited.
 * With ranges it is linear: balances are summed per customer (integer minor units, one slot per
 * customer asked about) in one pass, then looked up.
 */
import type { CurrencyCode } from "../core/model";
import { minorToNumber, minorUnitsOf } from "../core/money";
import { BLANK, PLAIN_CURRENCY, amountArg, isBlank } from "./args";
import { currencyOfAmounts } from "./aging";
import { isFunctionError, notAvailable, valueError, type FunctionError, type Output } from "./errors";
import { asMatrix, cellAt, liftedShape, mapShape, shapeOf, type Cell, type Matrix } from "./matrix";

/**
 * Customer ids match as Excel's SUMIF does: case-insensitive, surrounding spaces ignored.
 * A 0 is an empty cell as Excel desktop passes it, not customer "0".
 */
export function customerKey(cell: Cell | FunctionError): string | undefined {
  if (isFunctionError(cell) || isBlank(cell) || cell === 0) return undefined;
  return String(cell).trim().toUpperCase();
}

/**
 * customerKey without allocating for the common case: a string with no surrounding whitespace,
 * only ASCII and no lower-case letters already is its own key.
 */
function fastCustomerKey(cell: Cell | FunctionError): string | undefined {
  if (typeof cell === "string") {
    const n = cell.length;
    if (n > 0 && cell.charCodeAt(0) > 32 && cell.charCodeAt(n - 1) > 32) {
      let i = 0;
      for (; i < n; i++) {
        const ch = cell.charCodeAt(i);
        if (ch > 127 || (ch >= 97 && ch <= 122)) break;
      }
      if (i === n) return cell;
    }
  }
  return customerKey(cell);
}

/**
 * Exposure per customer slot, first bad balance kept as that slot's error. `slots` maps the
 * customer keys asked about (or "" for all, when balances have no customers) to slots; balances
 * of other customers are not read at all, as no result can show them.
 */
interface Exposures {
  readonly sums: number[];
  readonly errors: (FunctionError | undefined)[];
}

function exposures(balances: Matrix, owners: Matrix | undefined, slots: ReadonlyMap<string, number>, currency: CurrencyCode): Exposures {
  const sums = new Array<number>(slots.size).fill(0);
  const errors = new Array<FunctionError | undefined>(slots.size).fill(undefined);
  const { rows, columns } = shapeOf(balances);
  const scale = 10 ** minorUnitsOf(currency);
  const all = owners ? -1 : slots.get("") ?? -1;
  for (let r = 0; r < rows; r++) {
    const row = balances[r];
    const ownerRow = owners ? owners[r] : undefined;
    for (let c = 0; c < columns; c++) {
      let slot = all;
      if (ownerRow) {
        const key = fastCustomerKey(ownerRow[c]);
        if (key === undefined) continue; // a balance without a customer belongs to nobody asked about
        const found = slots.get(key);
        if (found === undefined) continue; // nor does one of a customer not asked about
        slot = found;
      } else if (owners) continue; // a row missing from balance_customers: no customer
      if (slot < 0 || errors[slot] !== undefined) continue;
      const cell = row[c];
      // Fast path, as toMinor's: a number that is exactly k / scale is k minor units.
      if (typeof cell === "number") {
        const scaled = Math.round(cell * scale);
        if (scaled / scale === cell && Number.isSafeInteger(scaled)) {
          sums[slot] += scaled + 0;
          continue;
        }
      }
      const where = columns === 1 ? `row ${r + 1}` : `row ${r + 1}, column ${c + 1}`;
      const amount = amountArg(cell, `balances ${where}`, currency);
      if (isFunctionError(amount)) errors[slot] = amount;
      else sums[slot] += amount === BLANK ? 0 : amount.minor;
    }
  }
  return { sums, errors };
}

/** The currency named in any text cell of the matrices (as currencyOfAmounts), without copying them. */
function currencyOf(matrices: readonly Matrix[], name: string): CurrencyCode | FunctionError {
  let strings: Matrix | undefined;
  for (const matrix of matrices) {
    for (const row of matrix) {
      for (const cell of row) {
        if (typeof cell === "string") {
          strings = [[cell]];
          break;
        }
      }
      if (strings) break;
    }
    if (strings) break;
  }
  if (!strings) return PLAIN_CURRENCY;
  return currencyOfAmounts(matrices.flatMap((m) => m), name);
}

/**
 * @example
 * creditAvailableCells([[5000]], [[1200], [800]], null, null) //=> [[3000]]
 * creditAvailableCells([[5000], [null]], [[1200], [800]], [["C1"], ["C2"]], [["C1"], ["C2"]])
 * //=> [[3800], [#N/A "no credit limit set …"]]
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

  if (customers && !owners) return fail(valueError("needsBalanceCustomers"));
  if (owners && !customers) return fail(valueError("needsCustomer"));
  if (owners) {
    const a = shapeOf(amounts);
    const o = shapeOf(owners);
    if (a.rows !== o.rows || a.columns !== o.columns) {
      return fail(valueError("sizesDiffer", { a: "balances", aRows: a.rows, aColumns: a.columns, b: "balance_customers", bRows: o.rows, bColumns: o.columns }));
    }
  }
  const currency = currencyOf([amounts, limits], "balances");
  if (isFunctionError(currency)) return fail(currency);
  // One slot per customer key asked about (duplicates share one), or "" for all balances.
  const slots = new Map<string, number>();
  if (customers) {
    for (const row of customers) {
      for (const cell of row) {
        const key = fastCustomerKey(cell);
        if (key !== undefined && !slots.has(key)) slots.set(key, slots.size);
      }
    }
  } else slots.set("", 0);
  const { sums, errors } = exposures(amounts, owners, slots, currency);

  return mapShape(shape, (r, c): Output => {
    let key = "";
    if (customers) {
      const cell = cellAt(customers, r, c);
      if (isFunctionError(cell)) return cell;
      const found = customerKey(cell);
      if (found === undefined) return "";
      key = found;
    }
    const limitCell = cellAt(limits, r, c);
    const limit = amountArg(limitCell, "credit_limit", currency);
    if (isFunctionError(limit)) return limit;
    // Excel desktop passes an empty limit cell as the number 0 (the web as null), so the number 0
    // means "no limit set" in every host; a limit of zero is written as text, '0 (README).
    if (limit === BLANK || limitCell === 0) return notAvailable("noLimit");
    if (limit.minor < 0) return valueError("negativeLimit", { limit: minorToNumber(limit.minor, currency) });
    const slot = slots.get(key);
    if (slot === undefined) return minorToNumber(limit.minor, currency);
    const error = errors[slot];
    if (error !== undefined) return error;
    return minorToNumber(limit.minor - sums[slot], currency);
  });
}
