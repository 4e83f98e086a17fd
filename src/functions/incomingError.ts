/**
 * Error cells arriving as arguments. functions.json sets `allowErrorForDataTypeAny: true`
 * (webpack.config.js adds it: the metadata generator cannot), so Excel hands a cell holding an
 * error to the `any` parameters instead of failing the whole call; one `#N/A` inside
 * `=AR.AGING(D2:D5000)` then stays one `#N/A` in that row of the spill.
 *
 * Microsoft's docs do not spell out the shape of such an argument. Two are accepted:
 * - a `CustomFunctions.Error` (an object whose `code` is an Excel error text such as "#N/A");
 * - an error cell value as Excel's data types describe it (`allowCustomDataForDataTypeAny`,
 *   which the metadata generator sets): `{ type: "Error", basicValue: "#N/A", errorType: … }`.
 */
import { functionError, type ErrorKind, type FunctionError } from "./errors";

/** Errors a custom function may return (docs: #NAME? and #REF! are input-only). */
const PASSED_THROUGH: ReadonlySet<string> = new Set<ErrorKind>(["#VALUE!", "#N/A", "#DIV/0!", "#NUM!", "#NULL!"]);

/** Excel's error texts by the `errorType` names of its data types (ExcelApi ErrorCellValue). */
const BY_ERROR_TYPE: Readonly<Record<string, string>> = {
  NotAvailable: "#N/A",
  Value: "#VALUE!",
  Div0: "#DIV/0!",
  Num: "#NUM!",
  Null: "#NULL!",
  Name: "#NAME?",
  Ref: "#REF!",
  Spill: "#SPILL!",
  Calc: "#CALC!",
  Busy: "#BUSY!",
  Connect: "#CONNECT!",
  Blocked: "#BLOCKED!",
  Field: "#FIELD!",
  GettingData: "#GETTING_DATA",
};

/** The Excel error text an argument cell holds, or undefined when it is not an error. */
function errorTextOf(value: object): string | undefined {
  const v = value as { code?: unknown; type?: unknown; basicType?: unknown; basicValue?: unknown; errorType?: unknown };
  if (v.type === "Error" || v.basicType === "Error") {
    if (typeof v.basicValue === "string" && v.basicValue.startsWith("#")) return v.basicValue;
    if (typeof v.errorType === "string") return BY_ERROR_TYPE[v.errorType] ?? "#VALUE!";
    return "#VALUE!";
  }
  if (typeof v.code === "string" && v.code.startsWith("#")) return v.code;
  return undefined;
}

/**
 * The same error for the result cell, or undefined when `value` is not an error. Errors a custom
 * function cannot return (#REF!, #NAME?, #SPILL!, …) become #VALUE! naming the original.
 *
 * @example
 * incomingError({ type: "Error", basicValue: "#N/A" }) //=> FunctionError("#N/A", "…")
 * incomingError(new CustomFunctions.Error("#REF!"))     //=> FunctionError("#VALUE!", "the cell holds #REF!")
 * incomingError(42)                                     //=> undefined
 */
export function incomingError(value: unknown): FunctionError | undefined {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return undefined;
  const text = errorTextOf(value);
  if (text === undefined) return undefined;
  if (PASSED_THROUGH.has(text)) return functionError(text as ErrorKind, "cellHolds", { error: text });
  return functionError("#VALUE!", "cellHolds", { error: text });
}
