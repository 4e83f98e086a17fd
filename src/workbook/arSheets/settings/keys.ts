/**
 * Private catalog of the scalar keys of the `AR Settings` key/value rows: how each is written,
 * read and validated. Keys with a variable part (address lines, templates, column mapping,
 * table sources) are handled in settingsFromRows.
 */
import type { SettingExpected } from "../../../core/ledger";
import { normalizeCurrency } from "../../../core/money";
import type { Settings } from "../../../core/settings";
import { parseDecimalText, parseWholeNumber, type RawCell } from "../../../core/source";

/** A mutable copy of Settings, filled while reading rows. */
export type Draft = { -readonly [K in keyof Settings]: Settings[K] };

export interface ScalarKey {
  readonly key: string;
  readonly description: string;
  read(settings: Settings): RawCell;
  /** Applies text to the draft; returns what was expected when the text is not usable. Empty text = default. */
  write(draft: Draft, text: string): ValueProblem | undefined;
}

/** What a value should have been (its words, English and Chinese: core/ledger's SETTING_EXPECTED). */
export interface ValueProblem {
  readonly expected: SettingExpected;
  readonly min?: number;
}

const TRUE_WORDS = ["on", "yes", "y", "true", "1", "x", "是", "开", "开启"];
const FALSE_WORDS = ["off", "no", "n", "false", "0", "否", "关", "关闭"];

export function parseSwitch(text: string): boolean | undefined {
  const t = text.trim().toLowerCase();
  if (TRUE_WORDS.includes(t)) return true;
  if (FALSE_WORDS.includes(t)) return false;
  return undefined;
}

/** "30, 60, 90" → [30, 60, 90]; undefined unless positive whole days strictly ascending. */
export function parseEdges(text: string): number[] | undefined {
  const parts = text.split(/[,;，、\s]+/).filter((p) => p !== "");
  if (parts.length === 0) return undefined;
  const edges = parts.map((p) => parseWholeNumber(p, 1));
  if (edges.some((e) => e === undefined)) return undefined;
  const numbers = edges as number[];
  return numbers.every((e, i) => i === 0 || e > numbers[i - 1]) ? numbers : undefined;
}

const text = (key: string, description: string, get: (s: Settings) => string, set: (d: Draft, v: string) => void): ScalarKey => ({
  key,
  description,
  read: get,
  write: (draft, value) => {
    set(draft, value);
    return undefined;
  },
});

const wholeDays = (key: string, description: string, min: number, get: (s: Settings) => number, set: (d: Draft, v: number) => void): ScalarKey => ({
  key,
  description,
  read: get,
  write: (draft, value) => {
    if (value === "") return undefined;
    const days = parseWholeNumber(value, min);
    if (days === undefined) return { expected: "wholeNumber", min };
    set(draft, days);
    return undefined;
  },
});

const onOff = (key: string, description: string, get: (s: Settings) => boolean, set: (d: Draft, v: boolean) => void): ScalarKey => ({
  key,
  description,
  read: (s) => (get(s) ? "on" : "off"),
  write: (draft, value) => {
    if (value === "") return undefined;
    const on = parseSwitch(value);
    if (on === undefined) return { expected: "onOff" };
    set(draft, on);
    return undefined;
  },
});

const fraction = (key: string, description: string, get: (s: Settings) => string, set: (d: Draft, v: string) => void): ScalarKey => ({
  key,
  description,
  read: get,
  write: (draft, value) => {
    if (value === "") return undefined;
    const rate = parseDecimalText(value);
    if (rate === undefined) return { expected: "decimal" };
    set(draft, rate);
    return undefined;
  },
});

function gradeKeys(grade: "A" | "B" | "C"): ScalarKey[] {
  return [
    wholeDays(`credit.${grade}.maxAverageDaysLate`, `Grade ${grade}: at most this many days late on average`, 0,
      (s) => s.creditGrades[grade].maxAverageDaysLate,
      (d, v) => { d.creditGrades = { ...d.creditGrades, [grade]: { ...d.creditGrades[grade], maxAverageDaysLate: v } }; }),
    fraction(`credit.${grade}.maxShareLate`, `Grade ${grade}: at most this share of invoices paid late`,
      (s) => s.creditGrades[grade].maxShareLate,
      (d, v) => { d.creditGrades = { ...d.creditGrades, [grade]: { ...d.creditGrades[grade], maxShareLate: v } }; }),
  ];
}

export const SCALAR_KEYS: readonly ScalarKey[] = [
  text("company.name", "Company name on statements and reminders", (s) => s.company.name, (d, v) => { d.company = { ...d.company, name: v }; }),
  text("company.email", "Company e-mail", (s) => s.company.email, (d, v) => { d.company = { ...d.company, email: v }; }),
  text("company.phone", "Company phone", (s) => s.company.phone, (d, v) => { d.company = { ...d.company, phone: v }; }),
  text("company.taxId", "Tax ID (税号)", (s) => s.company.taxId, (d, v) => { d.company = { ...d.company, taxId: v }; }),
  text("payment.bank", "Bank transfer instructions", (s) => s.payment.bank, (d, v) => { d.payment = { ...d.payment, bank: v }; }),
  text("payment.alipay", "Alipay instructions (optional)", (s) => s.payment.alipay ?? "", (d, v) => { d.payment = withOptional(d.payment, "alipay", v); }),
  text("payment.wechat", "WeChat Pay instructions (optional)", (s) => s.payment.wechat ?? "", (d, v) => { d.payment = withOptional(d.payment, "wechat", v); }),
  {
    key: "aging.edges",
    description: "Aging bucket edges in days, ascending",
    read: (s) => s.agingEdges.join(", "),
    write: (draft, value) => {
      if (value === "") return undefined;
      const edges = parseEdges(value);
      if (!edges) return { expected: "edges" };
      draft.agingEdges = edges;
      return undefined;
    },
  },
  {
    key: "aging.basis",
    description: '"due" (days past due date) or "invoice" (days since invoice date)',
    read: (s) => s.agingBasis,
    write: (draft, value) => {
      const v = value.trim().toLowerCase();
      if (v === "") return undefined;
      if (v === "due" || v === "due date" || v === "到期日") draft.agingBasis = "due";
      else if (v === "invoice" || v === "invoice date" || v === "开票日期" || v === "发票日期") draft.agingBasis = "invoice";
      else return { expected: "basis" };
      return undefined;
    },
  },
  {
    key: "statement.type",
    description: '"balance-forward" or "open-item"',
    read: (s) => s.statement.type,
    write: (draft, value) => {
      const v = value.trim().toLowerCase().replace(/[\s_]/g, "-");
      if (v === "") return undefined;
      if (v === "balance-forward") draft.statement = { ...draft.statement, type: "balance-forward" };
      else if (v === "open-item") draft.statement = { ...draft.statement, type: "open-item" };
      else return { expected: "statementType" };
      return undefined;
    },
  },
  {
    key: "statement.confirmationSlip",
    description: 'Balance confirmation slip: "auto" (on for Chinese customers), "on" or "off"',
    read: (s) => (s.statement.confirmationSlip === "auto" ? "auto" : s.statement.confirmationSlip ? "on" : "off"),
    write: (draft, value) => {
      if (value === "") return undefined;
      if (value.trim().toLowerCase() === "auto") {
        draft.statement = { ...draft.statement, confirmationSlip: "auto" };
        return undefined;
      }
      const on = parseSwitch(value);
      if (on === undefined) return { expected: "slip" };
      draft.statement = { ...draft.statement, confirmationSlip: on };
      return undefined;
    },
  },
  wholeDays("dunning.graceDays", "Grace days added to every dunning threshold", 0, (s) => s.dunning.graceDays, (d, v) => { d.dunning = { ...d.dunning, graceDays: v }; }),
  wholeDays("dunning.daysBetweenNotices", "Minimum days between written notices to a customer (0 = every run)", 0, (s) => s.dunning.daysBetweenNotices, (d, v) => { d.dunning = { ...d.dunning, daysBetweenNotices: v }; }),
  fraction("dunning.annualRate", "Annual late-interest rate (0 = none)", (s) => s.dunning.annualRate, (d, v) => { d.dunning = { ...d.dunning, annualRate: v }; }),
  onOff("dunning.oneStepAtATime", "Climb one stage per notice sent (on/off)", (s) => s.dunning.oneStepAtATime, (d, v) => { d.dunning = { ...d.dunning, oneStepAtATime: v }; }),
  onOff("reminders.includeUpcoming", "Also draft courtesy reminders before the due date (on/off)", (s) => s.includeUpcoming, (d, v) => { d.includeUpcoming = v; }),
  {
    key: "provision.rates",
    description: "Bad-debt provision rate per aging bucket, e.g. 0.01, 0.05, 0.2, 0.5, 1",
    read: (s) => s.provisionRates.join(", "),
    write: (draft, value) => {
      if (value === "") return undefined;
      const rates = value.split(/[,;，、\s]+/).filter((p) => p !== "").map(parseDecimalText);
      if (rates.length === 0 || rates.some((r) => r === undefined)) return { expected: "rates" };
      draft.provisionRates = rates as string[];
      return undefined;
    },
  },
  ...gradeKeys("A"),
  ...gradeKeys("B"),
  ...gradeKeys("C"),
  wholeDays("metrics.dsoDays", "Days of credit sales in DSO", 1, (s) => s.dsoDays, (d, v) => { d.dsoDays = v; }),
  {
    key: "ledger.defaultCurrency",
    description: "Currency for customers and invoices without one (empty: from the amounts' markers, else CNY for Chinese headers, else USD)",
    read: (s) => s.defaultCurrency ?? "",
    write: (draft, value) => {
      if (value === "") {
        delete draft.defaultCurrency;
        return undefined;
      }
      const code = normalizeCurrency(value);
      if (!code) return { expected: "currency" };
      draft.defaultCurrency = code;
      return undefined;
    },
  },
  wholeDays("ledger.defaultTermsDays", "Payment terms (days) for customers without TermsDays", 0, (s) => s.defaultTermsDays, (d, v) => { d.defaultTermsDays = v; }),
  {
    key: "ledger.dateOrder",
    description: "Order of text dates like 3/4/2026 when their column does not decide it: mdy or dmy (empty: such dates are refused)",
    read: (s) => s.dateOrder ?? "",
    write: (draft, value) => {
      const v = value.trim().toLowerCase().replace(/[^a-z]/g, "");
      if (v === "") delete draft.dateOrder;
      else if (v === "mdy" || v === "dmy") draft.dateOrder = v;
      else return { expected: "dateOrder" };
      return undefined;
    },
  },
  {
    key: "ledger.defaultLanguage",
    description: "Language of customers without a Language column or a Chinese name: en or zh (empty: the language of the headers)",
    read: (s) => s.defaultLanguage ?? "",
    write: (draft, value) => {
      const v = value.trim().toLowerCase();
      if (v === "") delete draft.defaultLanguage;
      else if (v === "en" || v === "zh" || v === "zh-cn") draft.defaultLanguage = v === "en" ? "en" : "zh";
      else return { expected: "language" };
      return undefined;
    },
  },
];

function withOptional<T extends object, K extends string>(target: T, key: K, value: string): T {
  const copy = { ...target } as Record<string, unknown>;
  if (value === "") delete copy[key];
  else copy[key] = value;
  return copy as T;
}
