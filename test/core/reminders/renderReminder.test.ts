import { day, customer } from "../dunning/builders";
import { DEFAULT_SETTINGS } from "../../../src/core/settings/defaults";
import type { Settings } from "../../../src/core/settings";
import { renderReminder } from "../../../src/core/reminders/renderReminder";
import { logEntriesFor } from "../../../src/core/reminders/logEntriesFor";
import type { Reminder } from "../../../src/core/reminders";

const settings: Settings = {
  ...DEFAULT_SETTINGS,
  company: { ...DEFAULT_SETTINGS.company, name: "Acme Ltd", email: "ar@acme.test", phone: "+1 555 0100" },
  payment: { bank: "Bank of Test, IBAN XX00 1234", alipay: "pay@acme.test" },
};

function reminder(overrides: Partial<Reminder> = {}): Reminder {
  return {
    customer: customer({ id: "C1", name: "Beta GmbH", contact: "Ms Lee" }),
    asOf: day("2026-10-31"),
    stage: "Reminder 2",
    language: "en",
    groups: [
      {
        currency: "USD",
        invoices: [
          { invoiceNo: "INV-1", invoiceDate: day("2026-09-01"), dueDate: day("2026-10-01"), daysOverdue: 30, amount: 120000, open: 120000, stage: "Final notice", fee: 1500, interest: 789 },
          { invoiceNo: "INV-22", invoiceDate: day("2026-09-15"), dueDate: day("2026-10-15"), daysOverdue: 16, amount: 5000, open: 5000, stage: "Reminder 2", fee: 0, interest: 0 },
        ],
        overdueTotal: 125000,
        totalDue: 125000,
        fees: 1500,
        interest: 789,
        totalToPay: 127289,
        unapplied: 0,
        stage: "Final notice",
      },
    ],
    notices: [],
    calls: [],
    ...overrides,
  };
}

describe("renderReminder", () => {
  it("returns subject and body filled with the reminder's figures (golden)", () => {
    const { subject, body } = renderReminder(reminder({ stage: "Final notice" }), settings);
    expect(subject).toBe("FINAL NOTICE: payment of USD 1,272.89 required – Acme Ltd");
    expect(body).toMatchInlineSnapshot(`
"Dear Ms Lee,

The following invoices for Beta GmbH remain unpaid as of 2026-10-31, the oldest 30 days after its due date:

Invoice  Due date    Days overdue       Balance        Fee  Interest
INV-1    2026-10-01            30  USD 1,200.00  USD 15.00  USD 7.89
INV-22   2026-10-15            16     USD 50.00   USD 0.00  USD 0.00

Overdue total: USD 1,250.00
Reminder fees: USD 15.00
Late-payment interest: USD 7.89
Total now payable: USD 1,272.89

We formally demand payment of this amount within 10 days of this notice. If we neither receive payment nor hear from you within this period, we will hand the matter to collections and may suspend deliveries on credit. The charges above are made under our terms of sale. Late-payment interest continues to accrue until payment is received.

How to pay:
Bank transfer: Bank of Test, IBAN XX00 1234
Alipay: pay@acme.test
Please quote the invoice numbers with your payment.

Sincerely,
Acme Ltd
ar@acme.test · +1 555 0100
"
`);
  });

  it("returns Chinese text for a Chinese customer, dates as 年月日 and yuan as ¥", () => {
    const r = reminder({ language: "zh", stage: "Reminder 1" });
    const cny: Reminder = { ...r, groups: [{ ...r.groups[0], currency: "CNY", fees: 0, interest: 0, totalToPay: 125000 }] };
    const { subject, body } = renderReminder(cny, settings);
    expect(subject).toBe("付款提醒：逾期款项 ¥1,250.00 – Acme Ltd");
    expect(body).toContain("截至2026年10月31日");
    expect(body).toContain("发票号");
    expect(body).toContain("支付宝：pay@acme.test");
    expect(body).not.toContain("{{");
  });

  it("signs off with the department when no company name is set, never a bare Regards, / 此致", () => {
    const unnamed: Settings = { ...settings, company: { ...settings.company, name: "", email: "", phone: "" } };
    const r = reminder({ stage: "Reminder 2" });
    expect(renderReminder(r, unnamed).body.endsWith("Regards,\nAccounts Receivable\n")).toBe(true);
    expect(renderReminder({ ...r, language: "zh", stage: "Final notice" }, unnamed).body.endsWith("此致\n敬礼！\n\n应收账款部\n")).toBe(true);
    // With a name, the name signs (and no department is added).
    expect(renderReminder(r, settings).body).toContain("Regards,\nAcme Ltd\nar@acme.test · +1 555 0100\n");
  });

  it("shows the total now payable at Reminder 2 as at the final notice: 1,250.00 + 15.00 fee + 7.89 interest", () => {
    const r = reminder({ stage: "Reminder 2" });
    expect(renderReminder(r, settings).body).toContain("Overdue total: USD 1,250.00\nReminder fees: USD 15.00\nLate-payment interest: USD 7.89\nTotal now payable: USD 1,272.89\n");
    expect(renderReminder({ ...r, language: "zh" }, settings).body).toContain("逾期合计：USD 1,250.00\n催款费用：USD 15.00\n逾期利息：USD 7.89\n现应付总额：USD 1,272.89\n");
  });

  it("keeps Overdue total and Total now payable on adjacent lines when nothing is charged (no blank fee line)", () => {
    const r = reminder({ stage: "Reminder 1" });
    const plain: Reminder = { ...r, groups: [{ ...r.groups[0], fees: 0, interest: 0, totalToPay: 125000 }] };
    expect(renderReminder(plain, settings).body).toContain("Overdue total: USD 1,250.00\nTotal now payable: USD 1,250.00\n\n");
  });

  it("returns each currency's total separately, never added together", () => {
    const r = reminder({ stage: "Reminder 1" });
    const two: Reminder = { ...r, groups: [{ ...r.groups[0], fees: 0, interest: 0 }, { ...r.groups[0], currency: "EUR", overdueTotal: 1000, fees: 0, interest: 0 }] };
    expect(renderReminder(two, settings).subject).toBe("Payment reminder: USD 1,250.00 + EUR 10.00 overdue – Acme Ltd");
  });

  describe("edge cases", () => {
    it("returns a one-line subject even when a value holds a line break", () => {
      const r = reminder({ customer: customer({ id: "C1\r\nBcc: x@evil.test" }), stage: "Collections" });
      expect(renderReminder(r, settings).subject).not.toMatch(/[\r\n]/);
    });
    it("returns no blank-line gaps when there are no fees and no payment text", () => {
      const r = reminder({ stage: "Reminder 1" });
      const plain: Reminder = { ...r, groups: [{ ...r.groups[0], fees: 0, interest: 0 }] };
      const { body } = renderReminder(plain, DEFAULT_SETTINGS);
      expect(body).not.toMatch(/\n\n\n/);
      expect(body).not.toContain("Fee");
    });
    it("names the customer once on a collections notice when the ledger keys customers by name (no \"X (X)\")", () => {
      const byName = (language: "en" | "zh") => renderReminder(reminder({ customer: customer({ id: "深圳市华强电子有限公司", name: "深圳市华强电子有限公司" }), stage: "Collections", language }), settings);
      expect(byName("zh").body).toContain("贵司（深圳市华强电子有限公司）以下款项");
      expect(byName("zh").body).not.toContain("客户编号");
      expect(byName("zh").subject).toBe("移交催收前通知 – 深圳市华强电子有限公司");
      expect(byName("en").body).toContain("The invoices below for 深圳市华强电子有限公司 remain unpaid");
      const withId = (language: "en" | "zh") => renderReminder(reminder({ stage: "Collections", language }), settings);
      expect(withId("en").subject).toBe("Notice before referral to collections – Beta GmbH (C1)");
      expect(withId("en").body).toContain("The invoices below for Beta GmbH (C1) remain unpaid");
      expect(withId("zh").body).toContain("贵司（Beta GmbH，客户编号 C1）以下款项");
    });
    it("returns the clerk's override template", () => {
      const custom: Settings = { ...settings, reminderTemplates: { "Reminder 2": { en: { subject: "Hey {{customerName}} {{unknown}}" } } } };
      expect(renderReminder(reminder(), custom).subject).toBe("Hey Beta GmbH {{unknown}}");
    });
  });
});

describe("logEntriesFor", () => {
  it("returns one log entry per listed invoice with the fee and interest charged", () => {
    expect(logEntriesFor([reminder()], day("2026-10-31"))).toEqual([
      { date: day("2026-10-31"), customerId: "C1", invoiceNo: "INV-1", stage: "Final notice", currency: "USD", amount: 120000, fee: 1500, interest: 789, channel: "email" },
      { date: day("2026-10-31"), customerId: "C1", invoiceNo: "INV-22", stage: "Reminder 2", currency: "USD", amount: 5000, fee: 0, interest: 0, channel: "email" },
    ]);
  });
});
