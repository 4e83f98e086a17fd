import type { RawCell, SourceBlock } from "../../../src/workbook/port";
import {
  detectTables,
  fieldForHeader,
  findHeaderRow,
  mapHeaders,
  MissingTablesError,
  normalizeHeader,
  SYNONYMS,
  toLedgerInput,
  FIELDS_OF,
  TABLE_KINDS,
} from "../../../src/workbook/schema";

function block(sheet: string, headers: string[], options: { tableName?: string; rows?: RawCell[][] } = {}): SourceBlock {
  return { sheet, headerRow: 1, firstColumn: 1, headers, rows: options.rows ?? [], ...(options.tableName ? { tableName: options.tableName } : {}) };
}

const CUSTOMER_HEADERS = ["Customer ID", "Name", "Email", "Credit Limit", "Terms"];
const INVOICE_HEADERS = ["Invoice No", "Customer ID", "Date", "Due Date", "Amount"];
const PAYMENT_HEADERS = ["Date", "Customer ID", "Amount", "Invoice No", "Reference", "Method"];

describe("normalizeHeader", () => {
  it("ignores case, spaces, _, -, . and full-width forms", () => {
    expect(normalizeHeader(" Customer_ID ")).toBe("customerid");
    expect(normalizeHeader("Inv.-No")).toBe("invno");
    expect(normalizeHeader("ＩＮＶ　Ｎｏ．")).toBe("invno");
    expect(normalizeHeader("付款期限（天）")).toBe("付款期限(天)");
  });
});

describe("synonyms", () => {
  it("never gives one header to two fields of the same table", () => {
    for (const kind of TABLE_KINDS) {
      const owner = new Map<string, string>();
      const table = SYNONYMS[kind] as Record<string, { specific: readonly string[]; generic?: readonly string[] }>;
      for (const field of FIELDS_OF[kind] as readonly string[]) {
        for (const s of [field, ...table[field].specific, ...(table[field].generic ?? [])]) {
          const key = normalizeHeader(s);
          if (owner.has(key) && owner.get(key) !== field) throw new Error(`${kind}: "${s}" in ${owner.get(key)} and ${field}`);
          owner.set(key, field);
        }
      }
    }
  });

  it.each([
    ["customers", "customer no", "CustomerID"],
    ["customers", "客户代码", "CustomerID"],
    ["customers", "客户名称", "Name"],
    ["customers", "E-Mail", "Email"],
    ["customers", "赊销额度", "CreditLimit"],
    ["customers", "付款期限(天)", "TermsDays"],
    ["customers", "Net days", "TermsDays"],
    ["customers", "币种", "Currency"],
    ["customers", "lang", "Language"],
    ["invoices", "Invoice #", "InvoiceNo"],
    ["invoices", "单号", "InvoiceNo"],
    ["invoices", "posting date", "InvoiceDate"],
    ["invoices", "应付日期", "DueDate"],
    ["invoices", "应收金额", "Amount"],
    ["invoices", "Amount (USD)", "Amount"],
    ["invoices", "金额（元）", "Amount"],
    ["invoices", "已收金额", "Paid"],
    ["invoices", "On hold", "Disputed"],
    ["payments", "paid on", "Date"],
    ["payments", "收款日期", "Date"],
    ["payments", "备注", "Reference"],
    ["payments", "Payment method", "Method"],
  ] as const)("%s: %s → %s", (kind, header, field) => {
    expect(fieldForHeader(kind, header)?.field).toBe(field);
  });

  it("takes a balance column for the open balance, never for the invoice amount", () => {
    expect(fieldForHeader("invoices", "Balance")?.field).toBe("OpenBalance");
    expect(fieldForHeader("invoices", "Outstanding")?.field).toBe("OpenBalance");
    expect(fieldForHeader("invoices", "Amount Due")?.field).toBe("OpenBalance");
  });
});

describe("mapHeaders", () => {
  it("maps Chinese invoice headers", () => {
    const m = mapHeaders("invoices", ["发票号", "客户编号", "开票日期", "到期日", "金额", "已付金额", "币种"]);
    expect(Object.fromEntries(Object.entries(m.matches).map(([f, c]) => [f, c!.index]))).toEqual({
      InvoiceNo: 0, CustomerID: 1, InvoiceDate: 2, DueDate: 3, Amount: 4, Paid: 5, Currency: 6,
    });
    expect(m.missing).toEqual([]);
    expect(m.unmapped).toEqual([]);
  });

  it("prefers a Customer ID column over a Customer column, which then holds the names", () => {
    const m = mapHeaders("invoices", ["Customer", "Customer ID", "Invoice", "Date", "Total"]);
    expect(m.matches.CustomerID?.index).toBe(1);
    expect(m.matches.CustomerName?.index).toBe(0);
    expect(m.unmapped).toEqual([]);
    // Sage France: N° compte (411…) then Client
    expect(mapHeaders("invoices", ["N° compte", "Client", "N° facture", "Date facture", "Montant TTC"]).matches.CustomerName?.header).toBe("Client");
    // a Contact beside the customer number is a person to write to, not the customer's name
    const contact = mapHeaders("invoices", ["Customer ID", "Contact", "Invoice", "Date", "Total"]);
    expect([contact.matches.CustomerName, contact.unmapped]).toEqual([undefined, ["Contact"]]);
  });

  it("reports missing required fields", () => {
    expect(mapHeaders("invoices", ["Invoice No", "Amount"]).missing).toEqual(["CustomerID", "InvoiceDate"]);
  });
});

describe("findHeaderRow", () => {
  it("skips title rows", () => {
    expect(findHeaderRow([["应收账款明细 2026年10月"], [null], ["制表人: 张三"], ["发票号", "客户编号", "开票日期", "金额"], ["FP1", "K1", 45961, 10]])).toBe(3);
  });

  it("falls back to the first non-empty row", () => {
    expect(findHeaderRow([[null], ["foo", "bar"], ["1", "2"]])).toBe(1);
    expect(findHeaderRow([[null]])).toBe(-1);
  });
});

describe("detectTables", () => {
  it("finds tables by Excel table name, in any case and in Chinese", () => {
    const blocks = [
      block("Sheet1", ["A", "B"], { tableName: "CUSTOMERS" }),
      block("Sheet1", ["发票号"], { tableName: "发票" }),
      block("Sheet2", ["x"], { tableName: "收款" }),
    ];
    const d = detectTables(blocks);
    expect(d.customers?.block).toBe(blocks[0]);
    expect(d.customers?.method).toBe("table-name");
    expect(d.invoices?.block).toBe(blocks[1]);
    expect(d.payments?.block).toBe(blocks[2]);
    expect(d.customers?.missing).toEqual(["CustomerID", "Name"]);
    expect(d.customers!.confidence).toBeLessThan(0.5);
  });

  it("finds tables by sheet name when there is no table name", () => {
    const blocks = [block("Payments", PAYMENT_HEADERS), block("invoices", INVOICE_HEADERS), block("Customer list", CUSTOMER_HEADERS)];
    const d = detectTables(blocks);
    expect([d.customers?.method, d.invoices?.method, d.payments?.method]).toEqual(["sheet-name", "sheet-name", "sheet-name"]);
    expect(d.invoices?.columns).toEqual({ InvoiceNo: 0, CustomerID: 1, InvoiceDate: 2, DueDate: 3, Amount: 4 });
    expect(d.invoices?.headers.InvoiceDate).toBe("Date");
    expect(d.invoices!.confidence).toBeGreaterThanOrEqual(0.9);
  });

  it("tells Invoices from Payments by their headers, each block used once", () => {
    const blocks = [block("Sheet3", PAYMENT_HEADERS), block("Sheet2", INVOICE_HEADERS), block("Sheet1", CUSTOMER_HEADERS)];
    const d = detectTables(blocks);
    expect(d.customers?.block.sheet).toBe("Sheet1");
    expect(d.invoices?.block.sheet).toBe("Sheet2");
    expect(d.payments?.block.sheet).toBe("Sheet3");
    expect(d.payments?.method).toBe("headers");
    expect(d.payments?.columns).toEqual({ Date: 0, CustomerID: 1, Amount: 2, InvoiceNo: 3, Reference: 4, Method: 5 });
    expect(d.missingTables).toEqual([]);
  });

  it("detects Chinese headers", () => {
    const blocks = [
      block("表1", ["客户编号", "客户名称", "邮箱", "信用额度", "账期", "语言"]),
      block("表2", ["发票号", "客户编号", "开票日期", "到期日", "金额", "备注"]),
      block("表3", ["收款日期", "客户编号", "收款金额", "发票号", "参考号"]),
    ];
    const d = detectTables(blocks);
    expect([d.customers?.block.sheet, d.invoices?.block.sheet, d.payments?.block.sheet]).toEqual(["表1", "表2", "表3"]);
    // 备注 is the clerk's internal remark: its own field (read for 作废 / 已结清), never the printed description.
    expect(d.invoices?.unmapped).toEqual([]);
    expect(d.invoices?.columns.Note).toBe(5);
    expect(d.invoices?.columns.Description).toBeUndefined();
  });

  it("does not take an unrelated sheet, and needs no Customers table", () => {
    const d = detectTables([block("Notes", ["Topic", "Text"]), block("Sheet2", INVOICE_HEADERS)]);
    expect(d.customers).toBeUndefined();
    expect(d.invoices?.block.sheet).toBe("Sheet2");
    expect(d.missingTables).toEqual([]);
  });

  it("reads a sheet per month as more invoices, never one month as the Customers table", () => {
    // Each month has a bare "Customer" column, which fits a customer list's Name too.
    const month = ["Customer", "Invoice No", "Invoice Date", "Due Date", "Amount", "Paid", "Balance"];
    const rows = (no: string): RawCell[][] => [["Ann", no, "2026-09-01", "2026-10-01", 10, 0, 10]];
    const blocks = [block("Aug 2026", month, { rows: rows("A") }), block("Sep 2026", month, { rows: rows("B") }), block("Oct 2026", month, { rows: rows("C") })];
    const d = detectTables(blocks);
    expect(d.customers).toBeUndefined();
    expect(d.payments).toBeUndefined();
    expect([d.invoices?.block.sheet, ...(d.moreInvoices ?? []).map((m) => m.block.sheet)].sort()).toEqual(["Aug 2026", "Oct 2026", "Sep 2026"]);
  });

  it("reads last year's sheet in another layout as more invoices, never as the Customers table", () => {
    // 2025年 has no 备注 column and another column order: still a whole invoice list.
    const blocks = [
      block("2025年", ["客户名称", "发票号", "开票日期", "金额", "已收金额"], { rows: [["甲公司", "A1", "2025-12-01", 1000, 0]] }),
      block("2026年", ["发票号", "客户名称", "开票日期", "金额", "已收金额", "备注"], { rows: [["A2", "甲公司", "2026-09-01", 500, 0, null]] }),
    ];
    const d = detectTables(blocks);
    expect(d.customers).toBeUndefined();
    expect([d.invoices?.block.sheet, ...(d.moreInvoices ?? []).map((m) => m.block.sheet)].sort()).toEqual(["2025年", "2026年"]);
    const older = [d.invoices!, ...(d.moreInvoices ?? [])].find((t) => t.block.sheet === "2025年")!;
    expect(older.columns).toMatchObject({ CustomerName: 0, InvoiceNo: 1, InvoiceDate: 2, Amount: 3, Paid: 4 });
  });

  it("does not take a payments list in another layout for more invoices", () => {
    const d = detectTables([
      block("Invoices", ["Customer", "Invoice No", "Invoice Date", "Amount"], { rows: [["Ann", "A", "2026-09-01", 10]] }),
      block("Receipts", ["Date", "Customer", "Amount", "Invoice No"], { rows: [["2026-09-10", "Ann", 10, "A"]] }),
    ]);
    expect(d.payments?.block.sheet).toBe("Receipts");
    expect(d.moreInvoices ?? []).toEqual([]);
  });

  it("keeps a real customer list that happens to share the Customer column", () => {
    const d = detectTables([block("Sheet1", ["Customer", "Email", "Credit Limit"]), block("Sheet2", ["Customer", "Invoice No", "Invoice Date", "Amount"])]);
    expect(d.customers?.block.sheet).toBe("Sheet1");
    expect(d.invoices?.block.sheet).toBe("Sheet2");
  });

  it("maps a transaction list's Name, Due Date/Receive By and Amount Remaining (NetSuite)", () => {
    const d = detectTables([block("Open Invoices", ["Type", "Date", "Document Number", "Name", "Due Date/Receive By", "Currency", "Amount (Foreign Currency)", "Amount Remaining"])]);
    expect(d.invoices?.columns).toMatchObject({ CustomerName: 3, DueDate: 4, Amount: 6, OpenBalance: 7 });
  });

  it("lets overrides choose blocks and columns", () => {
    const blocks = [block("Invoices", INVOICE_HEADERS), block("Old invoices", [...INVOICE_HEADERS, "Open"]), block("Clients", CUSTOMER_HEADERS)];
    const d = detectTables(blocks, {
      tables: { invoices: { sheet: "Old invoices" }, payments: null },
      columns: { invoices: { Amount: "Open", DueDate: null }, customers: { Email: "Nope" } },
    });
    expect(d.invoices?.block).toBe(blocks[1]);
    expect(d.invoices?.method).toBe("override");
    expect(d.invoices?.columns.Amount).toBe(5);
    expect(d.invoices?.columns.DueDate).toBeUndefined();
    expect(d.invoices?.unmapped).toEqual(["Due Date", "Amount"]);
    expect(d.payments).toBeUndefined();
    expect(d.customers?.block).toBe(blocks[2]);
    expect(d.overrideProblems.map((p) => p.reason)).toEqual(['customers.Email: column "Nope" not found on sheet "Clients"']);
  });
});

describe("toLedgerInput", () => {
  it("passes blocks and columns on", () => {
    const blocks = [block("Customers", CUSTOMER_HEADERS), block("Invoices", INVOICE_HEADERS)];
    const input = toLedgerInput(detectTables(blocks));
    expect(input.customers).toEqual({ block: blocks[0], columns: { CustomerID: 0, Name: 1, Email: 2, CreditLimit: 3, TermsDays: 4 } });
    expect(input.invoices.block).toBe(blocks[1]);
    expect(input.payments).toBeUndefined();
  });

  it.each([
    ["Aged Debtors", ["A/C", "Name", "Credit Limit", "Balance", "Future", "Current", "Period 1", "Period 2", "Period 3", "Older"], ["Future", "Current", "Period 1", "Period 2", "Period 3", "Older"]],
    ["AR Aging Summary", ["Customer", "Current", "1 - 30", "31 - 60", "61 - 90", "91 and over", "Total"], ["Current", "1 - 30", "31 - 60", "61 - 90", "91 and over"]],
    ["账龄分析表", ["客户名称", "应收余额", "未到期", "1-30天", "31-60天", "61-90天", "90天以上"], ["未到期", "1-30天", "31-60天", "61-90天", "90天以上"]],
  ])("says an aging summary (%s) cannot be aged again, naming its bucket columns and the detail export to use", (sheet, headers, buckets) => {
    const blocks = [{ ...block(sheet, headers, { rows: [headers.map(() => 1)] }), headerRow: 4 }];
    const d = detectTables(blocks);
    expect(d.agingReport).toEqual({ sheet, headerRow: 4, buckets });
    expect(() => toLedgerInput(d)).toThrow(new RegExp(`sheet "${sheet}" \\(header row 4\\) is an aging summary: its columns "${buckets[0]}", .*Aged Receivables Detail`));
  });

  it("says a balance summary (用友 / 畅捷通 应收账款余额表) cannot be aged, naming its balance columns and the detail to export", () => {
    const headers = ["科目编码", "科目名称", "客户编码", "客户名称", "期初余额", "本期借方", "本期贷方", "期末余额", "方向"];
    const blocks = [{ ...block("余额表", headers, { rows: [["1122", "应收账款", "C01", "甲公司", 500, 1000, 800, 700, "借"]] }), headerRow: 2 }];
    const d = detectTables(blocks);
    expect(d.agingReport).toEqual({ sheet: "余额表", headerRow: 2, buckets: ["期初余额", "本期借方", "本期贷方", "期末余额"], kind: "balances" });
    expect(() => toLedgerInput(d)).toThrow(/sheet "余额表" \(header row 2\) is a balance summary: its columns "期初余额", .*客户往来明细账/);
  });

  it("says a customer statement's summary (对账单: 期初余额, 本期开票, 本期回款, 期末余额 as columns) is no invoice list, naming its totals and what to open", () => {
    const headers = ["客户名称", "期初余额", "本期开票", "本期回款", "期末余额"];
    const d = detectTables([{ ...block("对账单", headers, { rows: [["合肥皖江新能源", 12300, 87575, 70000, 29875]] }), headerRow: 3 }]);
    expect(d.agingReport).toEqual({ sheet: "对账单", headerRow: 3, buckets: ["期初余额", "本期开票", "本期回款", "期末余额"], kind: "statement" });
    expect(() => toLedgerInput(d)).toThrow(/sheet "对账单" \(row 3\) is a customer statement's summary \(对账单\): "期初余额", .*open your own invoice list or customer ledger/);
  });

  it("says so of a statement's summary kept as lines down a column under its title rows, from its 期初余额 line", () => {
    const d = detectTables([{ ...block("Sheet1", ["客户对账单", ""], { rows: [
      ["客户名称：合肥皖江新能源", null], ["项目", "金额"], ["期初余额", 12300], ["本期开票", 87575], ["本期回款", 70000], ["期末余额", 29875],
    ] }), headerRow: 1 }]);
    expect(d.agingReport).toEqual({ sheet: "Sheet1", headerRow: 4, buckets: ["期初余额", "本期开票", "本期回款", "期末余额"], kind: "statement" });
  });

  it("does not call a customer ledger with 期初余额 / 期末余额 beside its dates a balance summary", () => {
    const d = detectTables([block("明细", ["日期", "凭证号", "客户", "摘要", "期初余额", "借方", "贷方", "期末余额"], { rows: [["2026-09-02", "记-1", "甲公司", "销售", null, 100, null, 100]] })]);
    expect(d.agingReport).toBeUndefined();
  });

  it("does not call an invoice list with bucket columns beside its dates an aging summary", () => {
    const d = detectTables([block("AR", ["Invoice No", "Customer", "Invoice Date", "Due Date", "Amount", "Current", "1-30", "31-60", "90+"])]);
    expect(d.invoices?.block.sheet).toBe("AR");
    expect(d.agingReport).toBeUndefined();
  });

  it("throws a clear error without an invoice list, and reads one without Customers", () => {
    expect(toLedgerInput(detectTables([block("Invoices", INVOICE_HEADERS)])).customers).toBeUndefined();
    expect(() => toLedgerInput(detectTables([block("Clients", CUSTOMER_HEADERS)]))).toThrow(MissingTablesError);
    expect(() => toLedgerInput(detectTables([]))).toThrowErrorMatchingInlineSnapshot(
      `"ARDesk schema: no Invoices table found: no sheet has a header row with an invoice number, a customer, a date and an amount. Name an Excel table or a sheet "Invoices", or choose it in AR Settings (source.Invoices)."`,
    );
  });
});

describe("Invoice ID beside Reference (no Invoice Number column): the values decide which is the number", () => {
  const headers = ["Invoice ID", "Customer", "Invoice Date", "Reference", "Amount"];
  const numberHeader = (rows: RawCell[][]) => detectTables([block("Sheet1", headers, { rows })]).invoices?.headers.InvoiceNo;
  it("takes Invoice ID when Reference holds the customer's PO or free text", () => {
    expect(numberHeader([
      ["INV-0001", "Acme", "2026-09-01", "PO 4471", 100],
      ["INV-0002", "Acme", "2026-09-02", "Monthly service", 200],
    ])).toBe("Invoice ID");
    // the same reference on two rows cannot be the number either
    expect(numberHeader([
      ["1001", "Acme", "2026-09-01", "PO-4471", 100],
      ["1002", "Acme", "2026-09-02", "PO-4471", 200],
    ])).toBe("Invoice ID");
  });
  it("keeps Reference when the Invoice ID is a system's internal key (ten digits or more)", () => {
    expect(numberHeader([
      ["2298410000000045031", "Acme", "2026-09-01", "INV-0001", 100],
      ["2298410000000045107", "Acme", "2026-09-02", "INV-0002", 200],
    ])).toBe("Reference");
  });
  it("keeps Reference when it holds lettered numbers (INV-0001) and the IDs are digits only", () => {
    expect(numberHeader([
      ["145", "Acme", "2026-09-01", "INV-0001", 100],
      ["146", "Acme", "2026-09-02", "INV-0002", 200],
    ])).toBe("Reference");
  });
  it("keeps Reference when an Invoice ID is missing on a row", () => {
    expect(numberHeader([
      ["INV-0001", "Acme", "2026-09-01", "PO 4471", 100],
      [null, "Acme", "2026-09-02", "PO 4472", 200],
    ])).toBe("Reference");
  });
});

describe("Stripe's Amount Due beside Amount Remaining", () => {
  it("takes Amount Remaining as the open balance: Amount Due is what the invoice asked for", () => {
    const m = mapHeaders("invoices", ["Number", "Customer Name", "Date", "Total", "Amount Due", "Amount Paid", "Amount Remaining"]);
    expect(m.matches.OpenBalance?.header).toBe("Amount Remaining");
    expect(m.unmapped).toEqual(["Amount Due"]);
  });
  it("keeps Amount Due as the open balance when nothing else names what remains (Wave)", () => {
    expect(mapHeaders("invoices", ["Invoice Number", "Customer", "Invoice Date", "Invoice Total", "Credit", "Amount Due"]).matches.OpenBalance?.header).toBe("Amount Due");
  });
});

describe("open amounts named by other systems", () => {
  it("takes Intacct's Total due and Dynamics GP's Current Trx Amount as the open balance, GP's Original Trx Amount as the amount", () => {
    expect(mapHeaders("invoices", ["Customer ID", "Invoice no.", "Date", "Due date", "Current", "1-30 days", "Total due"]).matches.OpenBalance?.header).toBe("Total due");
    const gp = mapHeaders("invoices", ["Customer ID", "Document Number", "Document Date", "Due Date", "Original Trx Amount", "Current Trx Amount"]);
    expect([gp.matches.Amount?.header, gp.matches.OpenBalance?.header]).toEqual(["Original Trx Amount", "Current Trx Amount"]);
  });
  it("takes Hong Kong's 結欠 and 金蝶's 未核销金额 as the open balance, 已核销金额 as paid", () => {
    expect(mapHeaders("invoices", ["客戶編號", "發票編號", "發票日期", "金額", "結欠"]).matches.OpenBalance?.header).toBe("結欠");
    const kingdee = mapHeaders("invoices", ["单据编号", "业务日期", "客户", "价税合计", "已核销金额", "未核销金额"]);
    expect([kingdee.matches.Paid?.header, kingdee.matches.OpenBalance?.header]).toEqual(["已核销金额", "未核销金额"]);
  });
});

describe("a Days column that counts the invoice's age is no terms column", () => {
  const headers = ["Customer", "Inv No", "Date", "Amount", "Days"];
  const terms = (rows: RawCell[][]) => detectTables([block("Ledger", headers, { rows })]).invoices?.headers.Terms;
  it("leaves it unmapped when date + days is one day on every row (=TODAY()-Date on 2026-10-31)", () => {
    // 2026-07-13 + 110, 2026-09-13 + 48, 2026-10-01 + 30: all 2026-10-31
    expect(terms([["Seaview", "HL-1", "2026-07-13", 100, 110], ["Seaview", "HL-2", "2026-09-13", 100, 48], ["Old Mill", "HL-3", "2026-10-01", 100, "30"]])).toBeUndefined();
  });
  it("keeps it as terms when the days are terms (30, 30, 14) or too few rows tell", () => {
    expect(terms([["Seaview", "HL-1", "2026-07-13", 100, 30], ["Seaview", "HL-2", "2026-09-13", 100, 30], ["Old Mill", "HL-3", "2026-10-01", 100, 14]])).toBe("Days");
    // Two rows whose end day agrees by chance with usual terms: 2026-08-14 + 60 = 2026-09-13 + 30 = 2026-10-13.
    expect(terms([["Seaview", "HL-1", "2026-08-14", 100, 60], ["Seaview", "HL-2", "2026-09-13", 100, 30]])).toBe("Days");
    expect(terms([["Seaview", "HL-1", "2026-07-13", 100, 110]])).toBe("Days");
  });
  it("takes two rows as ages when a number is no terms a firm gives (110 and 48 days: both 2026-10-31)", () => {
    expect(terms([["Seaview", "HL-1", "2026-07-13", 100, 110], ["Seaview", "HL-2", "2026-09-13", 100, 48]])).toBeUndefined();
    expect(terms([["Seaview", "HL-1", "2026-07-13", 100, 110], ["Seaview", "HL-2", "2026-09-13", 100, 47]])).toBe("Days"); // two end days
  });
});
