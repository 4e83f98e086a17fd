import { buildEml, EmailError, escapeHtml, type EmailDraft } from "../../src/email";
import { decodeWords, mailboxes, parse, rawHeaderNames } from "./roundTrip";

function draft(overrides: Partial<EmailDraft> = {}): EmailDraft {
  return {
    from: { name: "Acme AR 应收部", email: "ar@acme.example" },
    to: [{ name: "上海华瑞贸易有限公司", email: "ap@huarui-trade.cn" }],
    subject: "付款提醒：发票 INV-000123 已逾期 7 天",
    text: "尊敬的客户：\n您的发票 INV-000123 已逾期。\nAmount: ¥12,345.60",
    html: "<p>尊敬的客户：</p><p>您的发票 <b>INV-000123</b> 已逾期。</p>",
    date: { y: 2026, m: 11, d: 2 },
    ...overrides,
  };
}

const BASE_HEADERS = ["from", "to", "subject", "date", "message-id", "mime-version", "x-unsent", "content-type"];

describe("buildEml", () => {
  it("returns a draft whose headers decode (Chinese subject and names)", async () => {
    const eml = buildEml(draft({ cc: [{ name: "张伟", email: "zhang.wei@huarui-trade.cn" }, { email: "boss@huarui-trade.cn" }] }));
    const mail = await parse(eml);
    expect(mail.subject).toBe("付款提醒：发票 INV-000123 已逾期 7 天");
    expect(mailboxes(mail.from)).toEqual([{ name: "Acme AR 应收部", address: "ar@acme.example" }]);
    expect(mailboxes(mail.to)).toEqual([{ name: "上海华瑞贸易有限公司", address: "ap@huarui-trade.cn" }]);
    expect(mailboxes(mail.cc)).toEqual([
      { name: "张伟", address: "zhang.wei@huarui-trade.cn" },
      { name: "", address: "boss@huarui-trade.cn" },
    ]);
    expect(mail.headers.get("x-unsent")).toBe("1");
    expect(mail.headers.get("mime-version")).toBe("1.0");
    expect(mail.date?.toISOString()).toBe("2026-11-02T12:00:00.000Z");
    expect(mail.messageId).toMatch(/^<[0-9a-f]{14}\.[0-9a-f]{14}@acme\.example>$/);
  });

  it("returns both parts decoding to the exact input", async () => {
    const d = draft();
    const mail = await parse(buildEml(d));
    expect(mail.text).toBe(d.text);
    expect(mail.html).toBe(d.html);
    expect(mail.headers.get("content-type")).toMatchObject({ value: "multipart/alternative" });
  });

  it.each(["quoted-printable", "base64", "auto"] as const)("keeps awkward text exact with %s bodies", async (bodyEncoding) => {
    const text = [
      "From the desk of AR: pay now",
      ".",
      ".. leading dots",
      "From ",
      "trailing spaces   ",
      "tab\tinside\t",
      "=3D not an escape =?UTF-8?B?x?=",
      "x".repeat(500),
      "长".repeat(300),
      "emoji 🎉👍🏽 and 𠮷",
      "--=_ARDesk_0000 looks like a boundary",
      "",
      "end",
    ].join("\n");
    const eml = buildEml(draft({ text, html: `<pre>${escapeHtml(text)}</pre>`, bodyEncoding }));
    const mail = await parse(eml);
    expect(mail.text).toBe(text);
    expect(mail.html).toBe(`<pre>${escapeHtml(text)}</pre>`);
    if (bodyEncoding !== "auto") expect(eml).toContain(`Content-Transfer-Encoding: ${bodyEncoding}`);
  });

  it("writes CRLF only, body lines of at most 76 and header lines of at most 998 characters", () => {
    const eml = buildEml(draft({ text: "a".repeat(1000) + "\n" + "中".repeat(1000), subject: "S".repeat(2000) }));
    expect(eml.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
    const [head, body] = [eml.slice(0, eml.indexOf("\r\n\r\n")), eml.slice(eml.indexOf("\r\n\r\n") + 4)];
    for (const line of head.split("\r\n")) expect(line.length).toBeLessThanOrEqual(998);
    for (const line of body.split("\r\n")) expect(line.length).toBeLessThanOrEqual(76);
    expect(eml.endsWith("--\r\n")).toBe(true);
  });

  it("folds long headers under 78 characters where it can", () => {
    const eml = buildEml(draft({ subject: "Payment reminder for invoices ".repeat(10).trim() }));
    const head = eml.slice(0, eml.indexOf("\r\n\r\n"));
    for (const line of head.split("\r\n")) expect(line.length).toBeLessThanOrEqual(78);
  });

  it("writes RFC 2047 encoded-words of at most 75 characters, each whole UTF-8", () => {
    const subject = "付款提醒 🎉".repeat(30);
    const eml = buildEml(draft({ subject, to: [{ name: "上海华瑞贸易有限公司".repeat(8), email: "ap@huarui-trade.cn" }] }));
    const words = eml.match(/=\?UTF-8\?B\?[A-Za-z0-9+/=]*\?=/g) ?? [];
    expect(words.length).toBeGreaterThan(5);
    const decoder = new TextDecoder("utf-8", { fatal: true });
    for (const word of words) {
      expect(word.length).toBeLessThanOrEqual(75);
      expect(() => decoder.decode(Buffer.from(word.slice(10, -2), "base64"))).not.toThrow();
    }
  });

  it("returns the same bytes for the same draft", () => {
    expect(buildEml(draft())).toBe(buildEml(draft()));
    expect(buildEml(draft())).not.toBe(buildEml(draft({ subject: "other" })));
  });

  it("keeps the plain ASCII subject readable", () => {
    const eml = buildEml(draft({ subject: "Reminder 1: invoice INV-000123 is 7 days overdue" }));
    expect(eml).toContain("\r\nSubject: Reminder 1: invoice INV-000123 is 7 days overdue\r\n");
  });

  it("takes an RFC 5322 date text from the caller", async () => {
    const mail = await parse(buildEml(draft({ date: "Mon, 02 Nov 2026 09:30:00 +0800" })));
    expect(mail.date?.toISOString()).toBe("2026-11-02T01:30:00.000Z");
  });

  it("adds extra headers, encoded when needed", async () => {
    const eml = buildEml(draft({ headers: { "X-AR-Customer": "C0042 上海华瑞", "X-AR-Stage": "Reminder 1" } }));
    const mail = await parse(eml);
    // mailparser leaves unknown headers encoded; decode them as a client would.
    expect(decodeWords(String(mail.headers.get("x-ar-customer")))).toBe("C0042 上海华瑞");
    expect(mail.headers.get("x-ar-stage")).toBe("Reminder 1");
  });

  it("uses ar-desk.invalid for the Message-ID without a From", async () => {
    const mail = await parse(buildEml(draft({ from: undefined })));
    expect(mail.messageId).toMatch(/@ar-desk\.invalid>$/);
    expect(mail.from).toBeUndefined();
  });

  describe("header injection", () => {
    const attacks = ["Hi\r\nBcc: evil@attacker.test", "Hi\nBcc: evil@attacker.test", "Hi\rBcc: evil@attacker.test", "Hi\r\n\r\nbody"];

    it.each(attacks)("keeps CR/LF in the subject from adding a header: %j", async (subject) => {
      const eml = buildEml(draft({ subject }));
      expect(rawHeaderNames(eml)).toEqual(BASE_HEADERS);
      const mail = await parse(eml);
      expect(mail.headers.has("bcc")).toBe(false);
      expect(mail.subject).toBe(subject.replace(/[\r\n]/g, " "));
      expect(mail.text).toBe(draft().text);
    });

    it.each(attacks)("keeps CR/LF in display names and extra header values from adding a header: %j", async (name) => {
      const eml = buildEml(
        draft({ from: { name, email: "ar@acme.example" }, to: [{ name, email: "ap@huarui-trade.cn" }], headers: { "X-AR-Note": name } }),
      );
      expect(rawHeaderNames(eml)).toEqual([...BASE_HEADERS.slice(0, -1), "x-ar-note", "content-type"]);
      const mail = await parse(eml);
      expect(mail.headers.has("bcc")).toBe(false);
      expect(mailboxes(mail.to)).toEqual([{ name: name.replace(/[\r\n]/g, " ").trim(), address: "ap@huarui-trade.cn" }]);
    });

    it.each([
      "ap@huarui-trade.cn\r\nBcc: evil@attacker.test",
      "ap@huarui-trade.cn\n",
      "ap@huarui-trade.cn>, evil@attacker.test",
      "Evil <evil@attacker.test>",
      "a b@c.com",
      "ap@huarui-trade",
      "张伟@huarui-trade.cn",
      "@huarui-trade.cn",
      "ap@",
      "",
    ])("rejects the address %j", (email) => {
      expect(() => buildEml(draft({ to: [{ email }] }))).toThrow(EmailError);
      expect(() => buildEml(draft({ cc: [{ email }] }))).toThrow("email: invalid email address");
      expect(() => buildEml(draft({ from: { name: "x", email } }))).toThrow("email: invalid email address");
    });

    it("rejects bad date text, header names and reserved headers", () => {
      expect(() => buildEml(draft({ date: "Mon, 02 Nov 2026 09:30:00 +0800\r\nBcc: x@y.z" }))).toThrow("email: invalid date");
      expect(() => buildEml(draft({ headers: { "X-A\r\nBcc": "x" } }))).toThrow("email: invalid header name");
      expect(() => buildEml(draft({ headers: { "X-A:": "x" } }))).toThrow("email: invalid header name");
      expect(() => buildEml(draft({ headers: { bcc: "evil@attacker.test" } }))).toThrow(
        "email: header is set by the builder and cannot be overridden",
      );
      expect(() => buildEml(draft({ messageIdDomain: "x>\r\nBcc: y" }))).toThrow("email: invalid message-id domain");
    });
  });

  describe("edge cases", () => {
    it("throws without recipients", () => {
      expect(() => buildEml(draft({ to: [] }))).toThrow("email: at least one To address is required");
    });

    it("throws on a date that does not exist", () => {
      expect(() => buildEml(draft({ date: { y: 2026, m: 2, d: 29 } }))).toThrow("email: invalid date");
      expect(() => buildEml(draft({ date: { y: 2028, m: 2, d: 29 } }))).not.toThrow();
    });

    it("writes the weekday from arithmetic", () => {
      expect(buildEml(draft({ date: { y: 2026, m: 10, d: 31 } }))).toContain("\r\nDate: Sat, 31 Oct 2026 12:00:00 +0000\r\n");
      expect(buildEml(draft({ date: { y: 2000, m: 2, d: 29 } }))).toContain("\r\nDate: Tue, 29 Feb 2000 12:00:00 +0000\r\n");
    });

    it("handles an empty subject and empty bodies", async () => {
      const mail = await parse(buildEml(draft({ subject: "", text: "", html: "" })));
      expect(mail.subject ?? "").toBe("");
      expect(mail.headers.get("x-unsent")).toBe("1");
    });

    it("quotes ASCII names with specials and keeps them exact", async () => {
      const name = `O'Brien, "Big" Tom \\ Co. (AP)`;
      const mail = await parse(buildEml(draft({ to: [{ name, email: "tom@obrien.example" }, { name: "=?UTF-8?B?eA==?=", email: "x@y.example" }] })));
      expect(mailboxes(mail.to)).toEqual([
        { name, address: "tom@obrien.example" },
        { name: "=?UTF-8?B?eA==?=", address: "x@y.example" },
      ]);
    });

    it("escapes customer values put into HTML", async () => {
      const customer = `<script>alert("x")</script> & Sons`;
      const mail = await parse(buildEml(draft({ html: `<p>Dear ${escapeHtml(customer)}</p>` })));
      expect(mail.html).toBe("<p>Dear &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; Sons</p>");
      expect(mail.html).not.toContain("<script>");
    });
  });
});
