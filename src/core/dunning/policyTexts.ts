/**
 * Why a value in a dunning policy range cannot be used, in English and in Chinese: policyFromRows
 * gives each problem a stable code, its `reason` is the English text, and the AR Settings issue
 * that carries it is shown in the clerk's language (core/ledger's issue texts).
 */
export type PolicyParams = Readonly<Record<string, string | number>>;

export const POLICY_PROBLEMS = {
  notWholeDaysOrZero: { en: () => "is not a whole number of days ≥ 0", zh: () => "不是 ≥ 0 的整数天数" },
  notAmount: { en: () => "is not an amount ≥ 0", zh: () => "不是 ≥ 0 的金额" },
  differs: { en: (p: PolicyParams) => `differs from "${p.other}" on row ${p.otherRow}`, zh: (p: PolicyParams) => `与第 ${p.otherRow} 行的“${p.other}”不同` },
  stageEmpty: { en: () => "is empty: every row needs a stage name", zh: () => "为空：每一行都需要阶段名称" },
  stageRepeated: { en: (p: PolicyParams) => `repeats the stage on row ${p.first}`, zh: (p: PolicyParams) => `与第 ${p.first} 行的阶段重复` },
  fromDaysEmpty: { en: () => "is empty: every stage needs a from-days threshold", zh: () => "为空：每个阶段都需要起始逾期天数" },
  notWholeDays: { en: () => "is not a whole number of days", zh: () => "不是整数天数" },
  thresholdRepeated: { en: (p: PolicyParams) => `repeats the threshold on row ${p.first}`, zh: (p: PolicyParams) => `与第 ${p.first} 行的起始天数重复` },
  notAction: { en: () => "is not an action: use phone, visit or leave it empty", zh: () => "不是跟进方式：请填 phone（电话）、visit（上门）或留空" },
  noStages: { en: () => "has no stages", zh: () => "催款政策没有任何阶段" },
} satisfies Record<string, { en: (p: PolicyParams) => string; zh: (p: PolicyParams) => string }>;

export type PolicyProblem = keyof typeof POLICY_PROBLEMS;

/** A policy column's name in Chinese, for the same messages (the range's own headers may be either language). */
export const POLICY_COLUMN_ZH: Readonly<Record<string, string>> = {
  stage: "阶段", "from days": "起始逾期天数", fee: "费用", "min amount": "最低金额", note: "备注", action: "跟进方式", "grace days": "宽限天数", "annual rate": "年利率",
};
