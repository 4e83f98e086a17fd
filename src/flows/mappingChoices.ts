/**
 * The clerk's corrections to detection (which block is which table, which column is which field),
 * kept in the AR Settings sheet so every later run and the CLI read the ledger the same way.
 */
import type { Settings, SettingsTable } from "../core/settings";
import type { TableKind } from "../workbook/schema";

/**
 * The clerk's choices per table. A column value of `null` means "do not use any column for this
 * field"; an absent field keeps the detected column. `sourceId` is a candidate id (tableChoices.ts).
 */
export type MappingOverrides = Partial<
  Record<TableKind, { readonly sourceId?: string; readonly columns: Readonly<Record<string, string | null>> }>
>;

const TABLE_OF: Readonly<Record<TableKind, SettingsTable>> = { customers: "Customers", invoices: "Invoices", payments: "Payments" };

/** The settings' name of a table kind, e.g. `Invoices` (AR Settings keys source.Invoices, mapping.Invoices.*). */
export function settingsTableOf(kind: TableKind): SettingsTable {
  return TABLE_OF[kind];
}

/**
 * The settings with the clerk's choices merged in: a chosen source replaces the stored one, a
 * chosen column is stored by its header text, `null` drops the stored choice.
 * @example withMappingChoices(settings, { invoices: { columns: { DueDate: "Promised" } } }).columnMapping.Invoices //=> { DueDate: "Promised" }
 */
export function withMappingChoices(settings: Settings, overrides: MappingOverrides): Settings {
  const tableSources: Partial<Record<SettingsTable, string>> = { ...settings.tableSources };
  const columnMapping: Partial<Record<SettingsTable, Record<string, string>>> = {};
  for (const [table, fields] of entries(settings.columnMapping)) columnMapping[table] = { ...fields };
  for (const [kind, choice] of entries(overrides)) {
    const table = TABLE_OF[kind];
    if (choice.sourceId !== undefined) {
      tableSources[table] = choice.sourceId.startsWith("sheet:") ? choice.sourceId.slice("sheet:".length) : choice.sourceId;
    }
    const columns = { ...(columnMapping[table] ?? {}) };
    for (const [field, header] of Object.entries(choice.columns)) {
      // The settings sheet stores header texts only: "no column" drops the stored choice.
      if (header === null) delete columns[field];
      else columns[field] = header;
    }
    columnMapping[table] = columns;
  }
  return { ...settings, tableSources, columnMapping };
}

/** The present entries of a partial record, keys typed. */
function entries<K extends string, V>(record: Partial<Record<K, V>>): [K, V][] {
  const out: [K, V][] = [];
  for (const key in record) {
    const value = record[key];
    if (value !== undefined) out.push([key, value]);
  }
  return out;
}
