import { DEFAULT_POLICY } from "../dunning/policy";
import type { Settings } from "./types";

/**
 * The defaults used wherever the `AR Settings` sheet is missing or silent (DESIGN §2, §3).
 * Company and bank text are empty: AR Desk never invents them.
 */
export const DEFAULT_SETTINGS: Settings = Object.freeze({
  company: Object.freeze({ name: "", addressLines: Object.freeze([]) as readonly string[], email: "", phone: "", taxId: "" }),
  payment: Object.freeze({ bank: "" }),
  agingEdges: Object.freeze([30, 60, 90]),
  agingBasis: "due",
  statement: Object.freeze({ type: "balance-forward", confirmationSlip: "auto" }),
  dunning: DEFAULT_POLICY,
  reminderTemplates: Object.freeze({}),
  columnMapping: Object.freeze({}),
  tableSources: Object.freeze({}),
  provisionRates: Object.freeze(["0.01", "0.05", "0.2", "0.5", "1"]),
  creditGrades: Object.freeze({
    A: Object.freeze({ maxAverageDaysLate: 5, maxShareLate: "0.1" }),
    B: Object.freeze({ maxAverageDaysLate: 15, maxShareLate: "0.3" }),
    C: Object.freeze({ maxAverageDaysLate: 30, maxShareLate: "0.5" }),
  }),
  dsoDays: 90,
  includeUpcoming: false,
  defaultCurrency: "USD",
  defaultTermsDays: 30,
} satisfies Settings);
