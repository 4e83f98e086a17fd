/**
 * A range of the fake workbook as Excel hands it to a custom function's `any[][]` parameter.
 * Documented and reported behaviour, not our wish:
 * - an empty cell arrives as 0 in Excel desktop (Windows, Mac) and as null on the web
 *   (office-js #4702, #5262);
 * - with `allowErrorForDataTypeAny`, an error cell arrives as an error object: the runtime's
 *   `CustomFunctions.Error` (code "#N/A"), or, with data types on, an error cell value
 *   `{ type: "Error", basicValue: "#N/A", errorType: "NotAvailable" }`;
 * - a formula cell arrives as its value.
 */
import { parseRef, splitSheet } from "./a1";
import type { Scalar, WorkbookState } from "./state";

export type ArgumentHost = "desktop" | "web";
export type ErrorShape = "CustomFunctions.Error" | "data type";

const ERROR_TYPES: Readonly<Record<string, string>> = {
  "#N/A": "NotAvailable",
  "#VALUE!": "Value",
  "#DIV/0!": "Div0",
  "#NUM!": "Num",
  "#NULL!": "Null",
  "#REF!": "Ref",
  "#NAME?": "Name",
};

function errorArgument(text: string, shape: ErrorShape): unknown {
  if (shape === "data type") return { type: "Error", basicType: "Error", basicValue: text, errorType: ERROR_TYPES[text] ?? "Value" };
  // The jest setup's CustomFunctions shim stands in for the runtime's class.
  return new CustomFunctions.Error(text as CustomFunctions.ErrorCode);
}

/**
 * @example argumentOf(state, "S!A1:A2", { host: "desktop" }) //=> [[45961], [0]]   (A2 empty)
 */
export function argumentOf(state: WorkbookState, reference: string, options: { host: ArgumentHost; errors?: ErrorShape }): unknown[][] {
  const { sheet: name, ref } = splitSheet(reference);
  const sheet = state.sheetOrThrow(name ?? state.sheets[0].name);
  const rect = parseRef(ref);
  const out: unknown[][] = [];
  for (let r = rect.top; r <= rect.bottom; r++) {
    const row: unknown[] = [];
    for (let c = rect.left; c <= rect.right; c++) {
      const cell = sheet.cell(r, c);
      const shown: Scalar | undefined = cell?.value ?? cell?.result;
      if (cell?.error !== undefined) row.push(errorArgument(cell.error, options.errors ?? "CustomFunctions.Error"));
      else if (typeof shown === "string" && /^#[A-Z/0!?]+/.test(shown) && cell?.formula !== undefined) row.push(errorArgument(shown, options.errors ?? "CustomFunctions.Error"));
      else if (shown === undefined) row.push(options.host === "desktop" ? 0 : null);
      else row.push(shown);
    }
    out.push(row);
  }
  return out;
}
