import { breakLine, letterSheet, letterSheetWanted } from "../../../src/workbook/layout/letterSheet";
import type { Reminder } from "../../../src/core/reminders";
import { customer, day, settings } from "./fixtures";

function reminder(overrides: Partial<Reminder> = {}): Reminder {
  const invoice = { invoiceNo: "INV-1", invoiceDate: day("2026-08-15"), dueDate: day("2026-09-14"), daysOverdue: 47, amount: 100000, open: 60000, stage: "Final notice", fee: 1500, interest: 250 };
  return {
    customer: customer({ email: undefined, name: "=HYPERLINK(\"http://x\")" }),
    asOf: day("2026-10-31"),
    stage: "Final notice",
    language: "en",
    groups: [{ currency: "USD", invoices: [invoice], overdueTotal: 60000, totalDue: 60000, fees: 1500, interest: 250, totalToPay: 61750, unapplied: 0, stage: "Final notice" }],
    notices: [],
    calls: [],
    ...overrides,
  };
}

describe("breakLine", () => {
  it("breaks English at spaces within the width", () => {
    expect(breakLine("one two three four", 9)).toEqual(["one two", "three", "four"]);
  });
  it("breaks Chinese between characters (two columns each), never before closing punctuation", () => {
    expect(breakLine("截至今日贵司发票仍未付款：", 12)).toEqual(["截至今日贵司", "发票仍未付款："]);
    expect(breakLine("一二三四五六：七", 12)).toEqual(["一二三四五六：", "七"]);
  });
});

describe("letterSheet", () => {
  const spec = letterSheet(reminder(), settings, "Letter C001");
  const texts = spec.cells.map((c) => c.value);

  it("is a print-ready page: company header, the customer's address, date, subject, text and the invoices as cells", () => {
    expect(spec.role).toBe("letter");
    expect(spec.print).toMatchObject({ fitToWidth: true });
    expect(spec.print?.area).toMatch(/^A1:F\d+$/);
    expect(texts.slice(0, 3)).toEqual(["Northwind Trading", "9 Harbour Rd", "Hong Kong"]);
    expect(texts).toEqual(expect.arrayContaining(["1 Main St", "Springfield", "2026-10-31", "FINAL NOTICE: payment of USD 617.50 required – Northwind Trading", "INV-1", 600]));
    expect(texts.join(" ")).toContain("we will hand the matter to collections");
  });
  it("keeps a formula-looking customer name as text (a string cell, never a formula)", () => {
    expect(spec.cells.find((c) => c.value === "=HYPERLINK(\"http://x\")")).toBeDefined();
    expect(spec.cells.some((c) => typeof c.value === "object" && c.value !== null && "formula" in c.value)).toBe(false);
  });
  it("wants a sheet name from the customer", () => {
    expect(letterSheetWanted(reminder({ customer: customer({ id: "C9", name: "Post Ltd" }) }))).toBe("Letter C9 Post Ltd");
    // The tab is the clerk's: its word in the run's language, whatever the customer's.
    expect(letterSheetWanted(reminder({ customer: customer({ id: "C9", name: "Post Ltd" }) }), "zh")).toBe("信函 C9 Post Ltd");
    expect(letterSheetWanted(reminder({ customer: customer({ id: "C9", name: "C9" }), language: "zh" }), "zh")).toBe("信函 C9");
  });
});

describe("letterSheet column widths", () => {
  // Invoices numbered by the ledger's row: the first column shows the date with the row.
  const byRow = (invoiceNo: string, invoiceDate: string) => ({ invoiceNo, invoiceDate: day(invoiceDate), dueDate: day("2026-09-26"), daysOverdue: 35, amount: 100000, open: 60000, stage: "Reminder 1", fee: 0, interest: 0 });
  const group = (invoices: ReturnType<typeof byRow>[]) => ({ currency: "USD", invoices, overdueTotal: 60000, totalDue: 60000, fees: 0, interest: 0, totalToPay: 60000, unapplied: 0, stage: "Reminder 1" });

  it("widens the first column to the widest English label so print cuts nothing", () => {
    const spec = letterSheet(reminder({ stage: "Reminder 1", groups: [group([byRow("Row 6", "2026-08-27")])] }), settings, "Letter C001");
    expect(spec.cells.map((c) => c.value)).toContain("2026-08-27 (Row 6)");
    // "2026-08-27 (Row 6)" is 18 characters (the heading "Date (row)" 10), + 1 of room.
    expect(spec.columnWidths?.[0]).toBe(19);
    expect(spec.columnWidths?.slice(1)).toEqual([14, 13, 17, 14, 14]);
  });
  it("counts a Chinese label's characters two columns each", () => {
    const spec = letterSheet(reminder({ stage: "Reminder 1", language: "zh", groups: [group([byRow("第2行", "2026-07-05"), byRow("第12行", "2026-07-15")])] }), settings, "信函 C001");
    expect(spec.cells.map((c) => c.value)).toContain("2026年7月15日（第12行）");
    // 2026 7 15 12 = 9 digits, 年 月 日 （ 第 行 ） = 7 wide characters (14): 23, + 1 of room.
    expect(spec.columnWidths?.[0]).toBe(24);
  });
  it("keeps the least widths for short invoice numbers", () => {
    expect(letterSheet(reminder(), settings, "Letter C001").columnWidths).toEqual([16, 14, 13, 17, 14, 14]);
  });
});
