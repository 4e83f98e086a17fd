/**
 * Jest setup (package.json "setupFiles"): a stand-in for the `CustomFunctions` global that
 * Excel's runtime provides, so the AR.* wrappers can be called as Excel calls them.
 * ErrorCode values are Excel's error texts, as in the real enum; `associate` records
 * registrations in `CustomFunctions.__associated` for tests.
 */
/* eslint-disable @typescript-eslint/no-explicit-any */

const ErrorCode = {
  invalidValue: "#VALUE!",
  notAvailable: "#N/A",
  divisionByZero: "#DIV/0!",
  invalidNumber: "#NUM!",
  nullReference: "#NULL!",
  invalidName: "#NAME?",
  invalidReference: "#REF!",
} as const;

class CustomFunctionsError extends Error {
  readonly code: string;
  constructor(code: string, message?: string) {
    super(message);
    this.code = code;
    this.name = "CustomFunctions.Error";
  }
}

const associated = new Map<string, (...args: any[]) => unknown>();

const shim = {
  Error: CustomFunctionsError,
  ErrorCode,
  associate(idOrMappings: string | Record<string, (...args: any[]) => unknown>, fn?: (...args: any[]) => unknown): void {
    if (typeof idOrMappings === "string") associated.set(idOrMappings, fn!);
    else for (const [id, f] of Object.entries(idOrMappings)) associated.set(id, f);
  },
  __associated: associated,
};

if ((globalThis as any).CustomFunctions === undefined) {
  (globalThis as any).CustomFunctions = shim;
}

export {};
