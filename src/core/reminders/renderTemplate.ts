/** Values for a template's `{{placeholders}}`: plain text, inserted verbatim. */
export type TemplateValues = Readonly<Record<string, string>>;

const PLACEHOLDER = /\{\{\s*([A-Za-z][A-Za-z0-9_]*)\s*\}\}/g;

/**
 * Fills `{{name}}` placeholders with text. Unknown placeholders stay visible (so a typo in a
 * clerk's template shows in the draft instead of vanishing) and nothing is ever evaluated:
 * values are inserted as-is, including any `{{…}}` they contain, in one pass.
 *
 * @example
 * renderTemplate("Dear {{customerName}}, {{oops}}", { customerName: "Acme" })
 * //=> "Dear Acme, {{oops}}"
 */
export function renderTemplate(template: string, values: TemplateValues): string {
  return template.replace(PLACEHOLDER, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(values, name) ? values[name] : whole,
  );
}

/**
 * The template without the lines that hold only a placeholder whose value is empty (no fees: the
 * `{{feesAndInterest}}` line), so "Overdue total" and "Total now payable" stay on adjacent lines
 * instead of being split by a blank one. Lines with other text keep their place.
 *
 * @example
 * withoutEmptyLines("Overdue: 5\n{{fees}}\nTotal: 5", { fees: "" }) //=> "Overdue: 5\nTotal: 5"
 */
export function withoutEmptyLines(template: string, values: TemplateValues): string {
  return template
    .split("\n")
    .filter((line) => {
      const only = /^[ \t]*\{\{\s*([A-Za-z][A-Za-z0-9_]*)\s*\}\}[ \t]*$/.exec(line);
      return !(only && values[only[1]] === "");
    })
    .join("\n");
}

/** Names of the placeholders a template uses, in order of first use. */
export function placeholdersOf(template: string): string[] {
  const names: string[] = [];
  for (const match of template.matchAll(PLACEHOLDER)) if (!names.includes(match[1])) names.push(match[1]);
  return names;
}
