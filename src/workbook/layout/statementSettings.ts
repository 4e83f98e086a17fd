/**
 * What a statement sheet needs from the workbook's settings: the company header and the payment
 * instructions. A Pick of the full {@link Settings}, so the settings object itself can be passed.
 */
import type { Settings } from "../../core/settings";

export type StatementSheetSettings = Pick<Settings, "company" | "payment">;
