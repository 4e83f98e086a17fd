/**
 * Everything the clerk can set in the `AR Settings` sheet. Every default in
 * {@link DEFAULT_SETTINGS} is a contract (DESIGN §2): tests, docs and the UI agree on it.
 */
import type { AgingBasis } from "../aging/edges";
import type { DunningPolicy } from "../dunning/policy";
import type { CurrencyCode, Language } from "../model";
import type { StatementType } from "../statements";

/** The header printed on statements and signed under reminders. */
export interface CompanyHeader {
  readonly name: string;
  readonly addressLines: readonly string[];
  readonly email: string;
  readonly phone: string;
  readonly taxId: string;
}

/** How to pay: bank text always; Alipay / WeChat Pay text only when set. */
export interface PaymentInstructions {
  readonly bank: string;
  readonly alipay?: string;
  readonly wechat?: string;
}

export interface StatementDefaults {
  readonly type: StatementType;
  /** Balance confirmation slip (对账确认): "auto" = on for Chinese-language customers. */
  readonly confirmationSlip: "auto" | boolean;
}

/** A clerk's replacement for a default reminder template; a missing part keeps the default. */
export interface TemplateOverride {
  readonly subject?: string;
  readonly body?: string;
}

/** stage name → language → override. */
export type ReminderTemplateOverrides = Readonly<Record<string, Partial<Record<Language, TemplateOverride>>>>;

export type SettingsTable = "Customers" | "Invoices" | "Payments";

/** table → canonical field (e.g. "DueDate") → the clerk's header text. */
export type ColumnMappingOverrides = Readonly<Partial<Record<SettingsTable, Readonly<Record<string, string>>>>>;

/** Average days late and share of invoices paid late at or below which a grade is given (else D). */
export interface CreditGradeThreshold {
  readonly maxAverageDaysLate: number;
  /** Decimal fraction, e.g. "0.1" = 10 % of paid invoices paid late. */
  readonly maxShareLate: string;
}

export interface CreditGradeThresholds {
  readonly A: CreditGradeThreshold;
  readonly B: CreditGradeThreshold;
  readonly C: CreditGradeThreshold;
}

export interface Settings {
  readonly company: CompanyHeader;
  readonly payment: PaymentInstructions;
  /** Aging bucket edges, ascending positive days. Default 30, 60, 90. */
  readonly agingEdges: readonly number[];
  /** Default "due". */
  readonly agingBasis: AgingBasis;
  readonly statement: StatementDefaults;
  readonly dunning: DunningPolicy;
  readonly reminderTemplates: ReminderTemplateOverrides;
  readonly columnMapping: ColumnMappingOverrides;
  /** table → the Excel table or sheet name the clerk chose for it. */
  readonly tableSources: Readonly<Partial<Record<SettingsTable, string>>>;
  /** Bad-debt provision rate per aging bucket, decimal fractions. Default 1 %, 5 %, 20 %, 50 %, 100 %. */
  readonly provisionRates: readonly string[];
  readonly creditGrades: CreditGradeThresholds;
  /** DSO look-back, days. Default 90. */
  readonly dsoDays: number;
  /** Draft Upcoming (pre-due) reminders too. Default false. */
  readonly includeUpcoming: boolean;
  /**
   * Currency of customers and invoices without one. Unset: inferred from the ledger (the currency
   * markers in its amounts, else CNY for Chinese headers, else USD).
   */
  readonly defaultCurrency?: CurrencyCode;
  /** Payment terms of customers without TermsDays. Default 30. */
  readonly defaultTermsDays: number;
  /** Day/month order of text dates whose column does not decide it (`3/4/2026`). Unset: such dates are refused. */
  readonly dateOrder?: "mdy" | "dmy";
  /** Language of customers without a Language column or a Chinese name. Unset: the headers' language. */
  readonly defaultLanguage?: Language;
}
