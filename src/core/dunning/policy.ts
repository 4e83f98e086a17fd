/**
 * The dunning policy: which stage an overdue invoice has reached, what each stage costs, and
 * the knobs around it (grace days, minimum amount, late interest, one step at a time).
 * Defaults are DESIGN §3 and are a contract: tests, docs and the UI agree on them.
 */
import type { RawCell } from "../source";
import { decimalCellText, isBlankRow, parseDecimalText, parseWholeNumber } from "../source";
import { normalizeHeader } from "../text";
import { POLICY_PROBLEMS, type PolicyParams, type PolicyProblem } from "./policyTexts";

/** The standard stage names, lowest first (None is not a policy row). */
export const STANDARD_STAGES = ["Upcoming", "Reminder 1", "Reminder 2", "Final notice", "Collections"] as const;
export type StageName = "None" | (typeof STANDARD_STAGES)[number];

export interface DunningStage {
  /** A standard name, or the clerk's own. */
  readonly name: StageName | string;
  /** Days overdue at which the stage starts (before grace days); negative = before the due date. */
  readonly fromDays: number;
  /** Fee as decimal text in the invoice's currency, charged once per invoice at this stage. */
  readonly fee: string;
  readonly note?: string;
  /**
   * A follow-up for a person to do at this stage besides the written notice: "phone" or "visit"
   * (the Reminders sheet and the pane list these customers to call). Undefined = none.
   */
  readonly action?: StageAction;
}

export type StageAction = "phone" | "visit";

/** Words accepted in the policy's Action column (English and Chinese); "" / email / letter = no action. */
const ACTION_WORDS: Readonly<Record<string, StageAction | "">> = {
  "": "", email: "", letter: "", none: "", "邮件": "", "信函": "", "无": "",
  phone: "phone", call: "phone", telephone: "phone", "电话": "phone", "致电": "phone",
  visit: "visit", "拜访": "visit", "上门": "visit",
};

/** The stage's action from a cell's text; undefined when the text is not a known action. */
export function parseStageAction(text: string): StageAction | "" | undefined {
  const key = text.trim().toLowerCase();
  return Object.prototype.hasOwnProperty.call(ACTION_WORDS, key) ? ACTION_WORDS[key] : undefined;
}

export interface DunningPolicy {
  /** Ascending fromDays, unique names; excludes None. */
  readonly stages: readonly DunningStage[];
  /** Added to every threshold and subtracted from the days that earn late interest. */
  readonly graceDays: number;
  /** Decimal text; an invoice whose open balance is below it is not dunned. */
  readonly minAmount: string;
  /** Annual late-interest rate as a decimal fraction ("0.08" = 8 %). "0" = none. */
  readonly annualRate: string;
  /** When true a customer climbs one stage per notice actually logged (SAP, Business Central). */
  readonly oneStepAtATime: boolean;
  /**
   * Minimum whole days between written notices to a customer (SAP's dunning interval): a customer
   * written to fewer days ago is held back unless its stage has risen. 0 = every run drafts.
   */
  readonly daysBetweenNotices: number;
}

/** DESIGN §3, exactly. */
export const DEFAULT_POLICY: DunningPolicy = Object.freeze({
  stages: Object.freeze([
    Object.freeze({ name: "Upcoming", fromDays: -3, fee: "0", note: "courtesy reminder before the due date" }),
    Object.freeze({ name: "Reminder 1", fromDays: 1, fee: "0", note: "friendly reminder" }),
    Object.freeze({ name: "Reminder 2", fromDays: 15, fee: "0", note: "firm reminder, phone follow-up", action: "phone" }),
    Object.freeze({ name: "Final notice", fromDays: 30, fee: "0", note: "formal demand, mentions fees/interest and next steps" }),
    Object.freeze({ name: "Collections", fromDays: 60, fee: "0", note: "hand to collections / legal" }),
  ]),
  graceDays: 0,
  minAmount: "0.01",
  annualRate: "0",
  oneStepAtATime: false,
  daysBetweenNotices: 0,
});

/** A value in a policy range that could not be used. `row` is 1-based within the range given. */
export interface PolicyError {
  readonly row: number;
  readonly column: string;
  readonly value: string;
  readonly reason: string;
  /** Stable code of the reason (its texts: policyTexts.ts), with the values it names. */
  readonly problem: PolicyProblem;
  readonly params: PolicyParams;
  /** Ready to show: `Dunning policy row 3, from days: "abc" is not a whole number of days`. */
  readonly message: string;
}

export type PolicyResult =
  | { readonly ok: true; readonly policy: DunningPolicy }
  | { readonly ok: false; readonly errors: readonly PolicyError[]; readonly message: string };

type Column = "stage" | "fromDays" | "fee" | "minAmount" | "note" | "action" | "graceDays" | "annualRate";

const COLUMN_LABEL: Record<Column, string> = {
  stage: "stage",
  fromDays: "from days",
  fee: "fee",
  minAmount: "min amount",
  note: "note",
  action: "action",
  graceDays: "grace days",
  annualRate: "annual rate",
};

/** Header words (spaces, `_`, `-`, `.` and case ignored) that name each column. */
const HEADER_SYNONYMS: Record<Column, readonly string[]> = {
  stage: ["stage", "name", "level", "阶段", "催款阶段", "级别"],
  fromDays: ["fromdays", "fromdaysoverdue", "from", "days", "daysoverdue", "threshold", "起始天数", "逾期天数", "天数"],
  fee: ["fee", "fees", "charge", "费用", "手续费", "催款费"],
  minAmount: ["minamount", "minimumamount", "min", "minimum", "最低金额", "最小金额"],
  note: ["note", "notes", "description", "备注", "说明"],
  action: ["action", "followup", "channel", "task", "跟进", "跟进方式", "动作"],
  graceDays: ["gracedays", "grace", "宽限天数", "宽限期"],
  annualRate: ["annualrate", "interestrate", "rate", "年利率", "利率"],
};

const POSITIONAL: readonly Column[] = ["stage", "fromDays", "fee", "minAmount"];

/** A policy header as the synonyms spell it: folded like the ledger's headers, brackets dropped too ("From (days)"). */
function policyHeaderKey(text: string): string {
  // NFKC in normalizeHeader has already turned full-width brackets into ASCII ones.
  return normalizeHeader(text).replace(/[()]/g, "");
}

function headerColumns(row: readonly RawCell[]): Map<number, Column> | undefined {
  const found = new Map<number, Column>();
  row.forEach((cell, index) => {
    if (typeof cell !== "string") return;
    const key = policyHeaderKey(cell);
    for (const column of Object.keys(HEADER_SYNONYMS) as Column[]) {
      if (HEADER_SYNONYMS[column].includes(key) && ![...found.values()].includes(column)) {
        found.set(index, column);
        return;
      }
    }
  });
  const columns = [...found.values()];
  return columns.includes("stage") && columns.includes("fromDays") ? found : undefined;
}

/**
 * Reads a dunning policy from a range: columns stage, from-days[, fee, min amount], with or without
 * a header row. With a header row, columns are found by name (also note, grace days, annual rate).
 * A `None` row and blank rows are skipped; rows may come in any order. Values not in the range
 * come from `base` (default {@link DEFAULT_POLICY}).
 *
 * @example
 * policyFromRows([["Reminder 1", 1], ["Final notice", 30, 25]])
 * //=> { ok: true, policy: { stages: [{ name: "Reminder 1", fromDays: 1, fee: "0" }, …], graceDays: 0, … } }
 * policyFromRows([["Reminder 1", "soon"]]).message
 * //=> 'Dunning policy row 1, from days: "soon" is not a whole number of days'
 */
export function policyFromRows(rows: readonly (readonly RawCell[])[], base: DunningPolicy = DEFAULT_POLICY): PolicyResult {
  const errors: PolicyError[] = [];
  const fail = (row: number, column: Column, value: string, problem: PolicyProblem, params: PolicyParams = {}): void => {
    const label = COLUMN_LABEL[column];
    const reason = POLICY_PROBLEMS[problem].en(params);
    errors.push({ row, column: label, value, reason, problem, params, message: `Dunning policy row ${row}, ${label}: "${value}" ${reason}` });
  };

  let start = 0;
  let columns = new Map<number, Column>(POSITIONAL.map((column, index) => [index, column]));
  const header = rows.length > 0 ? headerColumns(rows[0]) : undefined;
  if (header) {
    columns = header;
    start = 1;
  }
  const at = (row: readonly RawCell[], column: Column): RawCell => {
    for (const [index, name] of columns) if (name === column) return row[index] ?? null;
    return null;
  };

  const stages: DunningStage[] = [];
  const seenNames = new Map<string, number>();
  const seenDays = new Map<number, number>();
  const policyLevel: Partial<Record<"minAmount" | "graceDays" | "annualRate", { text: string; row: number }>> = {};

  for (let i = start; i < rows.length; i++) {
    const row = rows[i];
    const rowNo = i + 1;
    if (isBlankRow(row)) continue;

    for (const key of ["minAmount", "graceDays", "annualRate"] as const) {
      const text = decimalCellText(at(row, key));
      if (text === "" || text === "—" || text === "-") continue;
      const ok = key === "graceDays" ? parseWholeNumber(text, 0) !== undefined : parseDecimalText(text) !== undefined;
      if (!ok) {
        fail(rowNo, key, text, key === "graceDays" ? "notWholeDaysOrZero" : "notAmount");
      } else if (policyLevel[key] === undefined) {
        policyLevel[key] = { text, row: rowNo };
      } else if (normalizedValue(policyLevel[key]!.text) !== normalizedValue(text)) {
        fail(rowNo, key, text, "differs", { other: policyLevel[key]!.text, otherRow: policyLevel[key]!.row });
      }
    }

    const name = decimalCellText(at(row, "stage"));
    if (name.toLowerCase() === "none" || name === "无") continue;
    if (name === "") {
      const fromText = decimalCellText(at(row, "fromDays"));
      if (fromText !== "") fail(rowNo, "stage", "", "stageEmpty");
      continue;
    }
    const previous = seenNames.get(name.toLowerCase());
    if (previous !== undefined) {
      fail(rowNo, "stage", name, "stageRepeated", { first: previous });
      continue;
    }
    seenNames.set(name.toLowerCase(), rowNo);

    const fromText = decimalCellText(at(row, "fromDays"));
    const fromDays = parseWholeNumber(fromText);
    if (fromDays === undefined) {
      fail(rowNo, "fromDays", fromText, fromText === "" ? "fromDaysEmpty" : "notWholeDays");
      continue;
    }
    const sameDays = seenDays.get(fromDays);
    if (sameDays !== undefined) {
      fail(rowNo, "fromDays", fromText, "thresholdRepeated", { first: sameDays });
      continue;
    }
    seenDays.set(fromDays, rowNo);

    const feeText = decimalCellText(at(row, "fee"));
    const fee = feeText === "" || feeText === "—" || feeText === "-" ? "0" : parseDecimalText(feeText);
    if (fee === undefined) {
      fail(rowNo, "fee", feeText, "notAmount");
      continue;
    }
    const note = decimalCellText(at(row, "note"));
    // No Action column at all: the stage keeps the base policy's action (Reminder 2 → phone by default).
    const hasActionColumn = [...columns.values()].includes("action");
    const actionText = decimalCellText(at(row, "action"));
    const action = hasActionColumn ? parseStageAction(actionText) : (base.stages.find((s) => s.name.toLowerCase() === name.toLowerCase())?.action ?? "");
    if (action === undefined) {
      fail(rowNo, "action", actionText, "notAction");
      continue;
    }
    stages.push({ name, fromDays, fee, ...(note === "" ? {} : { note }), ...(action === "" ? {} : { action }) });
  }

  if (errors.length === 0 && stages.length === 0) {
    errors.push({ row: 0, column: "stage", value: "", reason: POLICY_PROBLEMS.noStages.en(), problem: "noStages", params: {}, message: "Dunning policy has no stages: add at least one row with a stage and from-days" });
  }
  if (errors.length > 0) return { ok: false, errors, message: errors[0].message };

  stages.sort((a, b) => a.fromDays - b.fromDays);
  return {
    ok: true,
    policy: {
      stages,
      graceDays: policyLevel.graceDays ? parseWholeNumber(policyLevel.graceDays.text, 0)! : base.graceDays,
      minAmount: policyLevel.minAmount ? parseDecimalText(policyLevel.minAmount.text)! : base.minAmount,
      annualRate: policyLevel.annualRate ? parseDecimalText(policyLevel.annualRate.text)! : base.annualRate,
      oneStepAtATime: base.oneStepAtATime,
      daysBetweenNotices: base.daysBetweenNotices,
    },
  };
}

function normalizedValue(text: string): string {
  return parseDecimalText(text) ?? text;
}

/** Header of the `DunningPolicy` table as {@link policyToRows} writes it. */
export const POLICY_HEADER = ["Stage", "From days overdue", "Fee", "Min amount", "Note", "Action"] as const;

/**
 * The policy as the rows of the `DunningPolicy` table: a header, a `None` row (as DESIGN shows it),
 * then one row per stage. The min amount is repeated on every stage row so any row read alone is
 * complete; grace days, interest rate and one-step live in the settings key/value rows.
 * {@link policyFromRows} reads these rows back to the same stages and min amount.
 *
 * @example
 * policyToRows(DEFAULT_POLICY)[2] //=> ["Upcoming", -3, "0", "0.01", "courtesy reminder before the due date", ""]
 */
export function policyToRows(policy: DunningPolicy): RawCell[][] {
  return [
    [...POLICY_HEADER],
    ["None", "—", "0", "", "nothing to send", ""],
    ...policy.stages.map((stage): RawCell[] => [stage.name, stage.fromDays, stage.fee, policy.minAmount, stage.note ?? "", stage.action ?? ""]),
  ];
}
