/**
 * Where each spec goes: its own name when free or held by a sheet AR Desk generated (which is
 * then replaced), else a free variant ("Index (2)") — never over a clerk's sheet. Deterministic,
 * so a re-run lands on the same names and replaces last run's sheets instead of piling up copies.
 */
import { uniqueSheetName } from "../layout/sheetNames";

export interface ExistingSheet {
  readonly name: string;
  readonly generated: boolean;
}

export interface SheetTargets {
  /** The name used for each spec, in order. */
  readonly names: string[];
  /** Existing generated sheets that these names replace. */
  readonly replaced: string[];
}

/**
 * @example assignSheetNames(["Index", "C001"], [{ name: "Index", generated: false }, { name: "C001", generated: true }])
 * //=> { names: ["Index (2)", "C001"], replaced: ["C001"] }
 */
export function assignSheetNames(specNames: readonly string[], existing: readonly ExistingSheet[]): SheetTargets {
  const taken = new Set(existing.filter((s) => !s.generated).map((s) => s.name));
  const generated = new Map(existing.filter((s) => s.generated).map((s) => [s.name.toLowerCase(), s.name]));
  const names: string[] = [];
  const replaced: string[] = [];
  for (const wanted of specNames) {
    const name = uniqueSheetName(wanted, taken);
    names.push(name);
    const old = generated.get(name.toLowerCase());
    if (old !== undefined) {
      replaced.push(old);
      generated.delete(name.toLowerCase());
    }
  }
  return { names, replaced };
}
