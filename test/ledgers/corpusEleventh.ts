/**
 * An eleventh new user's pass (113–118): receivables kept from what the tax system exports, the 增值税发票
 * list of the 金税盘 / 税控 software and the 全电 / 数电发票 platform, with payments marked by hand.
 * The invoice's identity is 发票代码 + 发票号码 (the same 8-digit 发票号码 recurs under another code), or a
 * 20-digit 数电票号码; the receivable is 价税合计, not 金额 (the net) nor 税额; a 作废 invoice was never
 * owed; a 红字 invoice (negative 价税合计) is a credit; 开票日期 carries a time. Same rules as
 * ./corpus.ts: each is written from its facts, the facts feed the independent calculator
 * (_lib/expectedAging.ts), nothing here imports src.
 */
import type { CorpusLedger } from "./corpus";
import { addDays, cents as m, dayOf, expectedRows, type Doc, type Iso, type Receipt } from "./_lib/expectedAging";
import { type Cell, dateCell as dt, num } from "./_lib/sheets";

const OCT = { asOf: "2026-10-31", month: "2026-10" } as const;
/** AR Desk's default terms when a ledger states none (settings: ledger.defaultTermsDays). */
const TERMS = 30;
/** A date and a time of day as the tax software prints it: `2026-10-05 14:23:11`. */
const stamp = (iso: Iso, time: string) => `${iso} ${time}`;
/** A date-time cell: the day's serial with the time as its fraction (what Excel keeps for `2026-10-05 14:23`). */
const dateTimeCell = (iso: Iso, hours: number, minutes: number) => new Date((dayOf(iso) * 1440 + hours * 60 + minutes) * 60_000);
/** 价税合计 = 金额 + 税额, all three in cents as the export prints them. */
const vat = (net: string, tax: string) => ({ net: m(net), tax: m(tax), gross: m(net) + m(tax) });

/** A 税控 invoice's facts: known by 发票代码 + 发票号码, with the 回款 the clerk marked on its row. */
interface CodedInvoice { readonly code: string; readonly no: string; readonly customer: string; readonly date: Iso; readonly money: ReturnType<typeof vat>; readonly paidOn?: Iso; readonly paid?: string }

/** Books an invoice that is owed (not voided): the document, and its row's 回款 as a receipt naming it. */
function bookOwed(docs: Doc[], receipts: Receipt[], l: CodedInvoice): void {
  const no = `${l.code}-${l.no}`;
  docs.push({ customer: l.customer, currency: "CNY", no, date: l.date, due: addDays(l.date, TERMS), amount: l.money.gross });
  if (l.paidOn !== undefined) receipts.push({ customer: l.customer, currency: "CNY", date: l.paidOn, amount: m(l.paid!), invoiceNo: no });
}

// ---------------------------------------------------------------------------------------------
// 113. The 金税盘 (税控) 发票查询 export of 增值税专用发票, kept as the receivables list: a title and
//      the period above the header, 发票代码 + 发票号码 (the same 发票号码 00412345 under a new 发票代码
//      for the same customer), 购方名称 / 购方税号, 开票日期 as text, 金额 / 税额 / 价税合计, a 作废标志
//      column (正常 / 作废: the voided invoice was re-issued under the next number), a 红字 invoice with
//      备注 naming the blue one it reverses, and the clerk's own 回款日期 / 回款金额 columns on the right:
//      a partial 回款, and one 回款 for two invoices written on the first.
function jinshuiExportWithReceipts(): CorpusLedger {
  type Line = CodedInvoice & { taxId: string; flag: "正常" | "作废"; note?: string };
  const HT = { customer: "上海恒通机电设备有限公司", taxId: "91310115MA1K3B7Q2X" };
  const JL = { customer: "南京金陵精细化工有限公司", taxId: "91320113302471856L" };
  const lines: Line[] = [
    { code: "3100261130", no: "00412345", ...HT, date: "2026-07-08", money: vat("20,000.00", "2,600.00"), flag: "正常", paidOn: "2026-08-20", paid: "22,600.00" },
    { code: "3100261130", no: "00412346", ...JL, date: "2026-07-15", money: vat("8,849.56", "1,150.44"), flag: "正常", paidOn: "2026-09-10", paid: "6,000.00" },
    { code: "3100261130", no: "00412347", ...HT, date: "2026-08-03", money: vat("5,000.00", "650.00"), flag: "作废", note: "开错税率，重开" },
    { code: "3100261130", no: "00412348", ...HT, date: "2026-08-03", money: vat("5,309.73", "690.27"), flag: "正常", paidOn: "2026-10-15", paid: "10,000.00" },
    { code: "3100262130", no: "00412345", ...HT, date: "2026-09-12", money: vat("15,929.20", "2,070.80"), flag: "正常" },
    { code: "3100262130", no: "00412350", ...JL, date: "2026-09-25", money: vat("12,000.00", "1,560.00"), flag: "正常" },
    { code: "3100262130", no: "00412351", ...JL, date: "2026-10-09", money: vat("-1,769.91", "-230.09"), flag: "正常", note: "对应正数发票代码:3100262130号码:00412350" },
    { code: "3100262130", no: "00412352", ...HT, date: "2026-10-20", money: vat("7,079.65", "920.35"), flag: "正常" },
  ];
  const rows: Cell[][] = [
    ["增值税专用发票查询导出"],
    ["开票日期：2026-07-01 至 2026-10-31"],
    ["序号", "发票代码", "发票号码", "购方名称", "购方税号", "开票日期", "金额", "税额", "价税合计", "作废标志", "备注", "回款日期", "回款金额"],
  ];
  const docs: Doc[] = [];
  const receipts: Receipt[] = [];
  lines.forEach((l, k) => {
    rows.push([k + 1, l.code, l.no, l.customer, l.taxId, l.date, num(l.money.net), num(l.money.tax), num(l.money.gross), l.flag, l.note ?? null, l.paidOn ?? null, l.paid === undefined ? null : num(m(l.paid))]);
    if (l.flag !== "作废") bookOwed(docs, receipts, l); // a voided invoice was never owed
  });
  return {
    file: "113-zh-jinshui-vat-invoice-export-with-receipts.xlsx",
    shape: "金税盘 增值税发票 export: 发票代码 + 发票号码 (a 发票号码 under two codes), 价税合计 beside 金额 / 税额, 作废标志, a 红字 invoice, hand-kept 回款日期 / 回款金额",
    ...OCT,
    sheets: [{ name: "发票查询", rows, merges: ["A1:M1"] }],
    expected: expectedRows(OCT.asOf, "allocate", docs, receipts),
    languages: { [HT.customer]: "zh", [JL.customer]: "zh" },
    keyedByName: true,
    checkSays: ['Amount ← I "价税合计"'],
    checkSaysNot: ["twice", "重复", 'Amount ← G "金额"'],
  };
}

// ---------------------------------------------------------------------------------------------
// 114. The 数电发票 platform's 全量发票查询 export (发票信息 sheet): 发票代码 and 发票号码 empty, the
//      20-digit 数电票号码 as text (two of them differ only in their last digits, which a number cell
//      could not keep apart), 购买方名称 / 购方识别号, 开票日期 with the time (`2026-10-05 14:23:11`),
//      金额 / 税额 / 价税合计, 发票状态 (正常 / 已作废 / 全额红冲: the blue invoice a listed 红字 invoice
//      reverses), 是否正数发票, and the 回款 on a sheet of its own quoting the 数电票号码.
function shudianExportWithReceiptSheet(): CorpusLedger {
  type Line = { no: string; customer: string; taxId: string; date: Iso; time: string; money: ReturnType<typeof vat>; status: "正常" | "已作废" | "全额红冲"; note?: string };
  const HZ = { customer: "杭州云栖数据科技有限公司", taxId: "91330106MA2H4K9T3R" };
  const NB = { customer: "宁波北仑港务物流有限公司", taxId: "91330206144071258P" };
  const lines: Line[] = [
    { no: "26332000000107654321", ...HZ, date: "2026-07-21", time: "09:15:42", money: vat("30,000.00", "1,800.00"), status: "正常" },
    { no: "26332000000107654322", ...HZ, date: "2026-08-18", time: "16:02:07", money: vat("12,500.00", "750.00"), status: "正常" },
    { no: "26332000000108011930", ...NB, date: "2026-08-25", time: "10:44:19", money: vat("46,000.00", "5,980.00"), status: "全额红冲" },
    { no: "26332000000108011987", ...NB, date: "2026-09-02", time: "11:30:55", money: vat("-46,000.00", "-5,980.00"), status: "正常", note: "被红冲蓝字数电票号码：26332000000108011930 红字发票信息确认单编号：33010626090200001234" },
    { no: "26332000000108011988", ...NB, date: "2026-09-02", time: "11:36:03", money: vat("44,000.00", "5,720.00"), status: "正常" },
    { no: "26332000000109230015", ...HZ, date: "2026-09-29", time: "17:58:31", money: vat("8,000.00", "480.00"), status: "已作废" },
    { no: "26332000000110050402", ...NB, date: "2026-10-05", time: "14:23:11", money: vat("9,600.00", "1,248.00"), status: "正常" },
    { no: "26332000000110210077", ...HZ, date: "2026-10-21", time: "08:07:26", money: vat("6,000.00", "360.00"), status: "正常" },
  ];
  const invoiceRows: Cell[][] = [["序号", "发票代码", "发票号码", "数电票号码", "销方识别号", "销方名称", "购方识别号", "购买方名称", "开票日期", "金额", "税额", "价税合计", "发票来源", "发票票种", "发票状态", "是否正数发票", "备注"]];
  const docs: Doc[] = [];
  lines.forEach((l, k) => {
    invoiceRows.push([k + 1, null, null, l.no, "91330100MA27XJ0B5N", "浙江之江智造有限公司", l.taxId, l.customer, stamp(l.date, l.time), num(l.money.net), num(l.money.tax), num(l.money.gross),
      "电子发票服务平台", l.customer === NB.customer ? "数电票（增值税专用发票）" : "数电票（普通发票）", l.status, l.money.gross < 0 ? "否" : "是", l.note ?? null]);
    if (l.status !== "已作废") docs.push({ customer: l.customer, currency: "CNY", no: l.no, date: l.date, due: addDays(l.date, TERMS), amount: l.money.gross });
  });
  const received: [Iso, string, string, string][] = [
    // 回款日期, 客户, 回款金额, 数电票号码 (what the bank slip's 附言 quoted)
    ["2026-08-30", HZ.customer, "31,800.00", "26332000000107654321"],
    ["2026-10-10", NB.customer, "30,000.00", "26332000000108011988"],
    ["2026-10-26", HZ.customer, "5,000.00", "26332000000107654322"],
  ];
  const receiptRows: Cell[][] = [["回款日期", "客户", "回款金额", "数电票号码", "收款方式"]];
  const receipts: Receipt[] = [];
  for (const [date, customer, amount, no] of received) {
    receiptRows.push([dt(date), customer, num(m(amount)), no, "银行转账"]);
    receipts.push({ customer, currency: "CNY", date, amount: m(amount), invoiceNo: no });
  }
  return {
    file: "114-zh-shudian-e-invoice-export-with-receipts-sheet.xlsx",
    shape: "数电发票 全量发票查询 export: 20-digit 数电票号码 as text, 开票日期 with the time, 发票状态 正常 / 已作废 / 全额红冲 with its 红字 invoice, 回款 on a sheet of their own",
    ...OCT,
    sheets: [{ name: "发票基础信息", rows: invoiceRows }, { name: "回款记录", rows: receiptRows }],
    expected: expectedRows(OCT.asOf, "allocate", docs, receipts),
    languages: { [HZ.customer]: "zh", [NB.customer]: "zh" },
    keyedByName: true,
    checkSays: ['InvoiceNo ← D "数电票号码"', 'Amount ← L "价税合计"'],
    checkSaysNot: ["twice", "重复", "not a date"],
  };
}

// ---------------------------------------------------------------------------------------------
// 115. A 税控 普通发票 list as the clerk saves it from the 开票软件: 开票日期 as date-time cells (the
//      serial with the time as a fraction), 合计金额 (the net) / 合计税额 / 价税合计, a 税率 column,
//      作废标志 written 是 / 否 (是 = voided), 主要商品名称, and the clerk's 回款 columns: 已收金额 and
//      收款日期, a 回款 covering two invoices written on the first, a part payment.
function shuikongListDateTimeCells(): CorpusLedger {
  type Line = CodedInvoice & { at: [number, number]; rate: string; voided: boolean; item: string };
  const XM = "厦门鹭岛茶叶贸易有限公司";
  const FZ = "福州闽江文具批发部";
  const lines: Line[] = [
    { code: "035001900111", no: "06617201", customer: XM, date: "2026-06-30", at: [15, 20], money: vat("17,699.12", "2,300.88"), rate: "13%", voided: false, item: "*茶*乌龙茶", paidOn: "2026-08-05", paid: "26,000.00" },
    { code: "035001900111", no: "06617202", customer: XM, date: "2026-07-14", at: [9, 5], money: vat("5,309.73", "690.27"), rate: "13%", voided: false, item: "*茶*红茶" },
    { code: "035001900111", no: "06617203", customer: FZ, date: "2026-07-22", at: [11, 48], money: vat("2,912.62", "87.38"), rate: "3%", voided: false, item: "*文具*中性笔", paidOn: "2026-09-18", paid: "1,500.00" },
    { code: "035001900111", no: "06617204", customer: FZ, date: "2026-08-11", at: [14, 2], money: vat("1,941.75", "58.25"), rate: "3%", voided: true, item: "*文具*笔记本" },
    { code: "035001900111", no: "06617205", customer: XM, date: "2026-09-08", at: [10, 31], money: vat("8,849.56", "1,150.44"), rate: "13%", voided: false, item: "*茶*白茶" },
    { code: "035001900111", no: "06617206", customer: FZ, date: "2026-10-16", at: [16, 45], money: vat("3,883.50", "116.50"), rate: "3%", voided: false, item: "*文具*文件夹" },
    { code: "035001900111", no: "06617207", customer: XM, date: "2026-10-28", at: [23, 59], money: vat("2,654.87", "345.13"), rate: "13%", voided: false, item: "*茶*茶具" },
  ];
  const rows: Cell[][] = [["发票代码", "发票号码", "购方名称", "开票日期", "主要商品名称", "税率", "合计金额", "合计税额", "价税合计", "作废标志", "已收金额", "收款日期"]];
  const docs: Doc[] = [];
  const receipts: Receipt[] = [];
  for (const l of lines) {
    rows.push([l.code, l.no, l.customer, dateTimeCell(l.date, ...l.at), l.item, l.rate, num(l.money.net), num(l.money.tax), num(l.money.gross), l.voided ? "是" : "否",
      l.paid === undefined ? null : num(m(l.paid)), l.paidOn === undefined ? null : dt(l.paidOn)]);
    if (!l.voided) bookOwed(docs, receipts, l);
  }
  return {
    file: "115-zh-shuikong-list-date-time-cells-void-flag.xlsx",
    shape: "税控 开票软件 list: 开票日期 date-time cells, 合计金额 (net) / 合计税额 / 价税合计, 作废标志 是 / 否, 已收金额 with 收款日期 (one 回款 for two invoices)",
    ...OCT,
    sheets: [{ name: "Sheet1", rows, dateFormat: "yyyy-mm-dd hh:mm:ss" }],
    expected: expectedRows(OCT.asOf, "allocate", docs, receipts),
    languages: { [XM]: "zh", [FZ]: "zh" },
    keyedByName: true,
    checkSays: ['Amount ← I "价税合计"'],
    checkSaysNot: ["twice", "重复", 'Amount ← G "合计金额"'],
  };
}

// ---------------------------------------------------------------------------------------------
// 116. The same register from a 税控 program in its English interface (a foreign-owned company's
//      finance team in Suzhou): Invoice Code / Invoice No. / Buyer Name / Buyer Tax ID / Issue Date
//      (`2026-09-03 10:12:45`) / Amount excl. VAT / VAT / Total incl. VAT / Status (Normal, Voided,
//      Cancelled, Red-letter) / Remarks, and the clerk's Received Amount and Received Date columns.
function englishVatRegister(): CorpusLedger {
  type Line = CodedInvoice & { time: string; status: "Normal" | "Voided" | "Cancelled" | "Red-letter"; remarks?: string };
  const KS = "Kunshan Precision Molding Co., Ltd.";
  const WJ = "Wujiang Silk Road Apparel Co., Ltd.";
  const lines: Line[] = [
    { code: "3200261130", no: "01857301", customer: KS, date: "2026-07-09", time: "10:12:45", money: vat("40,000.00", "5,200.00"), status: "Normal", paidOn: "2026-08-28", paid: "45,200.00" },
    { code: "3200261130", no: "01857302", customer: WJ, date: "2026-07-30", time: "14:40:02", money: vat("18,000.00", "2,340.00"), status: "Normal", paidOn: "2026-09-30", paid: "10,000.00" },
    { code: "3200261130", no: "01857303", customer: KS, date: "2026-08-14", time: "09:01:10", money: vat("9,000.00", "1,170.00"), status: "Voided", remarks: "wrong buyer tax ID" },
    { code: "3200261130", no: "01857304", customer: KS, date: "2026-08-14", time: "09:20:37", money: vat("9,000.00", "1,170.00"), status: "Normal" },
    { code: "3200261130", no: "01857305", customer: WJ, date: "2026-09-17", time: "16:55:48", money: vat("6,400.00", "832.00"), status: "Cancelled" },
    { code: "3200262130", no: "01857301", customer: WJ, date: "2026-09-24", time: "11:11:11", money: vat("22,000.00", "2,860.00"), status: "Normal" },
    { code: "3200262130", no: "01857306", customer: WJ, date: "2026-10-12", time: "15:33:09", money: vat("-2,000.00", "-260.00"), status: "Red-letter", remarks: "Reverses 3200261130 01857302 (returned goods)" },
    { code: "3200262130", no: "01857307", customer: KS, date: "2026-10-22", time: "13:47:26", money: vat("11,500.00", "1,495.00"), status: "Normal" },
  ];
  const rows: Cell[][] = [["VAT Invoice Register"], [], ["Invoice Code", "Invoice No.", "Buyer Name", "Buyer Tax ID", "Issue Date", "Amount excl. VAT", "VAT", "Total incl. VAT", "Status", "Remarks", "Received Amount", "Received Date"]];
  const docs: Doc[] = [];
  const receipts: Receipt[] = [];
  for (const l of lines) {
    rows.push([l.code, l.no, l.customer, l.customer === KS ? "91320583MA1MXK8L4D" : "91320509MA1P2Q7R6E", stamp(l.date, l.time), num(l.money.net), num(l.money.tax), num(l.money.gross), l.status, l.remarks ?? null,
      l.paid === undefined ? null : num(m(l.paid)), l.paidOn === undefined ? null : dt(l.paidOn)]);
    if (l.status !== "Voided" && l.status !== "Cancelled") bookOwed(docs, receipts, l);
  }
  return {
    file: "116-en-vat-invoice-register-english-interface.xlsx",
    shape: "English VAT invoice register: Invoice Code + Invoice No., Issue Date with the time, Total incl. VAT beside Amount excl. VAT, Status Normal / Voided / Cancelled / Red-letter, Received Amount / Date",
    ...OCT,
    sheets: [{ name: "Invoices", rows }],
    settings: { "ledger.defaultCurrency": "CNY" },
    expected: expectedRows(OCT.asOf, "allocate", docs, receipts),
    languages: { [KS]: "en", [WJ]: "en" },
    keyedByName: true,
    checkSays: ['Amount ← H "Total incl. VAT"'],
    checkSaysNot: ["twice", 'Amount ← F "Amount excl. VAT"'],
  };
}

// ---------------------------------------------------------------------------------------------
// 117. A 客户对账单 as a customer sends it back, signed: one customer (named in the title block, 客户名称：…),
//      a 期初余额 line, then each 开票 (发票号码) and 回款 of the period in 本期开票 / 本期回款 columns with
//      the running 余额, a 本期合计 line and the 期末余额 line, and the 确认 block under it. Read as that
//      customer's ledger: the opening balance is an open item dated the period's first day.
function customerStatementReturned(): CorpusLedger {
  const customer = "合肥皖江新能源科技有限公司";
  type Line = [Iso, string, string, string, string];
  const lines: Line[] = [
    // 日期, 摘要, 发票号码, 本期开票, 本期回款
    ["2026-08-06", "销售逆变器", "34012651", "56,500.00", ""],
    ["2026-08-25", "回款", "", "", "40,000.00"],
    ["2026-09-14", "销售汇流箱", "34012702", "21,470.00", ""],
    ["2026-10-09", "回款", "", "", "30,000.00"],
    ["2026-10-23", "销售线缆", "34012788", "9,605.00", ""],
  ];
  const opening = m("12,300.00");
  const rows: Cell[][] = [
    ["应收账款对账单"],
    ["客户名称：" + customer, null, null, "对账期间：2026-08-01 至 2026-10-31"],
    ["日期", "摘要", "发票号码", "本期开票", "本期回款", "余额"],
    ["2026-08-01", "期初余额", null, null, null, num(opening)],
  ];
  const docs: Doc[] = [{ customer, currency: "CNY", no: "期初余额", date: "2026-08-01", due: "2026-08-01", amount: opening }];
  const receipts: Receipt[] = [];
  let balance = opening;
  let billed = 0;
  let paid = 0;
  for (const [date, summary, no, bill, pay] of lines) {
    balance += (bill === "" ? 0 : m(bill)) - (pay === "" ? 0 : m(pay));
    rows.push([date, summary, no || null, bill === "" ? null : num(m(bill)), pay === "" ? null : num(m(pay)), num(balance)]);
    if (bill !== "") { docs.push({ customer, currency: "CNY", no, date, due: addDays(date, TERMS), amount: m(bill) }); billed += m(bill); }
    else { receipts.push({ customer, currency: "CNY", date, amount: m(pay) }); paid += m(pay); }
  }
  rows.push([null, "本期合计", null, num(billed), num(paid), null]);
  rows.push(["2026-10-31", "期末余额", null, null, null, num(balance)]);
  rows.push([]);
  rows.push(["以上对账无误。", null, null, "客户盖章：", null, "日期：2026年11月3日"]);
  return {
    file: "117-zh-customer-statement-returned-one-customer.xlsx",
    shape: "客户对账单 sent back by the customer: 客户名称 in the title, 期初余额, 本期开票 / 本期回款 / 余额 lines, 本期合计 and 期末余额, the 确认 block",
    ...OCT,
    sheets: [{ name: "对账单", rows, merges: ["A1:F1"] }],
    expected: expectedRows(OCT.asOf, "allocate", docs, receipts),
    languages: { [customer]: "zh" },
    keyedByName: true,
    checkSaysNot: ["required column", "not a date", "期末余额 is"],
  };
}

// ---------------------------------------------------------------------------------------------
// 118. The 全量发票查询 export as it is in 2026, 税控 and 数电 invoices in one list: the 税控 rows with
//      发票代码 and 发票号码 as number cells (the 发票号码 00731805 lost its leading zeros: 731805), the
//      数电 rows with the 数电票号码 as text and the code and number empty, 开票日期 as date-time cells, a
//      税率 column, 发票状态 (正常 / 已作废 / 部分红冲 with its 红字 invoice), and the clerk's 已收金额 (no date).
function mixedTaxControlAndShudian(): CorpusLedger {
  type Line = { code: number | null; no: number | null; eNo: string | null; customer: string; date: Iso; at: [number, number]; money: ReturnType<typeof vat>; status: "正常" | "已作废" | "部分红冲"; paid?: string };
  const CQ = "重庆两江汽车零部件有限公司";
  const CD = "成都天府软件园服务有限公司";
  const lines: Line[] = [
    { code: 5000261130, no: 731805, eNo: null, customer: CQ, date: "2026-06-18", at: [9, 12], money: vat("36,000.00", "4,680.00"), status: "正常", paid: "40,680.00" },
    { code: 5000261130, no: 731806, eNo: null, customer: CD, date: "2026-07-02", at: [14, 40], money: vat("10,000.00", "600.00"), status: "正常", paid: "6,000.00" },
    { code: 5000261130, no: 731807, eNo: null, customer: CQ, date: "2026-07-20", at: [10, 5], money: vat("12,000.00", "1,560.00"), status: "已作废" },
    { code: null, no: null, eNo: "26502000000108122231", customer: CQ, date: "2026-08-11", at: [16, 20], money: vat("24,000.00", "3,120.00"), status: "部分红冲" },
    { code: null, no: null, eNo: "26502000000109010457", customer: CQ, date: "2026-09-01", at: [11, 0], money: vat("-4,000.00", "-520.00"), status: "正常" },
    { code: null, no: null, eNo: "26502000000109250088", customer: CD, date: "2026-09-25", at: [15, 33], money: vat("8,500.00", "510.00"), status: "正常" },
    { code: null, no: null, eNo: "26502000000110190146", customer: CQ, date: "2026-10-19", at: [8, 47], money: vat("5,000.00", "650.00"), status: "正常", paid: "2,000.00" },
  ];
  const rows: Cell[][] = [["发票代码", "发票号码", "数电票号码", "购买方名称", "开票日期", "税率", "金额", "税额", "价税合计", "发票状态", "已收金额"]];
  const docs: Doc[] = [];
  const receipts: Receipt[] = [];
  for (const l of lines) {
    rows.push([l.code, l.no, l.eNo, l.customer, dateTimeCell(l.date, ...l.at), l.customer === CQ ? "13%" : "6%", num(l.money.net), num(l.money.tax), num(l.money.gross), l.status,
      l.paid === undefined ? null : num(m(l.paid))]);
    if (l.status === "已作废") continue;
    const no = l.eNo ?? `${l.code}-${String(l.no).padStart(8, "0")}`;
    docs.push({ customer: l.customer, currency: "CNY", no, date: l.date, due: addDays(l.date, TERMS), amount: l.money.gross });
    // An undated 已收金额 is paid by the as-of day: a receipt of that invoice on its own date.
    if (l.paid !== undefined) receipts.push({ customer: l.customer, currency: "CNY", date: l.date, amount: m(l.paid), invoiceNo: no });
  }
  return {
    file: "118-zh-full-invoice-query-tax-control-and-shudian-mixed.xlsx",
    shape: "全量发票查询 export mixing 税控 rows (发票代码 / 发票号码 as number cells, leading zeros lost) and 数电 rows (数电票号码 text), date-time 开票日期, 部分红冲 with its 红字 invoice, 已收金额",
    ...OCT,
    sheets: [{ name: "发票列表", rows, dateFormat: "yyyy-mm-dd hh:mm:ss" }],
    expected: expectedRows(OCT.asOf, "allocate", docs, receipts),
    languages: { [CQ]: "zh", [CD]: "zh" },
    keyedByName: true,
    checkSays: ['InvoiceNo ← B "发票号码（数电票号码 / 发票代码-发票号码）"'],
    checkSaysNot: ["twice", "重复", "InvoiceNo is empty"],
  };
}

export const ELEVENTH_PASS: readonly CorpusLedger[] = [
  jinshuiExportWithReceipts(),
  shudianExportWithReceiptSheet(),
  shuikongListDateTimeCells(),
  englishVatRegister(),
  customerStatementReturned(),
  mixedTaxControlAndShudian(),
];
