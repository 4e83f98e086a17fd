import { DEFAULT_SETTINGS } from "../../src/core/settings";
import { previewTemplate, TEMPLATE_PLACEHOLDERS } from "../../src/flows/templatePreview";
import { day } from "../core/builders";

const SETTINGS = { ...DEFAULT_SETTINGS, company: { ...DEFAULT_SETTINGS.company, name: "Desk Supplies Ltd" } };

describe("TEMPLATE_PLACEHOLDERS", () => {
  it("lists each placeholder of the default templates once, as the clerk types it", () => {
    expect(TEMPLATE_PLACEHOLDERS).toEqual(expect.arrayContaining(["{{customerName}}", "{{invoiceTable}}", "{{paymentInstructions}}", "{{companyName}}"]));
    expect(new Set(TEMPLATE_PLACEHOLDERS).size).toBe(TEMPLATE_PLACEHOLDERS.length);
    for (const p of TEMPLATE_PLACEHOLDERS) expect(p).toMatch(/^\{\{[A-Za-z]+\}\}$/);
  });
});

describe("previewTemplate", () => {
  // The renderer ends the text with a line break: compared without it.
  it("renders the clerk's template on a sample customer in its language", () => {
    const en = previewTemplate({ stage: "Reminder 1", language: "en", subject: "Overdue: {{customerName}}", body: "Dear {{contact}}, from {{companyName}}" }, SETTINGS, day("2026-10-31"));
    expect(en.subject).toBe("Overdue: Acme Ltd");
    expect(en.text.trimEnd()).toBe("Dear Jane Smith, from Desk Supplies Ltd");
    const zh = previewTemplate({ stage: "Reminder 1", language: "zh", subject: "逾期：{{customerName}}", body: "{{contact}}您好" }, SETTINGS, day("2026-10-31"));
    expect([zh.subject, zh.text.trimEnd()]).toEqual(["逾期：华东贸易有限公司", "王经理您好"]);
  });

  it("shows a logged notice in {{history}} past the first reminder, none at Reminder 1", () => {
    const template = (stage: string) => ({ stage, language: "en" as const, subject: "s", body: "[{{history}}]" });
    expect(previewTemplate(template("Reminder 1"), SETTINGS, day("2026-10-31")).text.trimEnd()).toBe("[]");
    // The sample's earlier notice is dated 14 days before the as-of day.
    expect(previewTemplate(template("Final notice"), SETTINGS, day("2026-10-31")).text).toContain("2026-10-17");
  });

  it("escapes the customer's text in the HTML part", () => {
    const html = previewTemplate({ stage: "Reminder 1", language: "en", subject: "s", body: "<b>{{customerName}}</b>" }, SETTINGS, day("2026-10-31")).html;
    expect(html).toContain("&lt;b&gt;Acme Ltd&lt;/b&gt;");
  });
});
