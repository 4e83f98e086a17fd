/**
 * A minimal stand-in for the `CustomFunctions` global that Excel's runtime provides (as
 * test/setup/customFunctions.ts does for jest): the AR.* functions turn errors into
 * `CustomFunctions.Error` at the edge. Import this before the functions.
 */

class CustomFunctionsError extends Error {
  constructor(
    readonly code: string,
    message?: string,
  ) {
    super(message);
    this.name = "CustomFunctions.Error";
  }
}

const shim = {
  Error: CustomFunctionsError,
  ErrorCode: {
    invalidValue: "#VALUE!",
    notAvailable: "#N/A",
    divisionByZero: "#DIV/0!",
    invalidNumber: "#NUM!",
    nullReference: "#NULL!",
    invalidName: "#NAME?",
    invalidReference: "#REF!",
  },
  associate(): void {},
};

const global = globalThis as { CustomFunctions?: unknown };
if (global.CustomFunctions === undefined) global.CustomFunctions = shim;

export {};
