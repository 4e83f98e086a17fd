/** State shared by the table readers of one buildLedger run. Private to the ledger. */
import type { CurrencyCode, Customer, DataIssue, Language, Money } from "../../model";
import { money, normalizeCurrency } from "../../money";
import type { RawCell, SourceBlock } from "../../source";
import { TableIssues } from "./issues";
import { nameKey } from "./customerKey";
import type { UnreadTally } from "./unread";
import type { IssueParams } from "../issueTexts";
import type { ColumnRecorder } from "./columnRecorder";
import type { DateOrderScans } from "./dateOrder";

export interface BuildContext {
  readonly defaultCurrency: CurrencyCode;
  readonly defaultTermsDays: number;
  readonly defaultLanguage: Language;
  /** The clerk's order for undecidable text-date columns (option or setting). */
  readonly dateOrder?: "mdy" | "dmy";
  /** The order every deciding date column of the workbook agrees on, if any. */
  readonly workbookDateOrder?: "mdy" | "dmy";
  /** Each table's date-column orders, scanned once for the workbook's order and the readers. */
  readonly dateScans: DateOrderScans;
  readonly customers: Customer[];
  /**
   * The maps below give a customer's position in `customers` (its number: the recorded columns
   * use it, so finding a customer is the only lookup a row needs).
   */
  readonly customerById: Map<string, number>;
  /** Customers by the {@link nameKey} of their ID and of their name (made when first asked). */
  readonly customerKeys: CustomerKeys;
  /**
   * Each customer's currency by number, beside `customers`: a row's fallback currency without
   * reading the customer's record (a random one of thousands: a cache miss per row in a large ledger).
   */
  readonly customerCurrencies: CurrencyCode[];
  /** False for a one-sheet ledger: customers come from the invoice rows, without a warning. */
  readonly hasCustomersTable: boolean;
  readonly issues: DataIssue[];
  readonly unread: UnreadTally;
  /** Shared frozen zero per currency, so a million unpaid invoices share one object. */
  readonly zeros: Map<CurrencyCode, Money>;
  /** Each kept invoice and payment, recorded as columns for the ledger index. */
  readonly columns: ColumnRecorder;
}

/** Registers a customer under its id and its name; its number (position in `customers`). */
export function addCustomer(context: BuildContext, customer: Customer): number {
  const at = context.customers.length;
  context.customers.push(customer);
  context.customerCurrencies.push(customer.currency);
  context.customerById.set(customer.id, at);
  return at;
}

/**
 * Customers by the {@link nameKey} of their ID (`c-001` for `C-001`; null when two IDs share a key)
 * and of their name (name-keyed ledgers and contact lists join here; the first customer of a
 * name wins). The keys are made for the customers added since the last question, when asked: a
 * ledger whose rows all give an exact CustomerID never asks, and 50,000 customers cost no key.
 */
export class CustomerKeys {
  private readonly byIdKey = new Map<string, number | null>();
  private readonly byName = new Map<string, number>();
  /** How many of `customers` are keyed. */
  private keyed = 0;

  constructor(private readonly customers: readonly Customer[]) {}

  /** The customer whose ID has this key; null when two IDs share it. */
  ofIdKey(key: string): number | null | undefined {
    this.catchUp();
    return this.byIdKey.get(key);
  }

  /** The first customer whose name has this key. */
  ofName(key: string): number | undefined {
    this.catchUp();
    return this.byName.get(key);
  }

  private catchUp(): void {
    for (; this.keyed < this.customers.length; this.keyed++) {
      const customer = this.customers[this.keyed];
      const idKey = nameKey(customer.id);
      this.byIdKey.set(idKey, this.byIdKey.has(idKey) ? null : this.keyed);
      const key = nameKey(customer.name);
      if (!this.byName.has(key)) this.byName.set(key, this.keyed);
    }
  }
}

/**
 * The customer a row names: by ID first, else by name (normalised), else undefined.
 * `idText` may hold a name (a bare "Customer" column), so it is tried as a name too.
 */
export function findCustomer(context: BuildContext, idText: string, nameText: string): Customer | undefined {
  const at = findCustomerAt(context, idText, nameText);
  return at < 0 ? undefined : context.customers[at];
}

/** {@link findCustomer}'s customer as its number (position in `customers`), or -1. */
export function findCustomerAt(context: BuildContext, idText: string, nameText: string): number {
  if (idText !== "") {
    // An ID typed in another case or width (`c-001`, `Ｃ-001`) is the same customer when no other ID shares its key.
    return context.customerById.get(idText) ?? context.customerKeys.ofIdKey(nameKey(idText)) ?? context.customerKeys.ofName(nameKey(idText)) ?? -1;
  }
  if (nameText === "") return -1;
  return context.customerKeys.ofName(nameKey(nameText)) ?? context.customerById.get(nameText) ?? -1;
}

export function zeroOf(context: BuildContext, currency: CurrencyCode): Money {
  let value = context.zeros.get(currency);
  if (value === undefined) {
    value = money(0, currency);
    context.zeros.set(currency, value);
  }
  return value;
}

/** Customer for an id that the Customers table lacks: name = id, defaults elsewhere. Returns its number. */
export function placeholderCustomer(context: BuildContext, id: string, currency: CurrencyCode, sheet: string, row: number): number {
  const customer: Customer = {
    id,
    name: id,
    termsDays: context.defaultTermsDays,
    currency,
    language: context.defaultLanguage,
    source: { sheet, row },
  };
  return addCustomer(context, customer);
}

/** Result of reading a Currency cell: the code, and whether to warn. */
export interface CurrencyRead {
  readonly code: CurrencyCode;
  /** Why the cell is doubtful (a coded warning), when it is. */
  readonly doubt?: { readonly code: "unknownCurrency" | "notCurrency"; readonly params: IssueParams };
}

/**
 * Reads a Currency cell. Blank → `fallback`. An unknown three-letter code is kept with a
 * warning (a new ISO code should not stop a run); other unknown text falls back, with a warning.
 */
export function readCurrency(text: string, fallback: CurrencyCode): CurrencyRead {
  if (text === "") return { code: fallback };
  const code = normalizeCurrency(text);
  if (code !== undefined) return { code };
  const upper = text.toUpperCase();
  if (/^[A-Z]{3}$/.test(upper)) {
    return { code: upper, doubt: { code: "unknownCurrency", params: { code: upper } } };
  }
  return { code: fallback, doubt: { code: "notCurrency", params: { used: fallback } } };
}


/**
 * Column positions of a table, checked against its headers: -1 when unmapped or out of range.
 * Reports each missing required column as a table error and returns undefined when any is missing.
 */
export function resolveColumns<F extends string>(
  block: SourceBlock,
  columns: Partial<Record<F, number>>,
  fields: readonly { readonly name: F; readonly required: boolean; readonly or?: F }[],
  issues: TableIssues,
  optional: readonly F[] = [],
): Record<F, number> | undefined {
  const resolved = {} as Record<F, number>;
  const usable = (col: number | undefined): col is number =>
    col !== undefined && Number.isInteger(col) && col >= 0 && col < block.headers.length;
  for (const field of fields) {
    const col = columns[field.name];
    resolved[field.name] = usable(col) ? col : -1;
  }
  let missing = false;
  for (const field of fields) {
    if (!field.required || optional.includes(field.name) || resolved[field.name] >= 0) continue;
    if (field.or !== undefined && resolved[field.or] >= 0) continue;
    missing = true;
    issues.tableCoded("error", field.name, "requiredColumnMissing", { field: field.name, rows: block.rows.length, ...(field.or !== undefined ? { or: field.or } : {}) });
  }
  return missing ? undefined : resolved;
}

/** The cell at a resolved column, or null when the column is unmapped. */
export function at(row: readonly RawCell[], col: number): RawCell {
  if (col < 0) return null;
  const cell = row[col];
  return cell === undefined ? null : cell;
}
