/**
 * Payment terms as clerks write them: `30`, `Net 30`, `N30`, `30 days`, `30天`, `月结30天`,
 * `EOM 30`, `Net 30 EOM`, `Due on receipt`; German and French `30 Tage netto`, `Netto 30 Tage`,
 * `30 jours`, `30 jours fin de mois`, `sofort`, `comptant`. Private to the ledger.
 */
import type { DayNumber } from "../../model";
import type { RawCell } from "../../source";
import { civilFromDay, daysInMonth, unsafeDayFromCivil } from "../../dates";

export interface Terms {
  readonly days: number;
  /** Counted from the end of the invoice's month. */
  readonly fromMonthEnd: boolean;
}

const PLAIN = /^(?:net(?:to)?\s*|n\s*|[àa]\s+)?(\d{1,4})\s*(?:days?|tagen?|tage|jours?|天|日|d)?(?:\s+net(?:to)?)?$/i;
const MONTH_END = [
  /^(?:月结|月底|月末)\s*(\d{1,4})\s*(?:天|日)?$/,
  /^(?:eom|end\s+of\s+month)\s*\+?\s*(\d{1,4})\s*(?:days?)?$/i,
  /^(?:net\s*|n\s*)?(\d{1,4})\s*(?:days?\s*)?eom$/i,
  /^[àa]?\s*(\d{1,4})\s*jours?\s+fin\s+de\s+mois$/i,
];
const ON_RECEIPT = /^(?:due\s+(?:on|upon)\s+receipt|on\s+receipt|upon\s+receipt|cod|cash\s+on\s+delivery|immediate|sofort(?:\s+(?:fällig|zahlbar))?|comptant|[àa]\s+r[ée]ception|立即付款|见票即付|货到付款|现结|即付)$/i;

/**
 * Terms of a cell, or undefined when it is not terms text.
 *
 * @example readTerms("Net 30 EOM", "Net 30 EOM") //=> { days: 30, fromMonthEnd: true }
 * @example readTerms(45, "45") //=> { days: 45, fromMonthEnd: false }
 */
export function readTerms(cell: RawCell, text: string): Terms | undefined {
  if (typeof cell === "number") return Number.isInteger(cell) && cell >= 0 && cell <= 9999 ? { days: cell, fromMonthEnd: false } : undefined;
  const t = text.normalize("NFKC").trim();
  if (ON_RECEIPT.test(t)) return { days: 0, fromMonthEnd: false };
  const plain = PLAIN.exec(t);
  if (plain) return { days: +plain[1], fromMonthEnd: false };
  for (const pattern of MONTH_END) {
    const m = pattern.exec(t);
    if (m) return { days: +m[1], fromMonthEnd: true };
  }
  return undefined;
}

/** Due date of an invoice dated `invoiceDate` under `terms`. */
export function dueUnder(invoiceDate: DayNumber, days: number, fromMonthEnd: boolean | undefined): DayNumber {
  if (!fromMonthEnd) return (invoiceDate + days) as DayNumber;
  const { year, month } = civilFromDay(invoiceDate);
  return (unsafeDayFromCivil(year, month, daysInMonth(year, month)) + days) as DayNumber;
}
