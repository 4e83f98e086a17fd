/** Excel's 1900-system serial of 1970-01-01: a day number plus this is a date cell value. */
export const SERIAL_OF_EPOCH = 25569;

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days since 1970-01-01 (H. Hinnant's days_from_civil): arithmetic only, no Date, no time zone. */
export function daysFromCivil(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** Inverse of {@link daysFromCivil}. */
export function civilFromDays(day: number): { y: number; m: number; d: number } {
  const z = day + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return { y: yoe + era * 400 + (m <= 2 ? 1 : 0), m, d };
}

/** Day number of an ISO date text, or undefined when it is not a real date. */
export function dayFromIso(text: string): number | undefined {
  const match = ISO.exec(text);
  if (!match) return undefined;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const day = daysFromCivil(y, m, d);
  const back = civilFromDays(day);
  return back.y === y && back.m === m && back.d === d ? day : undefined;
}

/** "YYYYMMDD" of a day number, for payment references. */
export function compactDate(day: number): string {
  const { y, m, d } = civilFromDays(day);
  return `${y}${String(m).padStart(2, "0")}${String(d).padStart(2, "0")}`;
}
