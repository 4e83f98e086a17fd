/**
 * Header rows and merged cells: a label merged across columns (the file's <mergeCell>) over a
 * second header row makes the two one header, 金额 over 原币 | 本币 giving 原币 the amount; a
 * title merged across the sheet above the header never becomes a header.
 */
import type { MergedArea, RawCell, SourceBlock } from "../../../src/workbook/port";
import { detectTables, rebaseHeader, twoRowHeader } from "../../../src/workbook/schema";

const across = (row: number, col: number, cols: number): MergedArea => ({ row, col, rows: 1, cols });

/** A plain block as the reader gives it: the first row is its header row, the rest data. */
function plain(rows: RawCell[][], merges?: MergedArea[]): SourceBlock {
  const width = Math.max(...rows.map((r) => r.length));
  const fill = (r: RawCell[]) => Array.from({ length: width }, (_, i) => r[i] ?? null);
  return { sheet: "外币台账", headerRow: 1, firstColumn: 1, headers: fill(rows[0]).map((c) => (c === null ? "" : String(c))), rows: rows.slice(1).map(fill), ...(merges ? { merges } : {}) };
}

const TITLE = ["外币应收账款台账（2026年10月）"];
const UPPER = ["客户名称", "发票号码", "开票日期", "到期日", "币种", "金额", null, "已收", null, "汇率"];
const LOWER = [null, null, null, null, null, "原币", "本币", "原币", "本币", null];
const DATA = ["Pacific Rim", "EX-1", "2026-07-21", "2026-09-19", "USD", 12500, 89000, 5000, 35600, 7.12];

describe("twoRowHeader", () => {
  it("gives the 原币 column under a money label the label itself; 本币 names nothing, and keeps its group where it repeats", () => {
    expect(twoRowHeader(UPPER, LOWER)).toEqual(["客户名称", "发票号码", "开票日期", "到期日", "币种", "金额", "金额 本币", "已收", "已收 本币", "汇率"]);
  });

  it("keeps a lower label that names nothing as it is when it is the only one of its text", () => {
    expect(twoRowHeader(["金额", null, "汇率"], ["原币", "本币", null])).toEqual(["金额", "本币", "汇率"]);
  });

  it("tells apart 本币 under 金额 and under 余额 (each split 原币 | 本币)", () => {
    const upper = ["客户名称", "发票号码", "开票日期", "金额", null, "余额", null];
    const lower = [null, null, null, "原币", "本币", "原币", "本币"];
    expect(twoRowHeader(upper, lower)).toEqual(["客户名称", "发票号码", "开票日期", "金额", "金额 本币", "余额", "余额 本币"]);
  });
});

describe("rebaseHeader with merges", () => {
  const merges = [across(1, 1, 10), across(2, 6, 2), across(2, 8, 2)];

  it("reads a label merged across over a second header row as a header of two rows (title dropped)", () => {
    const rebased = rebaseHeader(plain([TITLE, UPPER, LOWER, DATA], merges));
    expect([rebased.headerRow, rebased.rows.length, rebased.merges]).toEqual([3, 1, merges]);
    const invoices = detectTables([plain([TITLE, UPPER, LOWER, DATA], merges)]).invoices!;
    expect([invoices.columns.Amount, invoices.columns.Paid, invoices.columns.Currency]).toEqual([5, 7, 4]);
  });

  it("without the merges (a CSV save, a host that does not say), reads labels under a label and the empty cells beside it as the header's second row", () => {
    const rebased = rebaseHeader(plain([TITLE, UPPER, LOWER, DATA]));
    expect([rebased.headerRow, rebased.rows.length]).toEqual([3, 1]);
    const invoices = detectTables([plain([TITLE, UPPER, LOWER, DATA])]).invoices!;
    expect([invoices.columns.Amount, invoices.columns.Paid, invoices.columns.Currency]).toEqual([5, 7, 4]);
  });

  it("without the merges, keeps the upper row alone when the row below is no row of labels spanning it", () => {
    // a label under a single column (no empty cell beside its upper label), or a text with digits: data, not a header
    expect(rebaseHeader(plain([TITLE, UPPER, [null, null, null, "原币", null, "原币", "本币", null, null, null], DATA])).headerRow).toBe(2);
    expect(rebaseHeader(plain([TITLE, UPPER, [null, null, null, null, null, "原币", "2026", "原币", "本币", null], DATA])).headerRow).toBe(2);
  });

  it("never reads a title merged across the sheet as the upper header row", () => {
    const header = ["客户名称", "发票号码", "开票日期", "金额"];
    const rebased = rebaseHeader(plain([["2026年应收账款台账"], header, ["甲公司", "F1", "2026-09-01", 100]], [across(1, 1, 4)]));
    expect([rebased.headerRow, rebased.headers]).toEqual([2, header]);
  });
});
