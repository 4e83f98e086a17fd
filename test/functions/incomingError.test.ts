import { incomingError } from "../../src/functions/incomingError";

describe("incomingError", () => {
  it("returns the same error for the errors a custom function may return", () => {
    for (const code of ["#N/A", "#VALUE!", "#DIV/0!", "#NUM!", "#NULL!"]) {
      expect(incomingError(new CustomFunctions.Error(code as CustomFunctions.ErrorCode))).toMatchObject({ kind: code as never, message: `the cell holds ${code}` });
      expect(incomingError({ type: "Error", basicValue: code })).toMatchObject({ kind: code as never, message: `the cell holds ${code}` });
    }
  });

  it("reads the errorType of a data-type error without a basicValue", () => {
    expect(incomingError({ type: "Error", errorType: "Div0" })).toMatchObject({ kind: "#DIV/0!", message: "the cell holds #DIV/0!" });
    expect(incomingError({ basicType: "Error", errorType: "NotAvailable" })).toMatchObject({ kind: "#N/A", message: "the cell holds #N/A" });
  });

  it("turns errors a function cannot return into #VALUE! naming the original", () => {
    expect(incomingError(new CustomFunctions.Error("#REF!" as CustomFunctions.ErrorCode))).toMatchObject({ kind: "#VALUE!", message: "the cell holds #REF!" });
    expect(incomingError({ type: "Error", basicValue: "#SPILL!", errorType: "Spill" })).toMatchObject({ kind: "#VALUE!", message: "the cell holds #SPILL!" });
  });

  it("edge cases: plain values, arrays and other data types are not errors", () => {
    for (const value of [0, null, undefined, "#N/A", [], { type: "Double", basicValue: 5 }, { code: 404 }]) {
      expect(incomingError(value)).toBeUndefined();
    }
  });
});
