/**
 * ISO dates in `t="d"` cells (strict OOXML) → Excel 1900-system serials, without any Date object.
 */

/** Days since 1970-01-01 of a civil date (proleptic Gregorian; Howard Hinnant's algorithm). */
function daysFromCivil(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/**
 * The serial of "2026-10-31" or "2026-10-31T12:00:00" (time ignored); undefined when not ISO.
 * @example serialFromIsoText("2025-10-31") //=> 45961
 */
export function serialFromIsoText(text: string): number | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(text);
  if (!m) return undefined;
  const day = daysFromCivil(+m[1], +m[2], +m[3]);
  const serial = day + 25569;
  return serial >= 1 ? serial : undefined;
}
