import { DEFAULT_POLICY } from "../../../src/core/dunning/policy";
import { placeholdersOf } from "../../../src/core/reminders/renderTemplate";
import { DEFAULT_TEMPLATES, TEMPLATE_PLACEHOLDERS, templateFor, templateStageOf } from "../../../src/core/reminders/templates";

describe("DEFAULT_TEMPLATES", () => {
  const stages = Object.keys(DEFAULT_TEMPLATES) as (keyof typeof DEFAULT_TEMPLATES)[];

  it("returns a subject and body for every stage in English and Chinese", () => {
    expect(stages).toEqual(["Upcoming", "Reminder 1", "Reminder 2", "Final notice", "Collections"]);
    for (const stage of stages) {
      for (const language of ["en", "zh"] as const) {
        const t = DEFAULT_TEMPLATES[stage][language];
        expect(t.subject.length).toBeGreaterThan(5);
        expect(placeholdersOf(t.body)).toEqual(expect.arrayContaining(["invoiceTable", "paymentInstructions", "sender", "contact"]));
      }
    }
  });

  it("returns only known placeholders", () => {
    const known = ["customerName", "customerId", "customerRef", "contact", "companyName", "sender", "companyContact", "asOf", "stage", "invoices", "invoiceTable", "overdueTotal", "totalDue", "feesAndInterest", "totalToPay", "paymentInstructions",
      "chargesNote", "maxDaysOverdue", "history", "noticeCount", "lastNoticeDate", "lastNoticeStage", "daysSinceLastNotice"];
    expect([...TEMPLATE_PLACEHOLDERS].sort()).toEqual([...known].sort());
    for (const stage of stages) for (const language of ["en", "zh"] as const) {
      const t = DEFAULT_TEMPLATES[stage][language];
      for (const name of placeholdersOf(t.subject + t.body)) expect(known).toContain(name);
    }
  });

  it("states the total now payable at every stage after the due date, in both languages, as the final notice does", () => {
    for (const stage of ["Reminder 1", "Reminder 2", "Final notice", "Collections"] as const) {
      expect(DEFAULT_TEMPLATES[stage].en.body).toContain("Total now payable: {{totalToPay}}");
      expect(DEFAULT_TEMPLATES[stage].zh.body).toContain("现应付总额：{{totalToPay}}");
    }
  });

  it("signs every letter with {{sender}}, and a Chinese 此致 is always followed by 敬礼", () => {
    for (const stage of stages) for (const language of ["en", "zh"] as const) {
      const body = DEFAULT_TEMPLATES[stage][language].body;
      expect(body).toMatch(/\{\{sender\}\}\n\{\{companyContact\}\}$/);
      if (body.includes("此致")) expect(body).toContain("此致\n敬礼！");
    }
  });

  it("thanks a Chinese customer at the end of the sentence, as a clerk writes it (…请忽略本提醒，谢谢！), never the calque 如已付款，谢谢，请忽略", () => {
    for (const stage of stages) {
      const body = DEFAULT_TEMPLATES[stage].zh.body;
      expect(body).not.toMatch(/谢谢，请忽略/);
      if (body.includes("请忽略")) expect(body).toMatch(/请忽略本提[示醒]，谢谢！/);
    }
  });

  it("names what the table lists with {{invoices}}, never a fixed 发票 / invoices (a voucher ledger lists 单据)", () => {
    for (const stage of stages) for (const language of ["en", "zh"] as const) {
      const body = DEFAULT_TEMPLATES[stage][language].body.replace(/\{\{[A-Za-z]+\}\}/g, "");
      expect([stage, language, /发票|invoice/i.test(body)]).toEqual([stage, language, false]);
    }
  });

  it("returns an escalating tone: fees and next steps from the final notice on, a phone call at Reminder 2", () => {
    expect(DEFAULT_TEMPLATES["Reminder 2"].en.body).toMatch(/call/);
    // Fees and interest are stated by their placeholders, so a notice never mentions charges it does not make.
    expect(placeholdersOf(DEFAULT_TEMPLATES["Final notice"].en.body)).toEqual(expect.arrayContaining(["feesAndInterest", "chargesNote"]));
    expect(placeholdersOf(DEFAULT_TEMPLATES["Final notice"].zh.body)).toEqual(expect.arrayContaining(["feesAndInterest", "chargesNote"]));
    expect(DEFAULT_TEMPLATES["Final notice"].en.body).toMatch(/collections/);
    expect(DEFAULT_TEMPLATES.Collections.en.subject).toMatch(/collections/);
    expect(DEFAULT_TEMPLATES.Upcoming.en.body).not.toMatch(/overdue/i);
  });

  it("never claims an earlier notice or a hand-over in its own words: history comes only from {{history}}", () => {
    for (const stage of stages) {
      const { en, zh } = DEFAULT_TEMPLATES[stage];
      expect(en.subject + en.body).not.toMatch(/despite|previous|earlier|has been handed|handed over|final notice,|we wrote/i);
      expect(zh.subject + zh.body).not.toMatch(/多次|此前|已移交|已就|在最后催款通知后/);
    }
  });
});

describe("templateStageOf", () => {
  it("returns the standard stage for a standard name in any case", () => {
    expect(templateStageOf("final NOTICE")).toBe("Final notice");
  });
  it("returns the nearest standard stage by threshold for a clerk's own stage", () => {
    const policy = { ...DEFAULT_POLICY, stages: [...DEFAULT_POLICY.stages, { name: "Lawyer", fromDays: 90, fee: "0" }, { name: "Nudge", fromDays: 7, fee: "0" }] };
    expect(templateStageOf("Lawyer", policy)).toBe("Collections");
    expect(templateStageOf("Nudge", policy)).toBe("Reminder 1");
  });
});

describe("templateFor", () => {
  it("returns the default template without overrides", () => {
    expect(templateFor("Reminder 1", "zh")).toEqual(DEFAULT_TEMPLATES["Reminder 1"].zh);
  });
  it("returns the clerk's override for the part that is set", () => {
    const t = templateFor("reminder 1", "en", { "Reminder 1": { en: { subject: "Pay up, {{customerName}}" } } });
    expect(t).toEqual({ subject: "Pay up, {{customerName}}", body: DEFAULT_TEMPLATES["Reminder 1"].en.body });
  });
});
