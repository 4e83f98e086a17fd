/**
 * Excel errors for the AR.* functions. The pure modules return {@link FunctionError} values
 * (no Office global needed to test them); {@link toExcel} turns them into
 * `CustomFunctions.Error` at the edge. Only #VALUE! and #N/A show their message to the user,
 * so those are the two kinds: a bad date or number, and missing data.
 */

/**
 * #VALUE! and #N/A are AR Desk's own errors; the others only pass through, unchanged, from an
 * error cell given as an argument (incomingError.ts).
 */
export type ErrorKind = "#VALUE!" | "#N/A" | "#DIV/0!" | "#NUM!" | "#NULL!";

/** A cell result that is an Excel error with a message. */
export class FunctionError {
  constructor(
    readonly kind: ErrorKind,
    readonly message: string,
  ) {}
}

/** #VALUE! with a message: the argument is there but is not a usable date, number or list. */
export function valueError(message: string): FunctionError {
  return new FunctionError("#VALUE!", message);
}

/** #N/A with a message: data the answer needs is missing (e.g. no credit limit set). */
export function notAvailable(message: string): FunctionError {
  return new FunctionError("#N/A", message);
}

export function isFunctionError(value: unknown): value is FunctionError {
  return value instanceof FunctionError;
}

/** What a cell of a function's result may hold before it goes to Excel. */
export type Output = string | number | FunctionError;

/**
 * Turns a core guard's throw (e.g. `validateEdges` on bad edges) into #VALUE! with the core's
 * message. Call it only around core calls that throw on bad input; a non-Error is rethrown.
 */
export function errorFromThrown(error: unknown): FunctionError {
  if (error instanceof Error) return valueError(error.message);
  throw error;
}

/** Excel's error for a {@link FunctionError}. Needs the `CustomFunctions` global (Excel or the test shim). */
export function toExcelError(error: FunctionError): CustomFunctions.Error {
  switch (error.kind) {
    case "#N/A":
      return new CustomFunctions.Error(CustomFunctions.ErrorCode.notAvailable, error.message);
    case "#VALUE!":
      return new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, error.message);
    // Only #VALUE! and #N/A carry a message (Microsoft's docs); the others go without one.
    case "#DIV/0!":
      return new CustomFunctions.Error(CustomFunctions.ErrorCode.divisionByZero);
    case "#NUM!":
      return new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidNumber);
    case "#NULL!":
      return new CustomFunctions.Error(CustomFunctions.ErrorCode.nullReference);
  }
}

/** A result matrix as Excel takes it: errors become `CustomFunctions.Error`, the rest is unchanged. */
export function toExcel(result: readonly (readonly Output[])[]): (string | number | CustomFunctions.Error)[][] {
  return result.map((row) => row.map((cell) => (cell instanceof FunctionError ? toExcelError(cell) : cell)));
}
