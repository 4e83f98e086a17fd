import fc from "fast-check";
import { agingCells } from "../../src/functions/aging";
import { daysOverdueCells } from "../../src/functions/daysOverdue";
import { toExcel } from "../../src/functions/errors";
import { agingFast, agingRangeFast, daysOverdueFast } from "../../src/functions/fastPath";
import { dayFromCivil } from "../../src/core/dates/dayNumber";
import { serialFromDay } from "../../src/core/dates/excelSerial";
import { show } from "./excel";

const TODAY = dayFromCivil(2026, 10, 31);
const todaySerial = () => serialFromDay(TODAY);

/** One cell as Excel may pass it: serials (valid, 0, 60, fractional, out of range), text, blanks, booleans. */
const cellValue = fc.oneof(
  fc.integer({ min: 61, max: 2958465 }),
  fc.integer({ min: 45000, max: 47000 }),
  fc.constantFrom(0, 1, 59, 60, 61, 2958465, 2958466, -1, 45961.5, "", null, "2026-10-31", "x", true),
  fc.double({ min: -10, max: 3e6, noNaN: true }),
);
/** An argument: a 1×1 matrix (Excel's usual), a bare value, a small range, or omitted. */
const argument = fc.oneof(
  cellValue.map((v) => [[v]]),
  cellValue,
  fc.array(fc.array(cellValue, { minLength: 1, maxLength: 2 }), { minLength: 1, maxLength: 2 }),
);
const optional = fc.oneof(fc.constant(null), fc.constant(undefined), argument);
const edges = fc.oneof(fc.constant(null), fc.constant(undefined), fc.constant([[15], [45]]), fc.constant([["30,60,90"]]));

describe("fast paths", () => {
  it("AGING: the fast path, when it answers, answers as the general path does", () => {
    fc.assert(
      fc.property(argument, optional, edges, (due, asOf, edgeArg) => {
        const fast = agingFast(due, asOf, edgeArg, todaySerial);
        if (fast !== undefined) expect(fast).toEqual(show(toExcel(agingCells(due, asOf, edgeArg, TODAY))));
      }),
      { numRuns: 3000 },
    );
  });

  it("AGING over a range: the fast loop, when it answers, answers as the general path does", () => {
    // a column (the usual spill, its own loop) or a wider range
    const range = fc
      .integer({ min: 1, max: 3 })
      .chain((width) => fc.array(fc.array(fc.oneof(cellValue, fc.constant({ type: "Error", basicValue: "#N/A" })), { minLength: width, maxLength: width }), { minLength: 1, maxLength: 12 }));
    fc.assert(
      fc.property(range, optional, edges, (due, asOf, edgeArg) => {
        const general = (cell: unknown) => show(toExcel(agingCells([[cell]], asOf, edgeArg, TODAY)))[0][0];
        const fast = agingRangeFast(due, asOf, edgeArg, todaySerial, general);
        if (fast !== undefined) expect(fast).toEqual(show(toExcel(agingCells(due, asOf, edgeArg, TODAY))));
      }),
      { numRuns: 2000 },
    );
  });

  it("DAYS_OVERDUE: the fast path, when it answers, answers as the general path does", () => {
    fc.assert(
      fc.property(argument, optional, (due, asOf) => {
        const fast = daysOverdueFast(due, asOf, todaySerial);
        if (fast !== undefined) expect(fast).toEqual(show(toExcel(daysOverdueCells(due, asOf, TODAY))));
      }),
      { numRuns: 3000 },
    );
  });

  it("takes the common call: a 1×1 serial with as_of given or omitted, default edges", () => {
    expect(agingFast([[45961]], [[45991]], null, todaySerial)).toEqual([["1-30"]]);
    // 2025-10-31 due, today 2026-10-31: 365 days.
    expect(agingFast([[45961]], null, undefined, todaySerial)).toEqual([["90+"]]);
    expect(daysOverdueFast([[45961]], null, todaySerial)).toEqual([[365]]);
  });

  it("leaves everything else to the general path", () => {
    for (const due of [[[0]], [[60]], [["2025-10-31"]], [[45961.5]], [[null]], [[45961], [45962]]]) {
      expect(agingFast(due, null, null, todaySerial)).toBeUndefined();
    }
    expect(agingFast([[45961]], null, [[15]], todaySerial)).toBeUndefined();
    expect(daysOverdueFast([[45961]], [["2025-11-30"]], todaySerial)).toBeUndefined();
  });
});
