/**
 * The Settings form's editable copy of the core Settings: numbers kept as the text the clerk
 * typed until *Save*, where {@link settingsFromDraft} validates them all at once. Fields the
 * form does not show (provision rates, credit grades, column mapping…) are handed back unchanged.
 */
import type { DunningStage } from "../../core/dunning";
import type { Language } from "../../core/model";
import { normalizeCurrency } from "../../core/money";
import type { ReminderTemplateOverrides, TemplateOverride } from "../../core/settings";
import type { AgingBasis, PaneSettings, StatementType } from "../services/paneServices";
import { parseEdges } from "../paneText";

export interface StageDraft {
  readonly name: string;
  readonly fromDays: string;
  readonly fee: string;
  readonly note?: string;
  /** Kept as read (the policy's Action column: phone/visit), so saving never drops the call list. */
  readonly action?: DunningStage["action"];
}

export type SlipChoice = "auto" | "on" | "off";

export interface SettingsDraft {
  readonly companyName: string;
  /** Address lines, one per line. */
  readonly companyAddress: string;
  readonly companyEmail: string;
  readonly companyPhone: string;
  readonly companyTaxId: string;
  readonly bank: string;
  readonly alipay: string;
  readonly wechat: string;
  readonly edges: string;
  readonly agingBasis: AgingBasis;
  readonly stages: readonly StageDraft[];
  readonly graceDays: string;
  readonly daysBetweenNotices: string;
  readonly minAmount: string;
  readonly annualRate: string;
  readonly oneStepAtATime: boolean;
  readonly templates: ReminderTemplateOverrides;
  readonly statementType: StatementType;
  readonly confirmationSlip: SlipChoice;
  readonly includeUpcoming: boolean;
  readonly dsoDays: string;
  /** Ledger defaults (DESIGN §2 "Ledgers as clerks keep them"); "" = inferred from the workbook. */
  readonly defaultCurrency: string;
  readonly defaultTermsDays: string;
  readonly dateOrder: DateOrderChoice;
  readonly defaultLanguage: LanguageChoice;
}

/** "" = decided per column from dates that show it (13/1 vs 1/13); undecidable dates are refused. */
export type DateOrderChoice = "" | "mdy" | "dmy";
/** "" = from the customer's name, else the language of the headers. */
export type LanguageChoice = "" | Language;

/** Field keys that failed validation, e.g. `edges`, `graceDays`, `stage.2.fee`. */
export type DraftErrors = Readonly<Record<string, "integer" | "decimal" | "edges" | "currency">>;

export function draftFromSettings(settings: PaneSettings): SettingsDraft {
  const slip = settings.statement.confirmationSlip;
  return {
    companyName: settings.company.name,
    companyAddress: settings.company.addressLines.join("\n"),
    companyEmail: settings.company.email,
    companyPhone: settings.company.phone,
    companyTaxId: settings.company.taxId,
    bank: settings.payment.bank,
    alipay: settings.payment.alipay ?? "",
    wechat: settings.payment.wechat ?? "",
    edges: settings.agingEdges.join(", "),
    agingBasis: settings.agingBasis,
    stages: settings.dunning.stages.map((stage) => ({
      name: String(stage.name),
      fromDays: String(stage.fromDays),
      fee: stage.fee,
      note: stage.note,
      ...(stage.action ? { action: stage.action } : {}),
    })),
    graceDays: String(settings.dunning.graceDays),
    daysBetweenNotices: String(settings.dunning.daysBetweenNotices),
    minAmount: settings.dunning.minAmount,
    annualRate: settings.dunning.annualRate,
    oneStepAtATime: settings.dunning.oneStepAtATime,
    templates: settings.reminderTemplates,
    statementType: settings.statement.type,
    confirmationSlip: slip === "auto" ? "auto" : slip ? "on" : "off",
    includeUpcoming: settings.includeUpcoming,
    dsoDays: String(settings.dsoDays),
    defaultCurrency: settings.defaultCurrency ?? "",
    defaultTermsDays: String(settings.defaultTermsDays),
    dateOrder: settings.dateOrder ?? "",
    defaultLanguage: settings.defaultLanguage ?? "",
  };
}

const INTEGER = /^-?\d+$/;
const NON_NEGATIVE_INTEGER = /^\d+$/;
const DECIMAL = /^\d+(\.\d+)?$/;

/** Validates the draft over the loaded settings; the new settings when every value is usable, else the failing fields. */
export function settingsFromDraft(
  draft: SettingsDraft,
  base: PaneSettings,
): { readonly ok: true; readonly settings: PaneSettings } | { readonly ok: false; readonly errors: DraftErrors } {
  const errors: Record<string, "integer" | "decimal" | "edges" | "currency"> = {};
  const edges = parseEdges(draft.edges);
  if (edges === undefined) errors.edges = "edges";
  if (!NON_NEGATIVE_INTEGER.test(draft.graceDays.trim())) errors.graceDays = "integer";
  if (!NON_NEGATIVE_INTEGER.test(draft.daysBetweenNotices.trim())) errors.daysBetweenNotices = "integer";
  if (!DECIMAL.test(draft.minAmount.trim())) errors.minAmount = "decimal";
  if (!DECIMAL.test(draft.annualRate.trim())) errors.annualRate = "decimal";
  if (!NON_NEGATIVE_INTEGER.test(draft.dsoDays.trim()) || Number(draft.dsoDays) === 0) errors.dsoDays = "integer";
  if (!NON_NEGATIVE_INTEGER.test(draft.defaultTermsDays.trim())) errors.defaultTermsDays = "integer";
  // Empty = inferred from the ledger; else a code the engine knows (USD, cny, ¥, 人民币 …).
  const currency = draft.defaultCurrency.trim() === "" ? undefined : normalizeCurrency(draft.defaultCurrency);
  if (draft.defaultCurrency.trim() !== "" && currency === undefined) errors.defaultCurrency = "currency";
  draft.stages.forEach((stage, index) => {
    if (!INTEGER.test(stage.fromDays.trim())) errors[`stage.${index}.fromDays`] = "integer";
    if (!DECIMAL.test(stage.fee.trim())) errors[`stage.${index}.fee`] = "decimal";
  });
  if (Object.keys(errors).length > 0 || edges === undefined) return { ok: false, errors };

  const stages: DunningStage[] = draft.stages
    .filter((stage) => stage.name.trim() !== "")
    .map((stage) => ({
      name: stage.name.trim(),
      fromDays: Number(stage.fromDays.trim()),
      fee: stage.fee.trim(),
      ...(stage.note !== undefined ? { note: stage.note } : {}),
      ...(stage.action ? { action: stage.action } : {}),
    }))
    .sort((a, b) => a.fromDays - b.fromDays);
  const optional = (text: string) => (text.trim() === "" ? undefined : text.trim());
  const alipay = optional(draft.alipay);
  const wechat = optional(draft.wechat);
  // The ledger defaults are optional keys: an empty choice removes them (the engine infers).
  const { defaultCurrency: _currency, dateOrder: _order, defaultLanguage: _language, ...rest } = base;
  return {
    ok: true,
    settings: {
      ...rest,
      ...(currency !== undefined ? { defaultCurrency: currency } : {}),
      defaultTermsDays: Number(draft.defaultTermsDays.trim()),
      ...(draft.dateOrder !== "" ? { dateOrder: draft.dateOrder } : {}),
      ...(draft.defaultLanguage !== "" ? { defaultLanguage: draft.defaultLanguage } : {}),
      company: {
        name: draft.companyName.trim(),
        addressLines: draft.companyAddress
          .split(/\r?\n/)
          .map((line) => line.trim())
          .filter((line) => line !== ""),
        email: draft.companyEmail.trim(),
        phone: draft.companyPhone.trim(),
        taxId: draft.companyTaxId.trim(),
      },
      payment: { bank: draft.bank.trim(), ...(alipay ? { alipay } : {}), ...(wechat ? { wechat } : {}) },
      agingEdges: edges,
      agingBasis: draft.agingBasis,
      dunning: {
        stages,
        graceDays: Number(draft.graceDays.trim()),
        minAmount: draft.minAmount.trim(),
        annualRate: draft.annualRate.trim(),
        oneStepAtATime: draft.oneStepAtATime,
        daysBetweenNotices: Number(draft.daysBetweenNotices.trim()),
      },
      reminderTemplates: draft.templates,
      statement: {
        type: draft.statementType,
        confirmationSlip: draft.confirmationSlip === "auto" ? "auto" : draft.confirmationSlip === "on",
      },
      includeUpcoming: draft.includeUpcoming,
      dsoDays: Number(draft.dsoDays.trim()),
    },
  };
}

/** The clerk's override for (stage, language), if any. */
export function overrideOf(templates: ReminderTemplateOverrides, stage: string, language: Language): TemplateOverride | undefined {
  return templates[stage]?.[language];
}

/** Sets (or, with undefined, removes) the override for (stage, language). */
export function withOverride(
  templates: ReminderTemplateOverrides,
  stage: string,
  language: Language,
  override: TemplateOverride | undefined,
): ReminderTemplateOverrides {
  const forStage = { ...(templates[stage] ?? {}) };
  if (override === undefined) delete forStage[language];
  else forStage[language] = override;
  const next: Record<string, Partial<Record<Language, TemplateOverride>>> = { ...templates, [stage]: forStage };
  if (Object.keys(forStage).length === 0) delete next[stage];
  return next;
}
