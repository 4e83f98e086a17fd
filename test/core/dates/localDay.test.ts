import { isoOf, localDay } from "../../../src/core/dates";

describe("localDay", () => {
  it("is the local calendar day, whatever the hour", () => {
    // Local times: the first and last minute of a day fall on that day in any time zone.
    expect(isoOf(localDay(new Date(2026, 9, 31, 0, 0)))).toBe("2026-10-31");
    expect(isoOf(localDay(new Date(2026, 9, 31, 23, 59)))).toBe("2026-10-31");
    expect(isoOf(localDay(new Date(2024, 1, 29, 12, 0)))).toBe("2024-02-29");
  });
});
