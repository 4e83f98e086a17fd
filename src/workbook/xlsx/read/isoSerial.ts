/**
 * ISO dates in `t="d"` cells (strict OOXML) → Excel 1900-system serials, without any Date object.
 */

import { isValidCivil, unsafeDayFromCivil } from "../../../core/dates";

/**
 * The serial of "2026-10-31" or "2026-10-31T12:00:00" (time ignored); undefined when not ISO or
 * not a day of the calendar ("2026-02-30" is never rolled over into March).
 * @example serialFromIsoText("2025-10-31") //=> 45961
 */
export function serialFromIsoText(text: string): number | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(text);
  if (!m) return undefined;
  const [year, month, day] = [+m[1], +m[2], +m[3]];
  if (!isValidCivil(year, month, day)) return undefined;
  const serial = unsafeDayFromCivil(year, month, day) + 25569;
  return serial >= 1 ? serial : undefined;
}
