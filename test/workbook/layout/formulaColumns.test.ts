import { columnRef, nextColumnMark, parseColumnMark, planFormulaColumns, thisRow, NEEDS_TABLE_REASON, SKIP_REASONS, type FormulaTable } from "../../../src/workbook/layout/formulaColumns";

const invoices = (over: Partial<FormulaTable> = {}): FormulaTable => ({
  tableName: "Invoices",
  sheet: "Invoices",
  headers: ["Inv #", "Cust", "Date", "Due date", "Total", "Paid"],
  fields: { InvoiceNo: "Inv #", CustomerID: "Cust", InvoiceDate: "Date", DueDate: "Due date", Amount: "Total", Paid: "Paid" },
  ...over,
});

const customers = (over: Partial<FormulaTable> = {}): FormulaTable => ({
  tableName: "Customers",
  sheet: "Customers",
  headers: ["CustomerID", "Name", "Limit"],
  fields: { CustomerID: "CustomerID", Name: "Name", CreditLimit: "Limit" },
  ...over,
});

describe("thisRow", () => {
  it("returns [@Name] for simple names and [@[…]] otherwise", () => {
    expect(thisRow("DueDate")).toBe("[@DueDate]");
    expect(thisRow("到期日")).toBe("[@到期日]");
    expect(thisRow("Due date")).toBe("[@[Due date]]");
    expect(thisRow("Inv #")).toBe("[@[Inv '#]]");
    expect(thisRow("a[b]")).toBe("[@[a'[b']]]");
  });
});

describe("columnRef", () => {
  it("returns Table[Column], bracketed when the name is not simple", () => {
    expect(columnRef("Invoices", "Amount")).toBe("Invoices[Amount]");
    expect(columnRef("Invoices", "Open balance")).toBe("Invoices[[Open balance]]");
  });
});

describe("parseColumnMark", () => {
  it("returns the table and column of a mark", () => {
    expect(parseColumnMark("=Invoices[Aging]")).toEqual({ table: "Invoices", column: "Aging" });
    expect(parseColumnMark("=Invoices[[Open balance]]")).toEqual({ table: "Invoices", column: "Open balance" });
    expect(parseColumnMark(`=${columnRef("T", "Inv #")}`)).toEqual({ table: "T", column: "Inv #" });
  });
  it("returns undefined for broken or other references", () => {
    expect(parseColumnMark("=#REF!")).toBeUndefined();
    expect(parseColumnMark("='Index'!$A$1")).toBeUndefined();
  });
});

describe("planFormulaColumns", () => {
  it("uses the clerk's header names in structured references", () => {
    const plan = planFormulaColumns({ invoices: invoices(), customers: customers() });
    expect(plan.add.map((a) => [a.table, a.column, a.formula])).toEqual([
      ["Invoices", "Open balance", "=[@Total]-[@Paid]"],
      ["Invoices", "Days overdue", "=AR.DAYS_OVERDUE([@[Due date]])"],
      ["Invoices", "Aging", "=AR.AGING([@[Due date]])"],
      ["Invoices", "Stage", "=AR.DUNNING_STAGE([@[Due date]],[@[Open balance]])"],
      ["Customers", "Open balance", "=SUMIFS(Invoices[[Open balance]],Invoices[Cust],[@CustomerID])"],
      ["Customers", "Credit available", '=IF([@Limit]="","",AR.CREDIT_AVAILABLE([@Limit],[@[Open balance]]))'],
      [
        "Customers",
        "Stage",
        '=IF(COUNTIFS(Invoices[Cust],[@CustomerID],Invoices[[Open balance]],">0")=0,"None",AR.DUNNING_STAGE(MINIFS(Invoices[[Due date]],Invoices[Cust],[@CustomerID],Invoices[[Open balance]],">0"),[@[Open balance]]))',
      ],
    ]);
    expect(plan.skipped).toEqual([]);
  });

  it("never takes an existing column's name: it adds a suffix", () => {
    const plan = planFormulaColumns({ invoices: invoices({ headers: [...invoices().headers, "Aging", "Aging (AR)", "stage"] }) });
    expect(plan.add.map((a) => a.column)).toEqual(["Open balance", "Days overdue", "Aging (AR 2)", "Stage (AR)"]);
    expect(plan.add.find((a) => a.wanted === "Stage")!.formula).toBe("=AR.DUNNING_STAGE([@[Due date]],[@[Open balance]])");
  });

  it("skips columns AR Desk added before and references them under their current name", () => {
    const plan = planFormulaColumns({
      invoices: invoices({ headers: [...invoices().headers, "Open balance (AR)"] }),
      customers: customers(),
      marked: [{ table: "invoices", column: "Open balance (AR)" }],
    });
    expect(plan.skipped).toEqual([{ table: "Invoices", column: "Open balance (AR)", reason: "already added by AR Desk", reasonZh: "AR Desk 已添加过" }]);
    expect(plan.add.find((a) => a.table === "Invoices" && a.wanted === "Stage")!.formula).toBe("=AR.DUNNING_STAGE([@[Due date]],[@[Open balance (AR)]])");
    expect(plan.add.find((a) => a.table === "Customers" && a.wanted === "Open balance")!.formula).toContain("Invoices[[Open balance (AR)]]");
  });

  it("with a Payments table and no Paid column, takes payments per invoice and per customer", () => {
    const plan = planFormulaColumns({
      invoices: invoices({ headers: ["InvoiceNo", "CustomerID", "DueDate", "Amount"], fields: { InvoiceNo: "InvoiceNo", CustomerID: "CustomerID", DueDate: "DueDate", Amount: "Amount" } }),
      customers: customers(),
      payments: { tableName: "Payments", sheet: "Payments", headers: ["Date", "CustomerID", "Amount", "InvoiceNo"], fields: { Date: "Date", CustomerID: "CustomerID", Amount: "Amount", InvoiceNo: "InvoiceNo" } },
    });
    expect(plan.add[0].formula).toBe("=[@Amount]-SUMIFS(Payments[Amount],Payments[InvoiceNo],[@InvoiceNo])");
    expect(plan.add.find((a) => a.table === "Customers" && a.wanted === "Open balance")!.formula).toBe(
      "=SUMIFS(Invoices[Amount],Invoices[CustomerID],[@CustomerID])-SUMIFS(Payments[Amount],Payments[CustomerID],[@CustomerID])",
    );
  });

  it("adds Late interest only with a rate, passing grace days", () => {
    expect(planFormulaColumns({ invoices: invoices(), annualRate: "0" }).add.map((a) => a.wanted)).not.toContain("Late interest");
    const plan = planFormulaColumns({ invoices: invoices(), annualRate: "0.08", graceDays: 5 });
    expect(plan.add.find((a) => a.wanted === "Late interest")!.formula).toBe("=AR.LATE_INTEREST([@[Open balance]],[@[Due date]],0.08,,5)");
  });

  describe("edge cases", () => {
    it("skips every column of a plain range, saying it needs an Excel table", () => {
      const plan = planFormulaColumns({ invoices: { ...invoices(), tableName: undefined }, customers: customers() });
      expect(plan.add.filter((a) => a.table === "Invoices")).toEqual([]);
      expect(plan.skipped.filter((s) => s.table === "Invoices").every((s) => s.reason === NEEDS_TABLE_REASON)).toBe(true);
      expect(plan.skipped.find((s) => s.table === "Customers" && s.column === "Stage")?.reason).toMatch(/not an Excel table/);
    });

    it("skips date-based columns without a due-date column, and Credit available without a limit", () => {
      const inv = invoices();
      const { DueDate: _drop, ...fields } = inv.fields;
      void _drop;
      const plan = planFormulaColumns({ invoices: { ...inv, fields }, customers: customers({ fields: { CustomerID: "CustomerID", Name: "Name" } }) });
      expect(plan.add.map((a) => `${a.table}.${a.column}`)).toEqual(["Invoices.Open balance", "Customers.Open balance"]);
      expect(plan.skipped.map((s) => `${s.table}.${s.column}`)).toEqual([
        "Invoices.Days overdue",
        "Invoices.Aging",
        "Invoices.Stage",
        "Customers.Credit available",
        "Customers.Stage",
      ]);
    });

    it("numbers marks after the highest one present", () => {
      expect(nextColumnMark([])).toBe(1);
      expect(nextColumnMark(["_ARDeskCol_3", "_ARDeskCol_12", "_ARDesk_index_40", "Other"])).toBe(13);
    });
  });
});

describe("skip reasons", () => {
  it("each has a Chinese text", () => {
    for (const [why, texts] of Object.entries(SKIP_REASONS)) {
      expect([why, /[\u4e00-\u9fff]/.test(texts.zh), texts.en.length > 0]).toEqual([why, true, true]);
    }
  });
});

describe("planFormulaColumns in the pane's language", () => {
  it("names the columns in Chinese, the formulas referring to them by those names", () => {
    const plan = planFormulaColumns({ invoices: invoices(), customers: customers(), annualRate: "0.08", language: "zh" });
    expect(plan.add.map((a) => [a.table, a.column, a.formula])).toEqual([
      ["Invoices", "未收金额", "=[@Total]-[@Paid]"],
      ["Invoices", "逾期天数", "=AR.DAYS_OVERDUE([@[Due date]])"],
      ["Invoices", "账龄", "=AR.AGING([@[Due date]])"],
      ["Invoices", "催款阶段", "=AR.DUNNING_STAGE([@[Due date]],[@未收金额])"],
      ["Invoices", "逾期利息", "=AR.LATE_INTEREST([@未收金额],[@[Due date]],0.08)"],
      ["Customers", "未收金额", "=SUMIFS(Invoices[未收金额],Invoices[Cust],[@CustomerID])"],
      ["Customers", "可用额度", '=IF([@Limit]="","",AR.CREDIT_AVAILABLE([@Limit],[@未收金额]))'],
      [
        "Customers",
        "催款阶段",
        '=IF(COUNTIFS(Invoices[Cust],[@CustomerID],Invoices[未收金额],">0")=0,"None",AR.DUNNING_STAGE(MINIFS(Invoices[[Due date]],Invoices[Cust],[@CustomerID],Invoices[未收金额],">0"),[@未收金额]))',
      ],
    ]);
  });

  it("keeps the columns added in English when the pane is now in Chinese: none added twice, referred to by their names", () => {
    const headers = [...invoices().headers, "Open balance", "Days overdue", "Aging", "Stage"];
    const marked = ["Open balance", "Days overdue", "Aging", "Stage"].map((column) => ({ table: "Invoices", column }));
    const plan = planFormulaColumns({ invoices: invoices({ headers }), customers: customers(), marked, language: "zh" });
    expect(plan.add.filter((a) => a.table === "Invoices")).toEqual([]);
    expect(plan.skipped.filter((s) => s.table === "Invoices").map((s) => [s.column, s.reasonZh])).toEqual([
      ["Open balance", "AR Desk 已添加过"],
      ["Days overdue", "AR Desk 已添加过"],
      ["Aging", "AR Desk 已添加过"],
      ["Stage", "AR Desk 已添加过"],
    ]);
    // The customers' balance sums the invoices' column under its English name.
    expect(plan.add.find((a) => a.table === "Customers" && a.column === "未收金额")?.formula).toBe("=SUMIFS(Invoices[[Open balance]],Invoices[Cust],[@CustomerID])");
  });

  it("names the columns a plain range cannot take in Chinese too", () => {
    const plan = planFormulaColumns({ invoices: invoices({ tableName: undefined }), language: "zh" });
    expect(plan.skipped.map((s) => s.column)).toEqual(["未收金额", "逾期天数", "账龄", "催款阶段"]);
  });
});
