import { placeholdersOf, renderTemplate, withoutEmptyLines } from "../../../src/core/reminders/renderTemplate";

describe("renderTemplate", () => {
  it("returns the template with placeholders filled", () => {
    expect(renderTemplate("Dear {{customerName}}, you owe {{ overdueTotal }}.", { customerName: "Acme", overdueTotal: "USD 5.00" })).toBe(
      "Dear Acme, you owe USD 5.00.",
    );
  });
  it("returns unknown placeholders visible", () => {
    expect(renderTemplate("Hi {{custmerName}}", { customerName: "Acme" })).toBe("Hi {{custmerName}}");
  });
  describe("edge cases", () => {
    it("never evaluates anything and never re-expands values", () => {
      const values = { customerName: "{{companyName}}", companyName: "X", constructor: "c" };
      expect(renderTemplate("{{customerName}} ${1+1} {{toString}} {{__proto__}} {{constructor}}", values)).toBe("{{companyName}} ${1+1} {{toString}} {{__proto__}} c");
    });
    it("inserts values with $ patterns literally", () => {
      expect(renderTemplate("{{a}}", { a: "$& $1 $$" })).toBe("$& $1 $$");
    });
    it("leaves malformed braces alone", () => {
      expect(renderTemplate("{{ }} {customerName} {{1x}}", { customerName: "A" })).toBe("{{ }} {customerName} {{1x}}");
    });
  });
});

describe("placeholdersOf", () => {
  it("returns placeholder names in order of first use", () => {
    expect(placeholdersOf("{{b}} {{a}} {{b}}")).toEqual(["b", "a"]);
  });
});

describe("withoutEmptyLines", () => {
  it("drops a line holding only an empty placeholder, and keeps lines with other text or a filled value", () => {
    const template = "Overdue: 5\n{{fees}}\nTotal: {{empty}}\n  {{filled}}  \n{{unknown}}";
    expect(withoutEmptyLines(template, { fees: "", empty: "", filled: "x" })).toBe("Overdue: 5\nTotal: {{empty}}\n  {{filled}}  \n{{unknown}}");
  });
});
