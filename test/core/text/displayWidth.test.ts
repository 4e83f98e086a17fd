import fc from "fast-check";
import { codePointWidth, displayWidth } from "../../../src/core/text";
import { invoiceTableText } from "../../../src/core/reminders";
import type { ReminderGroup } from "../../../src/core/reminders";
import { day } from "../dunning/builders";

describe("displayWidth", () => {
  it("returns two columns for CJK and full-width forms, one for the rest", () => {
    expect(displayWidth("ACME Ltd")).toBe(8);
    expect(displayWidth("深圳宏达")).toBe(8);
    expect(displayWidth("ＡＢ")).toBe(4); // 全角 Latin
    expect(displayWidth("￥1,200.00")).toBe(10); // full-width yen sign
    expect(displayWidth("¥1,200.00")).toBe(9); // the half-width ¥ that formatMoney writes
    expect(displayWidth("2026年7月5日（第2行）")).toBe(21);
  });

  describe("edge cases", () => {
    it("returns two columns for a rare character outside the BMP (CJK Extension B: 𠮷, 𡈽)", () => {
      expect(displayWidth("𠮷野家")).toBe(6);
      expect(displayWidth("𡈽")).toBe(2);
    });
    it("returns two columns for an emoji pictograph and none for a mark drawn on the character before it", () => {
      expect(displayWidth("😀")).toBe(2);
      expect(displayWidth("Cafe\u0301")).toBe(4); // e + combining acute
      expect(displayWidth("A\u200bB")).toBe(2); // zero-width space
    });
    it("returns one column for a lone surrogate", () => {
      expect(displayWidth("\ud842")).toBe(1);
      expect(displayWidth("\udfb7x")).toBe(2);
    });
  });

  it("is the sum of its code points' widths on any text", () => {
    const text = fc.oneof(fc.string({ unit: "grapheme" }), fc.string({ unit: "binary" }));
    const byCodePoint = (t: string): number => [...t].reduce((sum, ch) => sum + (ch.length === 1 && /[\ud800-\udfff]/.test(ch) ? 1 : codePointWidth(ch.codePointAt(0)!)), 0);
    fc.assert(fc.property(text, (t) => expect(displayWidth(t)).toBe(byCodePoint(t))), { numRuns: 2000 });
  });
});

describe("the reminder's plain-text invoice table", () => {
  it("lines up its columns by display width, rare characters included", () => {
    const group: ReminderGroup = {
      currency: "CNY",
      invoices: [
        { invoiceNo: "𠮷-0012", invoiceDate: day("2026-09-01"), dueDate: day("2026-09-16"), daysOverdue: 45, amount: 6960000, open: 6960000, stage: "Final notice", fee: 0, interest: 0 },
        { invoiceNo: "记-0015", invoiceDate: day("2026-09-28"), dueDate: day("2026-10-28"), daysOverdue: 3, amount: 1370410, open: 1370410, stage: "Reminder 1", fee: 0, interest: 0 },
      ],
      overdueTotal: 8330410, totalDue: 8330410, fees: 0, interest: 0, totalToPay: 8330410, unapplied: 0, stage: "Final notice",
    };
    const lines = invoiceTableText([group], "zh", "document").split("\n");
    // Every line ends in its amount, right-aligned: the same display width each.
    expect(new Set(lines.map(displayWidth)).size).toBe(1);
    // The due dates start in one column.
    const dueColumn = lines.slice(1).map((line) => displayWidth(line.slice(0, line.indexOf("2026年"))));
    expect(new Set(dueColumn).size).toBe(1);
  });
});
