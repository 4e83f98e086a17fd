/**
 * Every day of 1990..2099 printed in the rarer forms clerks and systems use (with its weekday,
 * in Chinese numerals) reads back as that day; printed with any other weekday it is refused. The
 * printing here is the test's own (JavaScript's UTC calendar), not the parser's.
 */
import fc from "fast-check";
import { isoOf, parseDate } from "../../../src/core/dates";

const EN = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const ZH = ["日", "一", "二", "三", "四", "五", "六"];
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const CN = ["〇", "一", "二", "三", "四", "五", "六", "七", "八", "九"];
const cnSmall = (n: number) => (n < 10 ? CN[n] : `${n >= 20 ? CN[Math.floor(n / 10)] : ""}十${n % 10 ? CN[n % 10] : ""}`);
const pad = (n: number) => String(n).padStart(2, "0");

const day = fc.integer({ min: Date.UTC(1990, 0, 1) / 86_400_000, max: Date.UTC(2099, 11, 31) / 86_400_000 }).map((n) => {
  const d = new Date(n * 86_400_000);
  return { iso: d.toISOString().slice(0, 10), y: d.getUTCFullYear(), m: d.getUTCMonth() + 1, d: d.getUTCDate(), w: d.getUTCDay() };
});

type Day = { y: number; m: number; d: number };
const FORMS: readonly ((x: Day, w: number) => string)[] = [
  (x, w) => `${x.y}-${pad(x.m)}-${pad(x.d)} (${EN[w].slice(0, 3)})`,
  (x, w) => `${EN[w]}, ${MONTHS[x.m - 1]} ${x.d}, ${x.y}`,
  (x, w) => `${EN[w].slice(0, 3)}, ${x.d} ${MONTHS[x.m - 1].slice(0, 3)} ${x.y}`,
  (x, w) => `${x.y}年${pad(x.m)}月${pad(x.d)}日 星期${ZH[w]}`,
  (x, w) => `${x.y}年${x.m}月${x.d}日（周${ZH[w]}）`,
  (x, w) => `${EN[w].slice(0, 3)} ${pad(x.d)}/${pad(x.m)}/${x.y}`,
];

const read = (text: string, order?: "dmy" | "mdy") => {
  const result = parseDate(text, order ? { order } : undefined);
  return result.ok ? isoOf(result.day) : result.reason;
};

describe("dates in their rarer printed forms", () => {
  it("read back as the day printed, with its own weekday", () => {
    fc.assert(fc.property(day, fc.integer({ min: 0, max: FORMS.length - 1 }), (x, form) => {
      const text = FORMS[form](x, x.w);
      // `Thu 05/03/2026` is d/m/y for sure only when the day is over 12 or m/d/y falls on another weekday: give the order.
      expect([text, read(text, "dmy")]).toEqual([text, x.iso]);
    }), { numRuns: 600 });
  });

  it("are refused when printed with another weekday", () => {
    fc.assert(fc.property(day, fc.integer({ min: 1, max: 6 }), fc.integer({ min: 0, max: FORMS.length - 1 }), (x, shift, form) => {
      const text = FORMS[form](x, (x.w + shift) % 7);
      expect([text, read(text, "dmy")]).toEqual([text, "the weekday written beside it is not that date's weekday"]);
    }), { numRuns: 600 });
  });

  it("with no order given, `Thu 05/03/2026` reads as the day printed or is refused as ambiguous, never as another day", () => {
    fc.assert(fc.property(day, (x) => {
      const text = FORMS[5](x, x.w);
      expect([text, read(text)]).toEqual([text, x.d > 12 || x.d === x.m || new Date(Date.UTC(x.y, x.d - 1, x.m)).getUTCDay() !== x.w
        ? x.iso
        : "ambiguous day/month order: write the date as YYYY-MM-DD"]);
    }), { numRuns: 600 });
  });

  it("read back in Chinese numerals (二〇二六年三月五日, with 零 or ○ for zero)", () => {
    fc.assert(fc.property(day, fc.constantFrom("〇", "零", "○"), (x, zero) => {
      const year = [...String(x.y)].map((c) => (c === "0" ? zero : CN[+c])).join("");
      const text = `${year}年${cnSmall(x.m)}月${cnSmall(x.d)}日`;
      expect([text, read(text)]).toEqual([text, x.iso]);
    }), { numRuns: 600 });
  });
});
