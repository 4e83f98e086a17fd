/**
 * The `AR Settings` sheet as plain rows: a Key / Value / Description table and the rows of the
 * `DunningPolicy` table (whose row format is the dunning policy's own: AR.DUNNING_STAGE reads it
 * too). Where the tables stand on the sheet is settingsSheet's job.
 */
import { policyFromRows, policyToRows } from "../../../core/dunning";
import { issueReason, type IssueCode, type IssueParams } from "../../../core/ledger";
import type { Language } from "../../../core/model";
import { DEFAULT_SETTINGS, type Settings, type SettingsTable, type TemplateOverride } from "../../../core/settings";
import { decimalCellText, isBlankRow, type RawCell } from "../../../core/source";
import { type Draft, SCALAR_KEYS } from "./keys";

export const SETTINGS_HEADER = ["Key", "Value", "Description"] as const;

export interface SettingsRows {
  /** Key / Value / Description rows, header first. */
  readonly values: RawCell[][];
  /** The `DunningPolicy` table, header first (see policyToRows). */
  readonly policy: RawCell[][];
}

const TABLES: readonly SettingsTable[] = ["Customers", "Invoices", "Payments"];
const LANGUAGES: readonly Language[] = ["en", "zh"];
const ADDRESS_LINES_WRITTEN = 3;
/** First-row texts that mark a header row rather than a setting. */
const HEADER_WORDS = ["key", "setting", "settings", "name", "键", "设置", "项目"];

/**
 * Writes settings as rows; {@link settingsFromRows} reads them back to equal settings.
 * Address lines are keys `company.address.1` …; overrides appear only when set
 * (`template.Reminder 1.zh.subject`, `mapping.Invoices.DueDate`, `source.Invoices`).
 *
 * @example
 * settingsToRows(DEFAULT_SETTINGS).values[1] //=> ["company.name", "", "Company name on statements and reminders"]
 */
export function settingsToRows(settings: Settings): SettingsRows {
  const values: RawCell[][] = [[...SETTINGS_HEADER]];
  for (const key of SCALAR_KEYS) {
    values.push([key.key, key.read(settings), key.description]);
    if (key.key === "company.name") {
      const lines = settings.company.addressLines;
      for (let i = 0; i < Math.max(lines.length, ADDRESS_LINES_WRITTEN); i++) {
        values.push([`company.address.${i + 1}`, lines[i] ?? "", `Company address, line ${i + 1}`]);
      }
    }
  }
  for (const table of TABLES) {
    const source = settings.tableSources[table];
    if (source !== undefined) values.push([`source.${table}`, source, `Excel table or sheet holding ${table}`]);
  }
  for (const table of TABLES) {
    for (const [field, header] of Object.entries(settings.columnMapping[table] ?? {})) {
      values.push([`mapping.${table}.${field}`, header, `Header of the ${field} column in ${table}`]);
    }
  }
  for (const [stage, perLanguage] of Object.entries(settings.reminderTemplates)) {
    for (const language of LANGUAGES) {
      const override = perLanguage[language];
      if (override?.subject !== undefined) values.push([`template.${stage}.${language}.subject`, override.subject, `${stage} reminder subject (${language})`]);
      if (override?.body !== undefined) values.push([`template.${stage}.${language}.body`, override.body, `${stage} reminder body (${language})`]);
    }
  }
  return { values, policy: policyToRows(settings.dunning) };
}

/** A value in the settings rows that could not be used; the default was kept instead. */
export interface SettingsError {
  readonly severity: "error" | "warning";
  /** 1-based row within the rows given (the header is row 1). */
  readonly row: number;
  readonly key: string;
  readonly value: string;
  /** English; `code` and `params` give it in the clerk's language (core/ledger's issueText). */
  readonly reason: string;
  readonly code: IssueCode;
  readonly params: IssueParams;
  /** Ready to show: `AR Settings row 7, aging.edges = "30, 20": edges must ascend`. */
  readonly message: string;
}

export interface SettingsResult {
  /** Always usable: every bad or missing value is the default. */
  readonly settings: Settings;
  readonly errors: readonly SettingsError[];
}

/**
 * Reads settings from Key/Value rows (header optional; a third column is ignored) and the
 * `DunningPolicy` table rows. Never throws: a bad value keeps its default and is reported with
 * its row, key and value; an unknown key is a warning. Missing `policy` rows keep the default stages.
 *
 * @example
 * settingsFromRows({ values: [["aging.edges", "30, 20"]] }).errors[0].message
 * //=> 'AR Settings row 1, aging.edges = "30, 20": must be whole days > 0, ascending, e.g. 30, 60, 90'
 */
export function settingsFromRows(rows: { readonly values: readonly (readonly RawCell[])[]; readonly policy?: readonly (readonly RawCell[])[] }): SettingsResult {
  const errors: SettingsError[] = [];
  const report = (severity: SettingsError["severity"], row: number, key: string, value: string, code: IssueCode, params: IssueParams = {}): void => {
    const reason = issueReason(code, params);
    errors.push({ severity, row, key, value, reason, code, params, message: `AR Settings row ${row}, ${key} = "${value}": ${reason}` });
  };
  const draft: Draft = { ...DEFAULT_SETTINGS };
  const scalars = new Map(SCALAR_KEYS.map((key) => [key.key.toLowerCase(), key]));
  const seen = new Map<string, number>();
  const address: string[] = [];
  const templates: Record<string, Partial<Record<Language, TemplateOverride>>> = {};
  const mapping: Partial<Record<SettingsTable, Record<string, string>>> = {};
  const sources: Partial<Record<SettingsTable, string>> = {};

  rows.values.forEach((row, index) => {
    const rowNo = index + 1;
    if (isBlankRow(row)) return;
    const key = decimalCellText(row[0]);
    const value = typeof row[1] === "string" ? row[1].replace(/\r\n/g, "\n").trim() : decimalCellText(row[1]);
    const lower = key.toLowerCase();
    if (index === 0 && HEADER_WORDS.includes(lower)) return;
    if (key === "") {
      report("warning", rowNo, key, value, "settingNoKey");
      return;
    }
    const first = seen.get(lower);
    if (first !== undefined) {
      report("warning", rowNo, key, value, "settingRepeated", { first });
      return;
    }
    seen.set(lower, rowNo);

    const scalar = scalars.get(lower);
    if (scalar) {
      const problem = scalar.write(draft, value);
      if (problem) report("error", rowNo, key, value, "settingBadValue", { ...problem });
      return;
    }
    const addressLine = /^company\.address\.(\d+)$/i.exec(key);
    if (addressLine) {
      const n = Number(addressLine[1]);
      if (n >= 1 && n <= 20) address[n - 1] = value;
      else report("warning", rowNo, key, value, "settingAddressLine");
      return;
    }
    const source = /^source\.(\w+)$/i.exec(key);
    const table = source ? tableOf(source[1]) : undefined;
    if (source && table) {
      if (value !== "") sources[table] = value;
      return;
    }
    const mapped = /^mapping\.(\w+)\.(\w+)$/i.exec(key);
    const mappedTable = mapped ? tableOf(mapped[1]) : undefined;
    if (mapped && mappedTable) {
      if (value !== "") (mapping[mappedTable] ??= {})[mapped[2]] = value;
      return;
    }
    const template = /^template\.(.+)\.(en|zh)\.(subject|body)$/i.exec(key);
    if (template) {
      const stage = template[1].trim();
      if (value === "") return;
      const language = template[2].toLowerCase() as Language;
      const perLanguage = (templates[stage] ??= {});
      perLanguage[language] = { ...perLanguage[language], [template[3].toLowerCase()]: value };
      return;
    }
    report("warning", rowNo, key, value, "settingUnknownKey");
  });

  // Address: keep the lines in order, dropping empty ones so a gap does not print a blank line.
  draft.company = { ...draft.company, addressLines: address.filter((line) => line !== undefined && line !== "") };
  draft.reminderTemplates = templates;
  draft.columnMapping = mapping;
  draft.tableSources = sources;

  if (rows.policy && rows.policy.some((row) => !isBlankRow(row))) {
    const result = policyFromRows(rows.policy, draft.dunning);
    if (result.ok) draft.dunning = result.policy;
    else {
      for (const e of result.errors) {
        const params = { ...e.params, problem: e.problem, column: e.column };
        errors.push({ severity: "error", row: e.row, key: `DunningPolicy.${e.column}`, value: e.value, reason: e.reason, code: "policyValue", params, message: `${e.message}; the default policy is used` });
      }
    }
  }
  return { settings: draft, errors };
}

function tableOf(name: string): SettingsTable | undefined {
  return TABLES.find((table) => table.toLowerCase() === name.toLowerCase());
}
