/** AR.DAYS_OVERDUE: as-of − due date in whole days (DESIGN §3); due today = 0, before due < 0. */
import type { DayNumber } from "../core/model";
import { daysOverdue } from "../core/aging";
import { BLANK, asOfArg, dateArg } from "./args";
import { isFunctionError, type Output } from "./errors";
import { asMatrix, cellAt, liftedShape, mapShape } from "./matrix";

/**
 * @example
 * daysOverdueCells([[45961]], [[45971]], today) //=> [[10]]
 * daysOverdueCells([[""]], null, today) //=> [[""]]
 */
export function daysOverdueCells(dueDate: unknown, asOf: unknown, today: DayNumber): Output[][] {
  const due = asMatrix(dueDate);
  const asOfs = asMatrix(asOf);
  return mapShape(liftedShape([due, asOfs]), (r, c): Output => {
    const day = dateArg(cellAt(due, r, c), "due_date");
    if (day === BLANK) return "";
    if (isFunctionError(day)) return day;
    const at = asOfArg(cellAt(asOfs, r, c), today);
    if (isFunctionError(at)) return at;
    return daysOverdue(day, at);
  });
}
