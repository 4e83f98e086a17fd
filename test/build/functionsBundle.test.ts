/**
 * The BUILT add-in: dist/functions.js runs in a bare JavaScript context (as in Excel's
 * JavaScript-only custom functions runtime: no window, no document) and associates every id that
 * dist/functions.json declares; taskpane.html loads office.js from Microsoft's CDN and both
 * bundles (shared runtime). `npm test` builds first; run `npm run build` before this file alone.
 */
import * as fs from "fs";
import * as path from "path";
import * as vm from "vm";

const DIST = path.resolve(__dirname, "../../dist");
const NOT_BUILT = "dist/ is missing or incomplete: run npm run build first";

function distFile(name: string): string {
  const file = path.join(DIST, name);
  if (!fs.existsSync(file)) throw new Error(`${NOT_BUILT} (no dist/${name})`);
  return fs.readFileSync(file, "utf8");
}

interface Parameter {
  name: string;
  type?: string;
  dimensionality?: string;
  optional?: boolean;
}
interface FunctionMetadata {
  id: string;
  name: string;
  description?: string;
  options?: { volatile?: boolean };
  parameters: Parameter[];
  result: { type?: string; dimensionality?: string };
}

class SandboxError {
  constructor(
    readonly code: string,
    readonly message?: string,
  ) {}
}

/** Loads dist/functions.js in a fresh context holding only CustomFunctions and Office. */
function loadBundle(): Map<string, (...args: unknown[]) => unknown> {
  const associated = new Map<string, (...args: unknown[]) => unknown>();
  const CustomFunctions = {
    associate(id: string | Record<string, (...args: unknown[]) => unknown>, fn?: (...args: unknown[]) => unknown) {
      if (typeof id === "string") associated.set(id, fn!);
      else for (const [key, value] of Object.entries(id)) associated.set(key, value);
    },
    Error: SandboxError,
    ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A", divisionByZero: "#DIV/0!", invalidNumber: "#NUM!", nullReference: "#NULL!" },
  };
  const Office = { onReady: () => Promise.resolve({ host: "Excel", platform: "PC" }) };
  const context = vm.createContext({ CustomFunctions, Office });
  vm.runInContext(distFile("functions.js"), context, { filename: "dist/functions.js" });
  return associated;
}

/** An example call per id, in Excel's argument shapes, and what it must return. */
const EXAMPLES: Record<string, { args: unknown[]; result: unknown }> = {
  AGING: { args: [[[45961]], [[45991]], null], result: [["1-30"]] },
  DAYS_OVERDUE: { args: [[[45961]], [[45991]]], result: [[30]] },
  DUNNING_STAGE: { args: [[[45961]], [[100]], [[45991]], null], result: [["Final notice"]] },
  CREDIT_AVAILABLE: { args: [[[5000]], [[1200], [800]], null, null], result: [[3000]] },
  LATE_INTEREST: { args: [[[1000]], [[45961]], [[0.08]], [[45991]], null, null], result: [[6.58]] },
  AGING_SUMMARY: {
    args: [[[45961], [45990]], [[100], [50]], [[45991]], null],
    result: [["Current", "1-30", "31-60", "61-90", "90+"], [0, 150, 0, 0, 0]],
  },
};

const VOLATILE = ["AGING", "DAYS_OVERDUE", "DUNNING_STAGE", "LATE_INTEREST", "AGING_SUMMARY"];

describe("dist/functions.json", () => {
  const metadata = (): FunctionMetadata[] => JSON.parse(distFile("functions.json")).functions;

  it("lets error cells reach the functions (allowErrorForDataTypeAny at the top level)", () => {
    expect(JSON.parse(distFile("functions.json")).allowErrorForDataTypeAny).toBe(true);
  });

  it("declares the six AR functions by their ids", () => {
    expect(metadata().map((f) => f.id).sort()).toEqual(Object.keys(EXAMPLES).sort());
    for (const f of metadata()) expect(f.name).toBe(f.id);
  });

  it("takes every argument as a matrix and returns a matrix, so ranges spill", () => {
    for (const f of metadata()) {
      expect(f.result.dimensionality).toBe("matrix");
      for (const p of f.parameters) expect({ id: f.id, p: p.name, d: p.dimensionality }).toEqual({ id: f.id, p: p.name, d: "matrix" });
    }
  });

  it("marks the as_of functions volatile, and only those", () => {
    for (const f of metadata()) {
      expect({ id: f.id, volatile: Boolean(f.options?.volatile) }).toEqual({ id: f.id, volatile: VOLATILE.includes(f.id) });
      const hasAsOf = f.parameters.some((p) => p.name === "as_of");
      expect(hasAsOf).toBe(VOLATILE.includes(f.id));
    }
  });

  it("lists the DESIGN §4 parameters in order, optional ones optional", () => {
    const signature = (f: FunctionMetadata): string =>
      f.parameters.map((p) => (p.optional ? `[${p.name}]` : p.name)).join(", ");
    const byId = new Map(metadata().map((f) => [f.id, signature(f)]));
    expect(Object.fromEntries(byId)).toEqual({
      AGING: "due_date, [as_of], [edges]",
      DAYS_OVERDUE: "due_date, [as_of]",
      DUNNING_STAGE: "due_date, [balance], [as_of], [policy]",
      CREDIT_AVAILABLE: "credit_limit, balances, [customer], [balance_customers]",
      LATE_INTEREST: "balance, due_date, annual_rate, [as_of], [grace_days], [currency]",
      AGING_SUMMARY: "due_dates, balances, [as_of], [edges]",
    });
  });
});

describe("dist/functions.js", () => {
  it("associates every id in functions.json, without window or document", () => {
    const associated = loadBundle();
    const ids = (JSON.parse(distFile("functions.json")).functions as FunctionMetadata[]).map((f) => f.id);
    expect([...associated.keys()].sort()).toEqual([...ids].sort());
  });

  it.each(Object.entries(EXAMPLES))("%s is callable and answers like Excel expects", (id, example) => {
    const fn = loadBundle().get(id);
    expect(typeof fn).toBe("function");
    expect(fn!(...example.args)).toEqual(example.result);
  });

  it("returns the runtime's CustomFunctions.Error with a message", () => {
    const result = loadBundle().get("CREDIT_AVAILABLE")!([[null]], [[1]], null, null) as unknown[][];
    expect(result[0][0]).toBeInstanceOf(SandboxError);
    expect(result[0][0]).toEqual(new SandboxError("#N/A", "no credit limit set (an empty cell or 0; for a limit of zero type '0 as text)"));
  });

  it("keeps an error cell of a range to its own row of the spill, as the same error", () => {
    // Both shapes an error argument may take: the runtime's error object, and a data-type error value.
    const due = [[45961], [new SandboxError("#N/A")], [{ type: "Error", basicValue: "#DIV/0!", errorType: "Div0" }], [0]];
    const result = loadBundle().get("AGING")!(due, [[45991]], null) as unknown[][];
    expect(result).toEqual([["1-30"], [new SandboxError("#N/A", "the cell holds #N/A")], [new SandboxError("#DIV/0!")], [""]]);
  });
});

describe("dist/taskpane.html", () => {
  it("loads office.js from Microsoft's CDN before the functions and the task pane", () => {
    const html = distFile("taskpane.html");
    const scripts = [...html.matchAll(/<script\b[^>]*\bsrc=["']?([^"' >]+)/g)].map((m) => m[1]);
    expect(scripts).toEqual(["https://appsforoffice.microsoft.com/lib/1/hosted/office.js", "functions.js", "taskpane.js"]);
    expect(html).not.toMatch(/<script\b[^>]*office\.js[^>]*\b(defer|async)\b/);
    expect(html).toMatch(/id=["']?root/);
  });
});
