/**
 * Excel errors for the AR.* functions. The pure modules return {@link FunctionError} values
 * (no Office global needed to test them); {@link toExcel} turns them into
 * `CustomFunctions.Error` at the edge. Only #VALUE! and #N/A show their message to the user,
 * so those are the two kinds: a bad date or number, and missing data.
 */

import type { Language } from "../core/model";
import { FUNCTION_MESSAGES, type FunctionMessage, type MessageParams } from "./messages";
import { functionsLanguage } from "./language";

/**
 * #VALUE! and #N/A are AR Desk's own errors; the others only pass through, unchanged, from an
 * error cell given as an argument (incomingError.ts).
 */
export type ErrorKind = "#VALUE!" | "#N/A" | "#DIV/0!" | "#NUM!" | "#NULL!";

/** A cell result that is an Excel error with a message: `message` in English, {@link FunctionError.text} in a language. */
export class FunctionError {
  constructor(
    readonly kind: ErrorKind,
    readonly message: string,
    /** The message's code and values (messages.ts), for its Chinese text; none = English only. */
    readonly coded?: { readonly code: FunctionMessage; readonly params: MessageParams },
  ) {}

  /** The message in `language` (the Chinese text of its code; English without one). */
  text(language: Language): string {
    if (language === "en" || this.coded === undefined) return this.message;
    return FUNCTION_MESSAGES[this.coded.code].zh(this.coded.params);
  }
}

/** A FunctionError of `kind` with a coded message (messages.ts). */
export function functionError(kind: ErrorKind, code: FunctionMessage, params: MessageParams = {}): FunctionError {
  return new FunctionError(kind, FUNCTION_MESSAGES[code].en(params), { code, params });
}

/** #VALUE! with a message: the argument is there but is not a usable date, number or list. */
export function valueError(code: FunctionMessage, params: MessageParams = {}): FunctionError {
  return functionError("#VALUE!", code, params);
}

/** #N/A with a message: data the answer needs is missing (e.g. no credit limit set). */
export function notAvailable(code: FunctionMessage, params: MessageParams = {}): FunctionError {
  return functionError("#N/A", code, params);
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
  if (error instanceof Error) return valueError("thrown", { message: error.message });
  throw error;
}

/**
 * Excel's error for a {@link FunctionError}, its message in `language` (Excel's display
 * language). Needs the `CustomFunctions` global (Excel or the test shim).
 */
export function toExcelError(error: FunctionError, language: Language = "en"): CustomFunctions.Error {
  switch (error.kind) {
    case "#N/A":
      return new CustomFunctions.Error(CustomFunctions.ErrorCode.notAvailable, error.text(language));
    case "#VALUE!":
      return new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, error.text(language));
    // Only #VALUE! and #N/A carry a message (Microsoft's docs); the others go without one.
    case "#DIV/0!":
      return new CustomFunctions.Error(CustomFunctions.ErrorCode.divisionByZero);
    case "#NUM!":
      return new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidNumber);
    case "#NULL!":
      return new CustomFunctions.Error(CustomFunctions.ErrorCode.nullReference);
  }
}

/**
 * A result matrix as Excel takes it: errors become `CustomFunctions.Error` with their message in
 * `language` (default Excel's display language, language.ts), the rest is unchanged.
 */
export function toExcel(result: readonly (readonly Output[])[], language?: Language): (string | number | CustomFunctions.Error)[][] {
  // The display language is looked up only when there is an error to show (a million calls return none).
  return result.map((row) => row.map((cell) => (cell instanceof FunctionError ? toExcelError(cell, language ?? functionsLanguage()) : cell)));
}
