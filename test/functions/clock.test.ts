import { isoOf } from "../../src/core/dates/dayNumber";
import { setClock, today } from "../../src/functions/clock";
import * as AR from "../../src/functions/functions";
import { asExcel, cell, one } from "./excel";

const aging = asExcel(AR.aging);
const daysOverdue = asExcel(AR.daysOverdue);

describe("today", () => {
  afterEach(() => setClock());

  it("returns the local calendar day of the clock, late evening included", () => {
    setClock(() => new Date(2026, 9, 31, 23, 59, 59));
    expect(isoOf(today())).toBe("2026-10-31");
    setClock(() => new Date(2026, 10, 1, 0, 0, 1));
    expect(isoOf(today())).toBe("2026-11-01");
  });

  it("is what an omitted as_of means", () => {
    setClock(() => new Date(2026, 2, 1, 9, 0));
    expect(one(daysOverdue(cell("2026-02-28"), null))).toBe(1);
    expect(one(aging(cell("2026-03-01"), null, null))).toBe("Current");
    setClock(() => new Date(2026, 2, 2, 9, 0)); // a day later, the same formula moves on
    expect(one(aging(cell("2026-03-01"), null, null))).toBe("1-30");
  });

  it("reads the system clock by default", () => {
    setClock();
    const now = new Date();
    expect(isoOf(today())).toBe(
      `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, "0")}-${String(now.getDate()).padStart(2, "0")}`,
    );
  });
});
