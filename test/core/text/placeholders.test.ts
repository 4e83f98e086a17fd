/** The catalogues' shared mechanism: parameters filled in, English plurals chosen by count. */
import { fillPlaceholders, type ParamNames, type ParamsArgs } from "../../../src/core/text";

describe("fillPlaceholders", () => {
  it("fills each {name} with its parameter, as often as it appears", () => {
    expect(fillPlaceholders("{command} does not take --{option}. See 'ar-desk {command} --help'.", { command: "check", option: "out" })).toBe(
      "check does not take --out. See 'ar-desk check --help'.",
    );
  });

  it("says 1 in the singular and every other count (0, 2, 1.5) in the plural", () => {
    const text = "{n} {n|row|rows} with money";
    expect(fillPlaceholders(text, { n: 1 })).toBe("1 row with money");
    expect(fillPlaceholders(text, { n: 0 })).toBe("0 rows with money");
    expect(fillPlaceholders(text, { n: 2 })).toBe("2 rows with money");
    expect(fillPlaceholders(text, { n: "1" })).toBe("1 row with money");
  });

  it("leaves a placeholder without its parameter as written, and text without parameters as it is", () => {
    expect(fillPlaceholders("no such file: {path}", {})).toBe("no such file: {path}");
    expect(fillPlaceholders("No data issues.")).toBe("No data issues.");
  });

  it("does not read placeholders inside the values it puts in", () => {
    expect(fillPlaceholders("{a} and {b}", { a: "{b}", b: "x" })).toBe("{b} and x");
  });
});

describe("ParamNames / ParamsArgs (compile time)", () => {
  it("reads the names of a message literal, plural forms by their name", () => {
    const names: ParamNames<"{count} {count|a|b} for {month}">[] = ["count", "month"];
    // @ts-expect-error `other` is not a parameter of this message
    const wrong: ParamNames<"{count} {count|a|b}"> = "other";
    const none: ParamsArgs<"No data issues."> = [];
    const some: ParamsArgs<"{path}"> = [{ path: "a.xlsx" }];
    expect([names, wrong, none, some]).toEqual([["count", "month"], "other", [], [{ path: "a.xlsx" }]]);
  });
});
