/**
 * Ledgers of 两清 / 核销 marks beside an open-balance column (the `clearedButOpen` warning): the open
 * amount the system printed decides, and a row marked cleared that still shows money is named, never
 * read as paid. Same rules as ./corpus.ts: each is written from its facts, the facts feed the
 * independent calculator (_lib/expectedAging.ts), nothing here imports src.
 */
import type { CorpusLedger } from "./corpus";
import { addDays, cents as m, expectedRows, type Doc, type Iso } from "./_lib/expectedAging";
import { type Cell, dateCell as dt, num } from "./_lib/sheets";

const OCT = { asOf: "2026-10-31", month: "2026-10" } as const;

// ---------------------------------------------------------------------------------------------
// 119. 用友 U8 应收单 list: 单据日期 | 单据编号 | 客户编码 | 客户名称 | 到期日 | 本币金额 | 未收余额 | 两清标志,
//      a title and a 期间 line above the header. The marks agree with the open amounts on every
//      row but one: XS-0812 is marked Y, yet 3,600.00 of it is still open (a receipt cleared against
//      it in part). The open column decides: XS-0812 stays open for 3,600.00 and is warned about.
function yonyouClearedMarkBesideOpenBalance(): CorpusLedger {
  type Line = [Iso, string, string, string, number, string, string, "" | "Y" | "√"];
  const lines: Line[] = [
    // 单据日期, 单据编号, 客户编码, 客户名称, terms (days), 本币金额, 未收余额, 两清标志
    ["2026-07-05", "XS-0705", "0201", "厦门鹭江进出口有限公司", 30, "12,000.00", "0.00", "Y"],
    ["2026-08-12", "XS-0812", "0201", "厦门鹭江进出口有限公司", 30, "8,600.00", "3,600.00", "Y"], // marked, yet money open
    ["2026-10-09", "XS-1009", "0201", "厦门鹭江进出口有限公司", 30, "5,400.00", "5,400.00", ""],
    ["2026-07-20", "XS-0720", "0202", "泉州刺桐鞋业有限公司", 60, "7,500.00", "7,500.00", ""],
    ["2026-09-15", "XS-0915", "0202", "泉州刺桐鞋业有限公司", 60, "4,200.00", "0.00", "√"],
    ["2026-09-28", "XS-0928", "0202", "泉州刺桐鞋业有限公司", 60, "2,750.00", "1,000.00", ""],
  ];
  const rows: Cell[][] = [["应收单列表"], ["期间：2026年07月—2026年10月"],
    ["单据日期", "单据编号", "客户编码", "客户名称", "到期日", "本币金额", "未收余额", "两清标志"]];
  const docs: Doc[] = [];
  for (const [date, no, code, name, terms, amount, open, mark] of lines) {
    const due = addDays(date, terms);
    rows.push([dt(date), no, code, name, dt(due), num(m(amount)), num(m(open)), mark === "" ? null : mark]);
    docs.push({ customer: name, currency: "CNY", no, date, due, amount: m(amount), open: m(open) });
  }
  return {
    file: "119-zh-yonyou-cleared-mark-beside-open-balance.xlsx",
    shape: "用友 U8 应收单 with 未收余额 and 两清标志: the open amount decides, a row marked cleared with money still open is warned about",
    ...OCT,
    sheets: [{ name: "应收单", rows }],
    expected: expectedRows(OCT.asOf, "open", docs),
    languages: { 厦门鹭江进出口有限公司: "zh", 泉州刺桐鞋业有限公司: "zh" },
    customerIds: { 厦门鹭江进出口有限公司: "0201", 泉州刺桐鞋业有限公司: "0202" },
    checkSays: ['OpenBalance ← G "未收余额"', "marked cleared, yet the open balance still shows 3,600.00"],
    checkSaysNot: ["do not net to zero", "not a cleared mark"],
  };
}

export const CLEARED_OPEN: readonly CorpusLedger[] = [yonyouClearedMarkBesideOpenBalance()];
