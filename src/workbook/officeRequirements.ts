/**
 * Which Excel JavaScript API requirement sets AR Desk needs, checked through an injected
 * `isSetSupported` (Office.context.requirements.isSetSupported in the add-in) so it stays pure.
 *
 * Required, ExcelApi 1.7: hyperlinks (Range.hyperlink), freeze panes, tab colour, chart series
 * categories (ChartSeries.setXAxisValues), named items' formulas (NamedItem.formula) — and,
 * implied by it, 1.4 (getItemOrNullObject, names.add, getUsedRangeOrNullObject) and 1.6
 * (suspendApiCalculationUntilNextSync).
 * Optional, ExcelApi 1.9: page layout (print area, fit to page width, print titles, orientation)
 * and suspendScreenUpdatingUntilNextSync; without it sheets are written without print setup.
 */

export type IsSetSupported = (name: string, minVersion?: string) => boolean;

export const REQUIRED_SET = { name: "ExcelApi", version: "1.7" } as const;
export const PRINT_SET = { name: "ExcelApi", version: "1.9" } as const;

export interface RequirementCheck {
  /** False when AR Desk cannot write its sheets in this Excel. */
  readonly ok: boolean;
  /** Missing required sets, e.g. ["ExcelApi 1.7"]. */
  readonly missing: string[];
  /** Features left out because an optional set is missing. */
  readonly degraded: string[];
  /** A sentence for the clerk, empty when everything is supported. */
  readonly message: string;
}

/**
 * @example checkRequirements(() => true) //=> { ok: true, missing: [], degraded: [], message: "" }
 * @example checkRequirements((_, v) => v !== "1.9").degraded //=> ["print setup (ExcelApi 1.9)", "screen updating pause (ExcelApi 1.9)"]
 */
export function checkRequirements(isSetSupported: IsSetSupported): RequirementCheck {
  const missing: string[] = [];
  const degraded: string[] = [];
  if (!isSetSupported(REQUIRED_SET.name, REQUIRED_SET.version)) missing.push(`${REQUIRED_SET.name} ${REQUIRED_SET.version}`);
  if (!isSetSupported(PRINT_SET.name, PRINT_SET.version)) {
    degraded.push(`print setup (${PRINT_SET.name} ${PRINT_SET.version})`, `screen updating pause (${PRINT_SET.name} ${PRINT_SET.version})`);
  }
  const message = missing.length
    ? `This version of Excel is too old for AR Desk: it needs ${missing.join(", ")} (Microsoft 365, Excel 2019 or later, or Excel on the web).`
    : degraded.length
      ? "This version of Excel cannot set up printing from an add-in: statements are written without print area and page fitting."
      : "";
  return { ok: missing.length === 0, missing, degraded, message };
}

/** Capabilities the Office port switches on. */
export interface OfficeCapabilities {
  readonly printSetup: boolean;
  readonly suspendScreenUpdating: boolean;
}

export function capabilitiesOf(isSetSupported: IsSetSupported): OfficeCapabilities {
  const v19 = isSetSupported(PRINT_SET.name, PRINT_SET.version);
  return { printSetup: v19, suspendScreenUpdating: v19 };
}
