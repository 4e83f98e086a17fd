/**
 * Test helpers: arguments shaped as Excel passes them (serials, 1×1 and n×1 matrices, null for an
 * omitted optional) and results shown as plain values with errors as "#CODE message".
 */
import { dayFromCivil } from "../../src/core/dates/dayNumber";
import { serialFromDay } from "../../src/core/dates/excelSerial";
import { setClock } from "../../src/functions/clock";

/** Excel serial of an ISO date. */
export function serial(iso: string): number {
  const [y, m, d] = iso.split("-").map(Number);
  return serialFromDay(dayFromCivil(y, m, d));
}

/** A single cell as Excel passes it to an `any[][]` parameter. */
export function cell(value: unknown): unknown[][] {
  return [[value]];
}

/** A one-column range. */
export function column(...values: unknown[]): unknown[][] {
  return values.map((value) => [value]);
}

type Shown = string | number | boolean | null;

/** The result with each CustomFunctions.Error shown as "#CODE message". */
export function show(result: unknown): Shown[][] {
  return (result as unknown[][]).map((row) =>
    row.map((value) => (value instanceof CustomFunctions.Error ? `${value.code} ${value.message ?? ""}`.trim() : (value as Shown))),
  );
}

/** The single value of a 1×1 result, shown. */
export function one(result: unknown): Shown {
  const shown = show(result);
  expect(shown).toHaveLength(1);
  expect(shown[0]).toHaveLength(1);
  return shown[0][0];
}

/** Pins "today" (local calendar day) for the duration of a test file. */
export function pinToday(iso: string): void {
  const [y, m, d] = iso.split("-").map(Number);
  beforeEach(() => setClock(() => new Date(y, m - 1, d, 12, 0, 0)));
  afterEach(() => setClock());
}

/**
 * A wrapper typed as Excel calls it: any values, null for an omitted optional (the TypeScript
 * signatures say `?:` because that is what the metadata plugin reads).
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function asExcel(fn: (...args: any[]) => unknown): (...args: unknown[]) => unknown {
  return fn as (...args: unknown[]) => unknown;
}
