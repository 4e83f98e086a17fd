import fc from "fast-check";
import { buildEml } from "../../src/email";
import { mailboxes, parse, rawHeaderNames } from "./roundTrip";

// Unicode text (CJK, emoji, combining marks) salted with the characters that break mail:
// CR, LF, tabs, "=?", leading dots and "From ".
const nasty = fc.constantFrom("\r\n", "\n", "\r", "\t", "=?", "?=", ".", "From ", "=", " ", "  ", "上海", "🎉", "\u0000", "--");
const text = fc
  .array(fc.oneof(fc.string({ unit: "grapheme", maxLength: 40 }), nasty, fc.string({ unit: "grapheme-ascii", maxLength: 120 })), {
    maxLength: 12,
  })
  .map((parts) => parts.join(""));

/** What a header value reads back as: controls become spaces (see headerText). */
function expectedHeader(value: string): string {
  return value.replace(/[\u0000-\u001f\u007f]/g, " ");
}

describe("buildEml (property)", () => {
  it("round-trips random unicode subjects, names and bodies through mailparser", async () => {
    await fc.assert(
      fc.asyncProperty(text, text, text, fc.constantFrom("auto", "base64", "quoted-printable" as const), async (subject, name, body, bodyEncoding) => {
        const eml = buildEml({
          to: [{ name, email: "ap@huarui-trade.cn" }],
          subject,
          text: body,
          html: body,
          date: { y: 2026, m: 10, d: 31 },
          bodyEncoding,
        });
        expect(rawHeaderNames(eml)).toEqual(["to", "subject", "date", "message-id", "mime-version", "x-unsent", "content-type"]);
        const mail = await parse(eml);
        expect(mail.subject ?? "").toBe(expectedHeader(subject));
        expect(mailboxes(mail.to)).toEqual([{ name: expectedHeader(name).trim(), address: "ap@huarui-trade.cn" }]);
        // mailparser reads an empty part (delimiter right after the blank line) as "\n".
        const parsedText = body === "" && mail.text === "\n" ? "" : mail.text ?? "";
        expect(parsedText).toBe(body.replace(/\r\n|\r/g, "\n"));
        if (body !== "") expect(mail.html).toBe(body.replace(/\r\n|\r/g, "\n"));
        expect(mail.headers.get("x-unsent")).toBe("1");
      }),
      { numRuns: 300 },
    );
  });
});
