/**
 * Reads AR Desk's settings from the workbook's `AR Settings` sheet (tables ARSettings and
 * DunningPolicy, as settingsSheet writes them). No sheet = the defaults.
 */
import { DEFAULT_SETTINGS, type Settings } from "../../../core/settings";
import type { SourceBlock } from "../../port";
import { settingsFromRows, type SettingsError } from "./settingsRows";
import { POLICY_TABLE, SETTINGS_SHEET, SETTINGS_TABLE } from "./settingsSheet";

export interface WorkbookSettings {
  readonly settings: Settings;
  readonly errors: readonly SettingsError[];
  /** True when the workbook has an `AR Settings` sheet. */
  readonly found: boolean;
}

const same = (a: string | undefined, b: string): boolean => (a ?? "").toLowerCase() === b.toLowerCase();

/** The settings stored in the workbook, or the defaults. */
export function settingsFromBlocks(blocks: readonly SourceBlock[]): WorkbookSettings {
  const onSheet = blocks.filter((b) => same(b.sheet, SETTINGS_SHEET));
  if (onSheet.length === 0) return { settings: DEFAULT_SETTINGS, errors: [], found: false };
  const values = onSheet.find((b) => same(b.tableName, SETTINGS_TABLE)) ?? onSheet.find((b) => !b.tableName);
  const policy = onSheet.find((b) => same(b.tableName, POLICY_TABLE));
  const result = settingsFromRows({
    values: values ? [values.headers, ...values.rows] : [],
    ...(policy ? { policy: [policy.headers, ...policy.rows] } : {}),
  });
  // settingsFromRows counts rows within what it was given (header = 1); the clerk needs sheet rows.
  const sheetRow = (e: SettingsError): number => {
    const block = e.key.startsWith("DunningPolicy.") ? policy : values;
    return block ? block.headerRow + e.row - 1 : e.row;
  };
  const errors = result.errors.map((e) => ({ ...e, row: sheetRow(e), message: e.message.replace(/row \d+/, `row ${sheetRow(e)}`) }));
  return { settings: result.settings, errors, found: true };
}

/** The settings sheet's own blocks are never ledger candidates. */
export function isSettingsBlock(block: SourceBlock): boolean {
  return same(block.sheet, SETTINGS_SHEET);
}
