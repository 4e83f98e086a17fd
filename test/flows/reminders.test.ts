/**
 * The reminders job: honest letters (empty log vs logged history, in English and Chinese, read
 * back from the .eml with mailparser), printable letters for customers without email, "not sent"
 * with letters off, the call list and logged calls, and counts that agree everywhere.
 */
import { simpleParser } from "mailparser";
import { customer, day, invoice, ledger } from "../core/dunning/builders";
import type { DunningLogEntry } from "../../src/core/dunning";
import { issueText } from "../../src/core/ledger";
import type { Language } from "../../src/core/model";
import { logCall, remindersJob, type RemindersRun } from "../../src/flows/reminders";
import { sessionOf } from "./_lib/remindersSession";

const textOf = async (run: RemindersRun, customerId: string): Promise<string> => {
  const draft = run.drafts.find((d) => d.reminder.customer.id === customerId)!;
  const parsed = await simpleParser(draft.eml!);
  return (parsed.text ?? "").replace(/\s+/g, " ");
};

/** One customer with one invoice of 1,000.00 due 2026-10-01, in the given language. */
function oneInvoice(language: Language, email = "ap@c1.example") {
  return ledger({
    customers: [customer({ id: "C1", name: language === "zh" ? "华夏贸易" : "Gamma GmbH", language, ...(email ? { email } : {}), contact: language === "zh" ? "王经理" : "Ms Lee" })],
    invoices: [invoice({ no: "INV-1", customer: "C1", date: "2026-09-01", due: "2026-10-01", amount: "1000" })],
  });
}

// Days after the due date (2026-10-01) at which each stage is first reached with the default thresholds.
const FIRST_DAY: Record<string, { asOf: string; days: number }> = {
  "Reminder 1": { asOf: "2026-10-02", days: 1 },
  "Reminder 2": { asOf: "2026-10-16", days: 15 },
  "Final notice": { asOf: "2026-10-31", days: 30 },
  Collections: { asOf: "2026-11-30", days: 60 },
};

describe("a first notice at each stage (empty log) is accurate on its own", () => {
  for (const [stage, { asOf, days }] of Object.entries(FIRST_DAY)) {
    it(`${stage}, English: no earlier notice claimed, consequences in the future tense`, async () => {
      const run = remindersJob(sessionOf(oneInvoice("en")), day(asOf));
      expect(run.reminders.map((r) => r.stage)).toEqual([stage]);
      const text = await textOf(run, "C1");
      expect(text).not.toMatch(/despite|previous|earlier|we wrote|has been handed|handed over|our last notice/i);
      if (stage !== "Reminder 1") expect(text).toContain(`remain unpaid as of ${asOf}, the oldest ${days} days after its due date`);
      if (stage === "Final notice") expect(text).toContain("we will hand the matter to collections");
      if (stage === "Collections") expect(text).toContain("Unless we receive the full amount within 7 days of this notice, we will hand the account to our collections agency / legal counsel");
    });
    it(`${stage}, Chinese: 不声称此前的通知，后果用将来时`, async () => {
      const run = remindersJob(sessionOf(oneInvoice("zh")), day(asOf));
      const text = await textOf(run, "C1");
      expect(text).not.toMatch(/多次|此前|已移交|致函贵司|距上次通知/);
      if (stage !== "Reminder 1") expect(text).toContain(`最早一笔已逾期${days}天`);
      if (stage === "Final notice") expect(text).toContain("我司将把此事移交催收处理");
      if (stage === "Collections") expect(text).toContain("如自本通知发出之日起7日内仍未收到全部款项，我司将把贵司账户移交催收机构/法律顾问处理");
    });
  }
});

describe("a notice with history quotes the logged notices with their dates", () => {
  // Reminder 1 on 10-02, Reminder 2 on 10-16, then the final notice on 10-31.
  async function third(language: Language): Promise<string> {
    let log: DunningLogEntry[] = [];
    for (const asOf of ["2026-10-02", "2026-10-16"]) log = remindersJob(sessionOf(oneInvoice(language), log), day(asOf)).log;
    return textOf(remindersJob(sessionOf(oneInvoice(language), log), day("2026-10-31")), "C1");
  }
  it("English", async () => {
    expect(await third("en")).toContain(
      "We wrote to you about these invoices on 2026-10-02 (Reminder 1) and 2026-10-16 (Reminder 2); our last notice was 15 days ago.",
    );
  });
  it("Chinese", async () => {
    expect(await third("zh")).toContain("我司已于2026年10月2日（第一次付款提醒）、2026年10月16日（第二次付款提醒）就上述发票致函贵司，距上次通知已15天。");
  });
  it("a same-day re-run does not quote the notice it re-makes", async () => {
    const first = remindersJob(sessionOf(oneInvoice("en")), day("2026-10-16"));
    const again = remindersJob(sessionOf(oneInvoice("en"), first.log), day("2026-10-16"));
    expect(await textOf(again, "C1")).not.toMatch(/we wrote/i);
    expect(again.newLogEntries).toEqual([]);
  });
});

describe("customers without a usable email", () => {
  it("get a printable letter, logged with channel letter and charged once", () => {
    const run = remindersJob(sessionOf(oneInvoice("en", "")), day("2026-10-16"));
    expect(run.counts).toEqual({ email: 0, letter: 1, "not sent": 0 });
    expect(run.drafts[0].channel).toBe("letter");
    expect(run.letters.map((s) => s.name)).toEqual(["Letter C1 Gamma GmbH"]);
    const texts = run.letters[0].cells.map((c) => String(c.value));
    expect(texts).toContain("Payment overdue: USD 1,000.00 – please pay within 7 days – Desk Supplies Ltd");
    expect(texts).toContain("INV-1");
    expect(run.letters[0].print?.fitToWidth).toBe(true);
    // Reminder 2 fee 10.00 on INV-1; interest 1,000 × 8 % × 15 / 365 = 3.287… → 3.29.
    expect(run.newLogEntries.map((e) => [e.invoiceNo, e.stage, e.channel, e.fee, e.interest])).toEqual([["INV-1", "Reminder 2", "letter", 1000, 329]]);
    // A blank address is the expected way to ask for letters: no warning.
    expect(run.issues).toEqual([]);
  });

  it("in a Chinese run, the letter's tab is named in Chinese and listed so on the Reminders sheet; the letter stays in its customer's language", () => {
    const run = remindersJob(sessionOf(oneInvoice("en", "")), day("2026-10-16"), { language: "zh" });
    expect(run.letters.map((s) => s.name)).toEqual(["信函 C1 Gamma GmbH"]);
    expect(run.sheets[0].cells.find((c) => c.col === 12 && c.value === "信函 C1 Gamma GmbH")).toBeDefined();
    expect(run.letters[0].cells.map((c) => String(c.value))).toContain("Payment overdue: USD 1,000.00 – please pay within 7 days – Desk Supplies Ltd");
  });
  it("a filled but unusable address still gets a letter, and a warning naming its row", () => {
    const run = remindersJob(sessionOf(oneInvoice("en", "ap at c1")), day("2026-10-16"));
    expect(run.counts.letter).toBe(1);
    expect(run.issues.map((i) => [i.sheet, i.row, i.column, i.value, i.reason])).toEqual([
      ["Customers", 2, "Email", "ap at c1", "no usable email address for C1: a printable letter was made instead"],
    ]);
    expect(issueText(run.issues[0], "zh")).toBe("客户 C1 没有可用的邮箱地址：已改为生成可打印的信函");
  });
  it("with letters off, are listed as not sent: no entry in the log, no fee, and a warning naming the row", () => {
    const run = remindersJob(sessionOf(oneInvoice("en", "not-an-address")), day("2026-10-16"), { letters: false });
    expect(run.counts).toEqual({ email: 0, letter: 0, "not sent": 1 });
    expect(run.letters).toEqual([]);
    expect(run.newLogEntries).toEqual([]);
    expect(run.issues.map((i) => [i.sheet, i.row, i.column, i.value])).toEqual([["Customers", 2, "Email", "not-an-address"]]);
    expect(issueText(run.issues[0], "zh")).toBe("客户 C1 没有可用的邮箱地址：未发送（信函已关闭），不记录、不收费");
    const channelCol = run.sheets[0].tables![0].headers.indexOf("Channel") + 1;
    expect(run.sheets[0].cells.find((c) => c.col === channelCol && c.row === run.sheets[0].tables![0].top + 1)?.value).toBe("not sent");
    // The next run charges the fee, because nothing was charged before.
    const later = remindersJob(sessionOf(oneInvoice("en", "ap@c1.example"), run.log), day("2026-10-17"));
    expect(later.newLogEntries.map((e) => e.fee)).toEqual([1000]);
  });
});

describe("the call list", () => {
  it("lists customers at a stage whose policy asks for a call; a logged call shows there and in the next letter, and charges nothing", async () => {
    const book = oneInvoice("en");
    const first = remindersJob(sessionOf(book), day("2026-10-16"));
    expect(first.calls.map((c) => [c.reminder.customer.id, c.action, c.lastCall])).toEqual([["C1", "phone", undefined]]);
    const called = logCall(sessionOf(book, first.log), day("2026-10-18"), "c1")!;
    expect(called.newLogEntries.map((e) => [e.invoiceNo, e.stage, e.channel, e.fee, e.interest])).toEqual([["INV-1", "Reminder 2", "phone", 0, 0]]);
    const next = remindersJob(sessionOf(book, called.log), day("2026-10-20"));
    expect(next.calls[0].lastCall).toBe(day("2026-10-18"));
    // The call is not a notice: no fee is skipped or charged because of it.
    expect(next.newLogEntries.map((e) => e.fee)).toEqual([0]);
    expect(await textOf(next, "C1")).toContain("We wrote to you about these invoices on 2026-10-16 (Reminder 2); our last notice was 4 days ago. We also spoke to you by phone on 2026-10-18.");
  });
  it("hands back the whole log as the Dunning log sheet both hosts write", () => {
    const book = oneInvoice("en");
    const first = remindersJob(sessionOf(book), day("2026-10-16"));
    const called = logCall(sessionOf(book, first.log), day("2026-10-18"), "C1", { channel: "visit" });
    // One notice row from the run, then the visit.
    expect(called?.sheet.name).toBe("Dunning log");
    expect(called?.sheet.tables?.[0]).toMatchObject({ name: "DunningLog", rowCount: 2 });
    expect(called?.log.map((e) => e.channel)).toEqual(["email", "visit"]);
  });
  it("has nobody to call for a customer with nothing due", () => {
    expect(logCall(sessionOf(oneInvoice("en")), day("2026-09-30"), "C1")).toBeUndefined();
  });
});

describe("the Reminders sheet follows the clerk's language, the draft its customer's", () => {
  it("a Chinese run writes the sheet in Chinese and leaves an English customer's draft in English", async () => {
    const session = sessionOf(oneInvoice("en"));
    const zh = remindersJob(session, day("2026-10-16"), { language: "zh" });
    const sheet = zh.sheets[0];
    expect([sheet.name, sheet.tables![0].name]).toEqual(["Reminders", "ReminderDrafts"]);
    expect(sheet.cells.find((c) => c.row === 1 && c.col === 1)?.value).toBe("催款提醒");
    expect(sheet.tables![0].headers.slice(0, 2)).toEqual(["客户编号", "客户名称"]);
    const en = remindersJob(session, day("2026-10-16"));
    expect(await textOf(zh, "C1")).toBe(await textOf(en, "C1"));
    expect(en.sheets[0].cells.find((c) => c.row === 1 && c.col === 1)?.value).toBe("Reminders");
  });

  it("names each draft's file with the stage in the clerk's language, whatever the customer's", () => {
    // 2026-10-16 is 15 days after the due date: Reminder 2 (第二次提醒).
    const fileName = (language: Language, customerLanguage: Language) =>
      remindersJob(sessionOf(oneInvoice(customerLanguage)), day("2026-10-16"), { language }).drafts[0].fileName;
    expect(fileName("zh", "en")).toBe("C1 Gamma GmbH - 第二次提醒.eml");
    expect(fileName("zh", "zh")).toBe("C1 华夏贸易 - 第二次提醒.eml");
    expect(fileName("en", "zh")).toBe("C1 华夏贸易 - Reminder 2.eml");
    const zh = remindersJob(sessionOf(oneInvoice("en")), day("2026-10-16"), { language: "zh" });
    expect(zh.sheets[0].cells.find((c) => c.value === "C1 Gamma GmbH - 第二次提醒.eml")?.col).toBe(12);
  });

  it("reads back a Chinese draft's headers as written, through a MIME parser (RFC 2047 words, nothing raw)", async () => {
    const run = remindersJob(sessionOf(oneInvoice("zh")), day("2026-10-16"));
    const draft = run.drafts[0];
    const head = draft.eml!.slice(0, draft.eml!.indexOf("\r\n\r\n"));
    // Only ASCII in the head: every Chinese header value is an encoded-word.
    expect(head).toMatch(/^[\x20-\x7e\r\n]*$/);
    expect(head).toMatch(/^Subject: =\?UTF-8\?B\?/m);
    const parsed = await simpleParser(draft.eml!);
    expect(parsed.subject).toBe(draft.subject);
    expect(parsed.subject).toContain("逾期付款提醒");
    const to = Array.isArray(parsed.to) ? parsed.to[0] : parsed.to;
    expect(to?.value[0]).toEqual({ name: "华夏贸易", address: "ap@c1.example" });
    expect(parsed.text).toContain("华夏贸易");
  });
});
