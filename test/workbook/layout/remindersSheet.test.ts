import fc from "fast-check";
import { MAX_MAILTO_LENGTH, encodeMailtoValue, mailtoLink } from "../../../src/workbook/layout/mailto";
import { CALLS_HEADERS, REMINDERS_HEADERS, remindersSheet } from "../../../src/workbook/layout/remindersSheet";
import type { Reminder } from "../../../src/core/reminders";
import { renderReminder } from "../../../src/core/reminders/renderReminder";
import { readLanguage } from "../../../src/core/ledger/_lib/values";
import { cellAt, customer, day, rowValues, settings } from "./fixtures";

function reminder(overrides: Partial<Reminder> = {}): Reminder {
  const invoice = { invoiceNo: "INV-1", invoiceDate: day("2026-08-15"), dueDate: day("2026-09-14"), daysOverdue: 47, amount: 100000, open: 60000, stage: "Final notice", fee: 1500, interest: 250 };
  return {
    customer: customer(),
    asOf: day("2026-10-31"),
    stage: "Final notice",
    language: "en",
    email: "ap@acme.example",
    groups: [{ currency: "USD", invoices: [invoice], overdueTotal: 60000, totalDue: 60000, fees: 1500, interest: 250, totalToPay: 61750, unapplied: 0, stage: "Final notice" }],
    notices: [],
    calls: [],
    ...overrides,
  };
}

/** Decodes the query of a mailto link the way a mail client does. */
function parse(link: string): { to: string; subject?: string; body?: string } {
  const [head, query = ""] = link.slice("mailto:".length).split("?");
  const params = new Map(query.split("&").filter(Boolean).map((kv) => kv.split("=") as [string, string]));
  const dec = (v?: string): string | undefined => (v === undefined ? undefined : decodeURIComponent(v));
  return { to: decodeURIComponent(head), subject: dec(params.get("subject")), body: dec(params.get("body")) };
}

describe("mailtoLink", () => {
  it("percent-encodes subject and body as UTF-8 with CRLF line breaks", () => {
    expect(mailtoLink("ap@acme.example", "Reminder: USD 1,200.00 overdue", "Dear Jane,\nPlease pay.")).toBe(
      "mailto:ap@acme.example?subject=Reminder%3A%20USD%201%2C200.00%20overdue&body=Dear%20Jane%2C%0D%0APlease%20pay.",
    );
    expect(mailtoLink("ap@acme.example", "付款提醒 & 对账", "")).toBe(
      "mailto:ap@acme.example?subject=%E4%BB%98%E6%AC%BE%E6%8F%90%E9%86%92%20%26%20%E5%AF%B9%E8%B4%A6",
    );
  });

  it("encodes characters that would end or split the query", () => {
    const link = mailtoLink("a.b+c@x.example", "a&b=c?d#e%f", "line1\r\nline2")!;
    expect(link).not.toMatch(/[#\s]/);
    expect(parse(link)).toEqual({ to: "a.b+c@x.example", subject: "a&b=c?d#e%f", body: "line1\r\nline2" });
  });

  it("keeps a long body under Excel's link limit, cut at a line break", () => {
    const body = Array.from({ length: 200 }, (_, i) => `第${i}行 invoice line`).join("\n");
    const link = mailtoLink("ap@acme.example", "Subject", body)!;
    expect(link.length).toBeLessThanOrEqual(MAX_MAILTO_LENGTH);
    expect(parse(link).body).toMatch(/^第0行 invoice line\r\n.*\r\n…$/s);
  });

  describe("edge cases", () => {
    it("gives no link for an unusable address", () => {
      expect(mailtoLink("not an email", "s")).toBeUndefined();
      expect(mailtoLink("a@b.example?cc=evil@x.example", "s")).toBeUndefined();
      expect(mailtoLink("a@b.example\r\nBcc: x@y", "s")).toBeUndefined();
    });
    it("never throws and round-trips any subject (property)", () => {
      fc.assert(
        fc.property(fc.string({ unit: "binary", maxLength: 60 }), fc.string({ unit: "binary", maxLength: 200 }), (subject, body) => {
          const link = mailtoLink("ap@acme.example", subject, body)!;
          expect(link.length).toBeLessThanOrEqual(MAX_MAILTO_LENGTH);
          expect(link).toMatch(/^mailto:ap@acme\.example\?subject=[A-Za-z0-9%\-_.!~*'()]*(&body=[A-Za-z0-9%\-_.!~*'()]*)?$/);
          const decoded = parse(link).subject!;
          if (!/[\uD800-\uDFFF]/.test(subject)) expect(decoded).toBe(subject.replace(/[\r\n]+/g, " "));
        }),
        { numRuns: 100 },
      );
    });
    it("replaces lone surrogates instead of throwing", () => {
      expect(encodeMailtoValue("a\uD800b")).toBe("a%EF%BF%BDb");
      expect(encodeMailtoValue("\uDC00x")).toBe("%EF%BF%BDx");
      expect(encodeMailtoValue("a\uD83D")).toBe("a%EF%BF%BD");
      expect(encodeMailtoValue("\uD83D\uDE00")).toBe("%F0%9F%98%80");
    });
  });
});

describe("remindersSheet", () => {
  const spec = remindersSheet(
    [reminder(), reminder({ customer: customer({ id: "C002", name: "=cmd|'/c calc'!A0", language: "zh" }), language: "zh", email: undefined })],
    settings,
    { fileNames: ["C001 Final notice.eml", "C002 Final notice.eml"] },
  );
  const table = spec.tables![0];

  it("writes one row per reminder and currency with the figures and the draft's file name", () => {
    expect(table.headers).toEqual(REMINDERS_HEADERS);
    expect(rowValues(spec, table.top + 1, 1, 12)).toEqual([
      "C001", "Acme Ltd", "ap@acme.example", "English", "Final notice", "USD", 600, 15, 2.5, 617.5, 1, "C001 Final notice.eml",
    ]);
    expect(table.rowCount).toBe(2);
  });

  it("promises no .eml file when none was made (desktop Excel), only the Send link and Copy draft", () => {
    const withoutFiles = remindersSheet([reminder()], settings, { draftFiles: false });
    const note = String(cellAt(withoutFiles, 2, 1)?.value);
    expect(note).not.toMatch(/\.eml/);
    expect(note).toMatch(/Send email.*Copy draft/);
    expect(cellAt(withoutFiles, withoutFiles.tables![0].top + 1, 12)?.value ?? null).toBeNull();
    expect(String(cellAt(spec, 2, 1)?.value)).toMatch(/\.eml draft/);
  });

  it("links to a mailto: with the rendered subject", () => {
    const link = cellAt(spec, table.top + 1, REMINDERS_HEADERS.indexOf("Send") + 1)?.link ?? "";
    expect(link.startsWith("mailto:ap@acme.example?subject=")).toBe(true);
    expect(parse(link).subject).toBe(renderReminder(reminder(), settings).subject);
    expect(parse(link).body?.length).toBeGreaterThan(0);
  });

  it("has no link without an e-mail address, and keeps formula-looking names as text", () => {
    expect(cellAt(spec, table.top + 2, REMINDERS_HEADERS.indexOf("Send") + 1)).toBeUndefined();
    expect(cellAt(spec, table.top + 2, 2)?.value).toBe("=cmd|'/c calc'!A0");
  });
});

describe("remindersSheet: channel and call list", () => {
  const withEmail = reminder({ stage: "Reminder 2", action: "phone" });
  const letter = reminder({ customer: customer({ id: "C009", name: "Post Only Ltd", email: undefined, contact: "Mr Post" }), email: undefined });
  const spec = remindersSheet([withEmail, letter], settings, {
    fileNames: ["C001.eml", "Letter C009 Post Only Ltd"],
    channels: ["email", "letter"],
    calls: [{ reminder: withEmail, action: "phone", lastCall: day("2026-10-30") }],
  });
  const [drafts, calls] = spec.tables!;

  it("says how each reminder went out: email draft or printable letter", () => {
    const channel = REMINDERS_HEADERS.indexOf("Channel") + 1;
    const draft = REMINDERS_HEADERS.indexOf("Draft") + 1;
    expect([cellAt(spec, drafts.top + 1, channel)?.value, cellAt(spec, drafts.top + 2, channel)?.value]).toEqual(["email", "letter"]);
    expect(cellAt(spec, drafts.top + 2, draft)?.value).toBe("Letter C009 Post Only Ltd");
  });

  it("lists the customers to call below, with contact, email, stage, amount and the last logged call", () => {
    expect(calls.name).toBe("CallList");
    expect(calls.top).toBeGreaterThan(drafts.top + drafts.rowCount);
    expect(calls.rowCount).toBe(1);
    expect(rowValues(spec, calls.top + 1, 1, 8)).toEqual(["C001", "Acme Ltd", "Jane Doe", "ap@acme.example", "Reminder 2", "phone", "USD", 600]);
    expect(cellAt(spec, calls.top + 1, 9)?.value).toEqual({ date: day("2026-10-30") });
    expect(spec.print?.area).toBe(`A1:N${calls.top + 1}`);
  });

  it("has no call table, only a sentence, when nobody is to be called", () => {
    const none = remindersSheet([withEmail], settings, { calls: [] });
    expect(none.tables).toHaveLength(1);
    expect(none.cells.some((c) => String(c.value).startsWith("No stage in the policy asks for a call"))).toBe(true);
  });
});

describe("remindersSheet in the clerk's language", () => {
  const emailed = reminder({ stage: "Reminder 2", action: "phone", groups: [{ ...reminder().groups[0], stage: "Reminder 2" }] });
  const letter = reminder({ customer: customer({ id: "C009", name: "Post Only Ltd", email: undefined, contact: "Mr Post" }), email: undefined });
  const args = [[emailed, letter], settings, { fileNames: ["C001.eml", "Letter C009"], channels: ["email", "letter"], calls: [{ reminder: emailed, action: "visit" as const }] }] as const;
  const zh = remindersSheet(args[0], args[1], { ...args[2], language: "zh" });
  const [drafts, calls] = zh.tables!;

  it("writes title, headers, channels, stages, action and the Send text in Chinese, table names unchanged", () => {
    expect(cellAt(zh, 1, 1)?.value).toBe("催款提醒");
    expect(drafts.name).toBe("ReminderDrafts");
    expect(drafts.headers).toEqual(["客户编号", "客户名称", "邮箱", "语言", "催款阶段", "币种", "逾期金额", "费用", "利息", "应付合计", "发票数", "草稿", "方式", "发送"]);
    expect(rowValues(zh, drafts.top, 1, 14)).toEqual(drafts.headers);
    expect(rowValues(zh, drafts.top + 1, 1, 14).slice(4, 14)).toEqual(["第二次提醒", "USD", 600, 15, 2.5, 617.5, 1, "C001.eml", "邮件", "发送邮件"]);
    expect(cellAt(zh, drafts.top + 2, 13)?.value).toBe("信函");
    expect(calls.name).toBe("CallList");
    expect(calls.headers).toEqual(["客户编号", "客户名称", "联系人", "邮箱", "催款阶段", "措施", "币种", "逾期金额", "上次电话"]);
    expect(rowValues(zh, calls.top + 1, 5, 6)).toEqual(["第二次提醒", "上门拜访"]);
    expect(cellAt(zh, calls.top - 2, 1)?.value).toBe("需电话联系的客户");
  });

  it("leaves no English word in the Chinese sheet's own texts", () => {
    const own = zh.cells.filter((c) => c.row < drafts.top + 1 || (c.row >= calls.top - 2 && c.row <= calls.top)).map((c) => c.value);
    expect(own.filter((v) => typeof v === "string" && /\b(Reminders?|Customer|Channel|Send|Overdue|call|letter|email)\b/.test(v))).toEqual([]);
  });

  it("stays English by default, the same cells as language en", () => {
    const byDefault = remindersSheet(...args);
    expect(remindersSheet(args[0], args[1], { ...args[2], language: "en" })).toEqual(byDefault);
    expect(cellAt(byDefault, 1, 1)?.value).toBe("Reminders");
    expect(byDefault.tables![0].headers).toEqual(REMINDERS_HEADERS);
    expect(byDefault.tables![1].headers).toEqual(CALLS_HEADERS);
    expect(rowValues(byDefault, byDefault.tables![1].top + 1, 5, 6)).toEqual(["Reminder 2", "visit"]);
  });

  it("names each customer's language in the sheet's language, names the ledger reader takes back as that language", () => {
    const chinese = reminder({ customer: customer({ id: "C002", name: "华为", language: "zh" }), language: "zh" });
    const both = [reminder(), chinese];
    const column = (sheet: ReturnType<typeof remindersSheet>) => [5, 6].map((row) => cellAt(sheet, row, 4)?.value);
    const en = remindersSheet(both, settings, { language: "en" });
    const zhSheet = remindersSheet(both, settings, { language: "zh" });
    expect(column(en)).toEqual(["English", "中文"]);
    expect(column(zhSheet)).toEqual(["英文", "中文"]);
    expect([...column(en), ...column(zhSheet)].map((name) => readLanguage(String(name)))).toEqual(["en", "zh", "en", "zh"]);
  });

  it("labels the Send link in the clerk's language whatever the customer's; the draft it opens is in the customer's", () => {
    const chinese = reminder({ customer: customer({ id: "C002", name: "华为", language: "zh" }), language: "zh" });
    const both = [reminder(), chinese];
    const send = (sheet: ReturnType<typeof remindersSheet>) => [5, 6].map((row) => cellAt(sheet, row, 14)?.value);
    expect(send(remindersSheet(both, settings, { language: "en" }))).toEqual(["Send email", "Send email"]);
    expect(send(remindersSheet(both, settings, { language: "zh" }))).toEqual(["发送邮件", "发送邮件"]);
    const link = cellAt(remindersSheet(both, settings, { language: "en" }), 6, 14)?.link ?? "";
    expect(parse(link).subject).toBe(renderReminder(chinese, settings).subject);
    expect(parse(link).subject).toMatch(/[\u4e00-\u9fff]/);
  });

  it("says there are no drafts in Chinese", () => {
    expect(String(cellAt(remindersSheet([], settings, { language: "zh" }), 2, 1)?.value)).toBe("没有客户的发票处于催款阶段：无提醒草稿。");
  });
});
