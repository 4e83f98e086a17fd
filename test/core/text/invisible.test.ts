import { normalizeHeader, withoutInvisible } from "../../../src/core/text";
import { parseAmount } from "../../../src/core/money";
import { isoOf, parseDate } from "../../../src/core/dates";

describe("characters that print as nothing (copied from web pages and PDFs)", () => {
  const LRM = "\u200e";
  const ZWSP = "\u200b";
  it("are dropped from text, and only they", () => {
    expect(withoutInvisible(`${LRM}1,234.50${ZWSP}`)).toBe("1,234.50");
    expect(withoutInvisible("a\u00a0b\u3000c")).toBe("a\u00a0b\u3000c"); // spaces are for trim and the readers
  });
  it("do not stop an amount, a date or a header from being read", () => {
    expect(parseAmount(`${LRM}1,234.50`, "USD")).toEqual({ ok: true, minor: 123450 });
    expect(parseAmount(`CHF${ZWSP} 1'234.50`, "CHF")).toEqual({ ok: true, minor: 123450 });
    const date = parseDate(`${ZWSP}2026-03-05${LRM}`);
    expect(date.ok && isoOf(date.day)).toBe("2026-03-05");
    expect(normalizeHeader(`Invoice${ZWSP} No${LRM}`)).toBe("invoiceno");
    expect(normalizeHeader("\ufeffCustomer\u00a0Name")).toBe("customername");
  });
});
