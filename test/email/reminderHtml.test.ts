import { day, customer } from "../core/dunning/builders";
import { DEFAULT_SETTINGS } from "../../src/core/settings/defaults";
import type { Settings } from "../../src/core/settings";
import type { Reminder } from "../../src/core/reminders";
import { renderReminder } from "../../src/core/reminders/renderReminder";
import { reminderHtml } from "../../src/email/reminderHtml";

const settings: Settings = { ...DEFAULT_SETTINGS, company: { ...DEFAULT_SETTINGS.company, name: "华瑞贸易" } };

/** A Chinese customer owing ¥18,800.00 on two invoices (12,000.00 + 6,800.00), in CNY and in USD. */
function reminder(currency: "CNY" | "USD", fee = 0): Reminder {
  return {
    customer: customer({ id: "C9", name: "上海某某贸易有限公司", language: "zh", currency }),
    asOf: day("2026-10-31"),
    stage: "Reminder 2",
    language: "zh",
    groups: [{
      currency,
      invoices: [
        { invoiceNo: "FP-1", invoiceDate: day("2026-08-01"), dueDate: day("2026-08-31"), daysOverdue: 61, amount: 1200000, open: 1200000, stage: "Collections", fee, interest: 0 },
        { invoiceNo: "FP-2", invoiceDate: day("2026-09-01"), dueDate: day("2026-10-01"), daysOverdue: 30, amount: 680000, open: 680000, stage: "Final notice", fee: 0, interest: 0 },
      ],
      overdueTotal: 1880000,
      totalDue: 1880000,
      fees: fee,
      interest: 0,
      totalToPay: 1880000 + fee,
      unapplied: 0,
      stage: "Collections",
    }],
    notices: [],
    calls: [],
  };
}

/** Every money amount in a text, as written ("¥12,000.00", "USD 50.00"). */
const amounts = (text: string): string[] => [...text.matchAll(/(?:¥|USD )[\d,]+\.\d\d/g)].map((m) => m[0]).sort();

describe("reminderHtml", () => {
  it("shows the invoice balances as the text part does: ¥12,000.00, never CNY 12,000.00", () => {
    const html = reminderHtml(reminder("CNY"), settings);
    expect(html).toContain(">¥12,000.00<");
    expect(html).toContain(">¥6,800.00<");
    expect(html).not.toContain("CNY");
    expect(html).toContain("逾期合计：¥18,800.00<br>现应付总额：¥18,800.00");
  });

  it("has exactly the amounts of the text part, fee columns included, in CNY and in USD", () => {
    for (const r of [reminder("CNY", 5000), reminder("USD")]) {
      const text = renderReminder(r, settings).body;
      expect(amounts(reminderHtml(r, settings))).toEqual(amounts(text));
    }
    // The fee column: 50.00 on FP-1, 0.00 on FP-2; total now payable 18,800.00 + 50.00.
    expect(amounts(reminderHtml(reminder("CNY", 5000), settings))).toEqual(expect.arrayContaining(["¥50.00", "¥0.00", "¥18,850.00"]));
  });

  it("signs with the department when no company name is set", () => {
    const html = reminderHtml(reminder("CNY"), { ...settings, company: { ...settings.company, name: "" } });
    expect(html).toContain("此致<br>敬礼！</p>\n<p>应收账款部</p>");
  });
});
