import * as AR from "../../src/functions/functions";
import { asExcel, cell, column, one, pinToday, serial, show } from "./excel";

const daysOverdue = asExcel(AR.daysOverdue);

describe("daysOverdue", () => {
  pinToday("2026-10-31");

  it("returns 0 for an invoice due today", () => {
    expect(one(daysOverdue(cell(serial("2026-10-31")), cell(serial("2026-10-31"))))).toBe(0);
  });

  it("returns whole days, negative before the due date", () => {
    const result = daysOverdue(column(serial("2026-10-01"), serial("2026-11-10")), cell(serial("2026-10-31")));
    expect(show(result)).toEqual(column(30, -10));
  });

  it("ignores the time of day in a serial", () => {
    expect(one(daysOverdue(cell(serial("2026-10-30") + 0.99), cell(serial("2026-10-31") + 0.01)))).toBe(1);
  });

  it("uses today when as_of is omitted or empty", () => {
    expect(one(daysOverdue(cell("2026-10-21"), null))).toBe(10);
    expect(one(daysOverdue(cell("2026-10-21"), cell(null)))).toBe(10);
  });

  it("lifts over a due-date column and an as-of row", () => {
    const result = daysOverdue(column(serial("2026-10-01"), serial("2026-10-11")), [[serial("2026-10-31"), serial("2026-11-30")]]);
    expect(show(result)).toEqual([[30, 60], [20, 50]]);
  });

  describe("edge cases", () => {
    it("counts across Excel's phantom leap day: serial 59 to 61 is one day", () => {
      expect(one(daysOverdue(cell(59), cell(61)))).toBe(1); // 1900-02-28 → 1900-03-01
    });

    it("refuses serial 60, Excel's 1900-02-29", () => {
      expect(one(daysOverdue(cell(60), cell(61)))).toBe(
        "#VALUE! due_date: 60 is not a date: 1900-02-29 does not exist (Excel serial 60)",
      );
    });

    it("refuses negative serials", () => {
      expect(String(one(daysOverdue(cell(-1), cell(61))))).toMatch(/^#VALUE! due_date: -1 is not a date/);
    });

    it("reads serial 0 as an empty due date (Excel desktop passes an empty cell as 0)", () => {
      expect(one(daysOverdue(cell(0), cell(61)))).toBe("");
    });

    it("returns empty for an empty due date (null or empty text)", () => {
      expect(show(daysOverdue(column(null, "", "  "), cell(61)))).toEqual(column("", "", ""));
    });
  });
});
