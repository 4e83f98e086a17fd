import { typedFlags } from "../../src/cli/flags";
import { UserError } from "../../src/cli/userError";

describe("typedFlags", () => {
  it("checks --lang as a choice", () => {
    expect(typedFlags({ lang: "zh" })).toEqual({ lang: "zh" });
    expect(typedFlags({ lang: "en" })).toEqual({ lang: "en" });
  });

  it("passes the options through, with each choice narrowed to its word", () => {
    expect(typedFlags({ type: "open-item", "date-order": "dmy", out: "x.xlsx", "include-upcoming": true })).toEqual({ type: "open-item", "date-order": "dmy", out: "x.xlsx", "include-upcoming": true });
    expect(typedFlags({})).toEqual({});
  });

  it("refuses a word a choice does not take, naming the option and its words", () => {
    expect(() => typedFlags({ type: "bogus" })).toThrow('--type must be balance-forward or open-item, not "bogus"');
    expect(() => typedFlags({ lang: "fr" })).toThrow('--lang must be en or zh, not "fr"');
    expect(() => typedFlags({ "date-order": "ymd" })).toThrow('--date-order must be mdy or dmy, not "ymd"');
    expect(() => typedFlags({ "date-order": "ymd" })).toThrow(UserError);
  });
});
