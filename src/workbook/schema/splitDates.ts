/**
 * A date kept in columns of its own: `年 | 月 | 日` in a hand-kept 台账, or `月 | 日` under a
 * `2026年` heading as 用友 and 金蝶 print a 明细账 (the year merged over the two). The columns are
 * read as one date column `日期`, each row's cell written `2026年7月15日` from its parts, so the
 * date reader checks it like any typed date (`2026年13月1日` is refused, naming the value); a row
 * whose month and day are no numbers (a 合计, an 期初余额 line, a `客户：` title) keeps its cell. Done once per block, before its
 * header row is found; the 月 / 日 columns stay as they are (listed as ignored).
 */
import type { RawCell, SourceBlock } from "../port";
import { headerText } from "./findHeaderRow";

/** Rows searched for the 月 | 日 header (title rows may sit above it). */
const SCAN = 12;

const fold = (cell: RawCell): string => headerText(cell).normalize("NFKC").replace(/\s+/g, "");
/** `2026年`, `2026年度`: the year a 明细账 prints over its 月 | 日 columns. */
const YEAR_HEADING = /^(\d{4})年度?$/;

interface SplitDate {
  /** Index in [headers, ...rows] of the row holding 月 | 日. */
  readonly row: number;
  /** Column of 年 (or -1), 月, 日. */
  readonly year: number;
  readonly month: number;
  readonly day: number;
  /** The year from a heading over the columns, when there is no 年 column. */
  readonly heading?: string;
}

/** Row r of [headers, ...rows], without copying a large block's rows. */
const rowOf = (block: SourceBlock, r: number): readonly RawCell[] => (r === 0 ? block.headers : block.rows[r - 1]);

function findSplit(block: SourceBlock): SplitDate | undefined {
  for (let r = 0; r < Math.min(block.rows.length + 1, SCAN); r++) {
    const row = rowOf(block, r);
    for (let j = 0; j + 1 < row.length; j++) {
      if (fold(row[j]) !== "月" || fold(row[j + 1]) !== "日") continue;
      if (j > 0 && fold(row[j - 1]) === "年") return { row: r, year: j - 1, month: j, day: j + 1 };
      // The year over the columns, one or two rows up (merged over 月 | 日: in the first cell).
      for (let up = r - 1; up >= Math.max(0, r - 2); up--) {
        for (const col of [j, j + 1, j - 1]) {
          const m = col >= 0 ? YEAR_HEADING.exec(fold(rowOf(block, up)[col] ?? null)) : null;
          if (m !== null) return { row: r, year: -1, month: j, day: j + 1, heading: m[1] };
        }
      }
    }
  }
  return undefined;
}

/** A part as typed: a whole number (`7`, `07`, 7), else its text (for the date reader to refuse). */
function part(cell: RawCell): string {
  if (cell === null) return "";
  if (typeof cell === "number") return String(cell);
  return headerText(cell).normalize("NFKC").replace(/\s+/g, "");
}

/**
 * The row's date text from its parts; the cell as it is when neither month nor day is a number
 * (a blank 合计 / 期初余额 line, a `客户：甲公司` title standing in the column).
 */
function joined(row: readonly RawCell[], split: SplitDate, target: number): RawCell {
  const month = part(row[split.month] ?? null);
  const day = part(row[split.day] ?? null);
  if (!/^\d+$/.test(month) && !/^\d+$/.test(day)) return row[target] ?? null;
  const year = split.year >= 0 ? part(row[split.year] ?? null) : split.heading ?? "";
  return `${year === "" ? "" : `${year}年`}${month === "" ? "" : `${month}月`}${day === "" ? "" : `${day}日`}`;
}

/**
 * The block with its split date columns read as one `日期` column (in the 年 column, else the
 * 月 column), or the block itself when it has none.
 * @example joinSplitDates({ sheet: "S", headerRow: 1, firstColumn: 1, headers: ["年", "月", "日", "金额"], rows: [[2026, 7, 15, 100]] }).rows[0][0] //=> "2026年7月15日"
 */
export function joinSplitDates(block: SourceBlock): SourceBlock {
  if (block.tableName !== undefined && !block.headers.some((h) => fold(h) === "月")) return block;
  const split = findSplit(block);
  if (split === undefined) return block;
  const target = split.year >= 0 ? split.year : split.month;
  const rewrite = (row: readonly RawCell[], r: number): readonly RawCell[] => {
    if (r < split.row) return row;
    const copy = [...row];
    copy[target] = r === split.row ? "日期" : joined(row, split, target);
    return copy;
  };
  return {
    ...block,
    headers: rewrite(block.headers, 0).map((cell) => headerText(cell)),
    rows: block.rows.map((row, i) => rewrite(row, i + 1)),
  };
}
