/**
 * The single entry the flows layer calls for statements: names every statement's sheet, then lays
 * out the index (which links to those names) and each statement.
 */
import type { Statement } from "../../core/statements";
import type { Language } from "../../core/model";
import type { SheetSpec } from "../spec";
import type { StatementSheetSettings } from "./statementSettings";
import { INDEX_SHEET, indexSheet } from "./indexSheet";
import { statementSheet } from "./statementSheet";
import { statementSheetWanted, uniqueSheetName } from "./sheetNames";

/** Names of every sheet AR Desk generates besides statements: a customer called "Index" must not take them. */
export const GENERATED_SHEET_NAMES = ["Index", "AR Summary", "Reminders", "Dunning log", "Data issues", "AR Settings"] as const;

export interface LayoutStatementsOptions {
  /**
   * Sheet names already in use that a statement must not take (the clerk's own sheets).
   * AR Desk's other generated sheet names are always reserved.
   */
  readonly taken?: Iterable<string>;
  /** The clerk's language for the Index sheet (each statement is in its customer's). Default "en". */
  readonly language?: Language;
}

/**
 * Sheet names for the statements, same order: "C001 Acme Ltd", with the currency appended
 * ("C001 Acme Ltd EUR") when a statement is not in the customer's own currency; valid and unique.
 */
export function statementSheetNames(statements: readonly Statement[], taken: Set<string>): string[] {
  return statements.map((statement) => {
    const suffix = statement.currency === statement.customer.currency ? "" : statement.currency;
    return uniqueSheetName(statementSheetWanted(statement.customer.id, statement.customer.name), taken, suffix);
  });
}

/**
 * Index first, then one sheet per statement.
 *
 * @example
 * layoutStatements(statementsFor(ledger, period), settings).map((s) => s.name)
 * //=> ["Index", "C001 Acme Ltd", "C002 上海某某贸易有限公司", "C002 上海某某贸易有限公司 USD"]
 */
export function layoutStatements(
  statements: readonly Statement[],
  settings: StatementSheetSettings,
  options: LayoutStatementsOptions = {},
): SheetSpec[] {
  return [...layoutStatementsLazily(statements, settings, options)];
}

/**
 * The sheets of {@link layoutStatements}, each laid out only when the caller takes it (names are
 * chosen up front, the index needs them): a writer that writes each sheet before taking the
 * next holds one statement's layout at a time, whatever the number of customers.
 */
export function* layoutStatementsLazily(
  statements: readonly Statement[],
  settings: StatementSheetSettings,
  options: LayoutStatementsOptions = {},
): Generator<SheetSpec> {
  const taken = new Set<string>([...(options.taken ?? []), ...GENERATED_SHEET_NAMES]);
  const names = statementSheetNames(statements, taken);
  yield indexSheet(statements, names, { name: INDEX_SHEET, language: options.language ?? "en" });
  for (let i = 0; i < statements.length; i++) yield statementSheet(statements[i], settings, { name: names[i] });
}
