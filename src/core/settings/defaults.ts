import { DEFAULT_POLICY } from "../dunning/policy";
import { DEFAULT_AGING_EDGES } from "../aging/edges";
import { DEFAULT_GRADE_THRESHOLDS, DEFAULT_PROVISION_RATES } from "../metrics";
import type { CreditGradeThreshold, Settings } from "./types";

// One source for each default: the engine modules own them, settings only repeat them.
const grade = (g: "A" | "B" | "C"): CreditGradeThreshold =>
  Object.freeze({ maxAverageDaysLate: DEFAULT_GRADE_THRESHOLDS[g].maxAverageDaysLate, maxShareLate: String(DEFAULT_GRADE_THRESHOLDS[g].maxShareLate) });

/**
 * The defaults used wherever the `AR Settings` sheet is missing or silent (DESIGN §2, §3).
 * Company and bank text are empty: AR Desk never invents them.
 */
export const DEFAULT_SETTINGS: Settings = Object.freeze({
  company: Object.freeze({ name: "", addressLines: Object.freeze([]) as readonly string[], email: "", phone: "", taxId: "" }),
  payment: Object.freeze({ bank: "" }),
  agingEdges: DEFAULT_AGING_EDGES,
  agingBasis: "due",
  statement: Object.freeze({ type: "balance-forward", confirmationSlip: "auto" }),
  dunning: DEFAULT_POLICY,
  reminderTemplates: Object.freeze({}),
  columnMapping: Object.freeze({}),
  tableSources: Object.freeze({}),
  provisionRates: DEFAULT_PROVISION_RATES,
  creditGrades: Object.freeze({ A: grade("A"), B: grade("B"), C: grade("C") }),
  dsoDays: 90,
  includeUpcoming: false,
  defaultTermsDays: 30,
} satisfies Settings);
