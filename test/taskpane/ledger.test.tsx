/** @jest-environment jsdom */
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { LedgerScreen } from "../../src/taskpane/screens/LedgerScreen";
import type { Analysis } from "../../src/taskpane/services/paneServices";
import { fakeServices, sampleAnalysis } from "./fakeServices";
import { renderScreen } from "./renderPane";

function renderLedger(options: { language?: "en" | "zh"; host?: "excel" | "browser" } = {}) {
  const services = fakeServices({ host: options.host });
  const seen: Analysis[] = [];
  renderScreen(<LedgerScreen analysis={sampleAnalysis()} onAnalysis={(analysis) => seen.push(analysis)} />, services, options.language);
  return { services, seen };
}

describe("LedgerScreen", () => {
  it("shows each table with how it was found and its confidence (en)", () => {
    renderLedger();
    expect(screen.getByRole("heading", { level: 2, name: "Ledger" })).toBeTruthy();
    const invoices = screen.getByRole("group", { name: "Invoices" });
    expect(within(invoices).getByText("Sales, found by headers, confidence 75%")).toBeTruthy();
    const due = within(invoices).getByRole("combobox", { name: "Due date column" }) as HTMLSelectElement;
    expect(due.value).toBe("");
    const customerId = within(invoices).getByRole("combobox", { name: "Customer ID column (required)" }) as HTMLSelectElement;
    expect(customerId.value).toBe("Cust");
    expect(within(screen.getByRole("group", { name: "Payments" })).getByText("Not found")).toBeTruthy();
  });

  it("saves exactly the columns the clerk changed", async () => {
    const { services, seen } = renderLedger();
    const save = screen.getByRole("button", { name: "Save mapping" }) as HTMLButtonElement;
    expect(save.disabled).toBe(true);
    const invoices = screen.getByRole("group", { name: "Invoices" });
    fireEvent.change(within(invoices).getByRole("combobox", { name: "Due date column" }), { target: { value: "Due" } });
    fireEvent.change(within(invoices).getByRole("combobox", { name: "Paid column" }), { target: { value: "" } });
    fireEvent.click(save);
    await screen.findByText("Mapping saved in the AR Settings sheet.");
    expect(services.calls).toEqual([["saveMapping", { invoices: { columns: { DueDate: "Due", Paid: null } } }]]);
    expect(seen).toHaveLength(1);
  });

  it("sends a new source table and shows its headers as column choices", async () => {
    const { services } = renderLedger();
    const invoices = screen.getByRole("group", { name: "Invoices" });
    fireEvent.change(within(invoices).getByRole("combobox", { name: "Source of Invoices" }), { target: { value: "sheet:Old" } });
    const amount = within(invoices).getByRole("combobox", { name: "Amount column (required)" }) as HTMLSelectElement;
    expect(Array.from(amount.options).map((option) => option.value)).toEqual(["", "Number", "Client", "Amount"]);
    fireEvent.change(amount, { target: { value: "Amount" } });
    fireEvent.click(screen.getByRole("button", { name: "Save mapping" }));
    await waitFor(() => expect(services.calls).toHaveLength(1));
    expect(services.calls[0]).toEqual(["saveMapping", { invoices: { sourceId: "sheet:Old", columns: { Amount: "Amount" } } }]);
  });

  it("lists data issues with a go-to button for each addressable one", async () => {
    const { services } = renderLedger();
    expect(screen.getByText("1 error, 1 warning")).toBeTruthy();
    expect(screen.getByText("Sales row 7, Date")).toBeTruthy();
    expect(screen.getByText(/not a real date · value “2026-02-30”/)).toBeTruthy();
    const goTo = screen.getAllByRole("button", { name: /^Go to / });
    expect(goTo).toHaveLength(1);
    fireEvent.click(screen.getByRole("button", { name: "Go to Sales row 7" }));
    await waitFor(() => expect(services.calls).toEqual([["goTo", "'Sales'!C7"]]));
  });

  it("has no go-to buttons in the browser host (no sheet to show)", () => {
    renderLedger({ host: "browser" });
    expect(screen.queryAllByRole("button", { name: /^Go to / })).toHaveLength(0);
  });

  it("shows an engine error instead of failing silently", async () => {
    const { services } = renderLedger();
    services.failNext("saveMapping", "AR Settings sheet is protected");
    const invoices = screen.getByRole("group", { name: "Invoices" });
    fireEvent.change(within(invoices).getByRole("combobox", { name: "Due date column" }), { target: { value: "Due" } });
    fireEvent.click(screen.getByRole("button", { name: "Save mapping" }));
    expect(await screen.findByText("AR Settings sheet is protected")).toBeTruthy();
  });

  it("speaks Chinese", () => {
    renderLedger({ language: "zh" });
    expect(screen.getByRole("heading", { level: 2, name: "台账" })).toBeTruthy();
    const invoices = screen.getByRole("group", { name: "发票" });
    expect(within(invoices).getByText("Sales，识别依据：标题行，可信度 75%")).toBeTruthy();
    expect(within(invoices).getByRole("combobox", { name: "到期日列" })).toBeTruthy();
    expect(within(invoices).getByRole("combobox", { name: "客户编号列（必填）" })).toBeTruthy();
    expect(screen.getByRole("button", { name: "保存映射" })).toBeTruthy();
    expect(screen.getByText("1 个错误，1 个警告")).toBeTruthy();
    expect(screen.getByRole("button", { name: "定位到 Sales 第 7 行" })).toBeTruthy();
    // An Excel table offered as a source is named in Chinese too, not "Customers (table)".
    const customers = screen.getByRole("group", { name: "客户" });
    const source = within(customers).getByRole("combobox", { name: "客户的数据来源" }) as HTMLSelectElement;
    expect(Array.from(source.options).map((option) => option.text)).toEqual(["Customers（Excel 表）"]);
  });

  it("an invoice list whose customers are its title rows says so as a note, in both languages, and calls no column missing", () => {
    const base = sampleAnalysis();
    const fromTitles: Analysis = {
      ...base,
      tables: base.tables.map((table) =>
        table.kind !== "invoices"
          ? table
          : { ...table, fields: table.fields.map((f) => (f.field === "CustomerID" ? { field: f.field, required: true } : f)), missingRequired: [], customerFromTitles: true as const },
      ),
    };
    for (const [language, note, missing] of [
      ["en", /^No customer column: each row's customer is taken from the customer's title row above it/, /Missing required columns/],
      ["zh", /^没有客户列：每行的客户取自其上方的客户标题行/, /缺少必需的列/],
    ] as const) {
      const { unmount } = renderScreen(<LedgerScreen analysis={fromTitles} onAnalysis={() => undefined} />, fakeServices(), language);
      const invoices = screen.getByRole("group", { name: language === "en" ? "Invoices" : "发票" });
      expect(within(invoices).getByText(note)).toBeTruthy();
      expect(within(invoices).queryByText(missing)).toBeNull();
      unmount();
    }
  });

  it("a balance summary (余额表) is named with its sheet, header row and columns, and what to export instead, in both languages", () => {
    const refused: Analysis = { ...sampleAnalysis(), ready: false, refused: { sheet: "余额表", headerRow: 2, buckets: ["期初余额", "期末余额"], kind: "balances" } };
    for (const [language, text] of [
      ["en", "Sheet “余额表” (header row 2) is a balance summary: its columns “期初余额”, “期末余额” give each customer's balances"],
      ["zh", "工作表“余额表”（表头在第 2 行，余额列：“期初余额”、“期末余额”）是应收账款余额表：只有每位客户的期初、本期借贷和期末余额"],
    ] as const) {
      const { unmount } = renderScreen(<LedgerScreen analysis={refused} onAnalysis={() => undefined} />, fakeServices(), language);
      expect(screen.getByText((content) => content.startsWith(text))).toBeTruthy();
      expect(screen.getByText((content) => content.includes(language === "en" ? "客户往来明细账" : "请改为导出客户往来明细账"))).toBeTruthy();
      unmount();
    }
  });

  it("an aging summary says its buckets cannot be aged again and which detail report to export", () => {
    const refused: Analysis = { ...sampleAnalysis(), ready: false, refused: { sheet: "Aged Debtors", headerRow: 1, buckets: ["Current", "1-30", "31-60"] } };
    renderScreen(<LedgerScreen analysis={refused} onAnalysis={() => undefined} />, fakeServices(), "en");
    expect(screen.getByText((content) => content.startsWith("Sheet “Aged Debtors” (header row 1) is an aging summary: its columns “Current”, “1-30”, “31-60” hold amounts already put in buckets"))).toBeTruthy();
  });

  it("with no invoice list (an empty workbook, a sheet of blanks) it says what it looks for and claims no row was read, in both languages", () => {
    const base = sampleAnalysis();
    const empty: Analysis = {
      ...base,
      ready: false,
      overview: [],
      issues: [],
      tables: base.tables.map((table) => (table.kind === "invoices" ? { kind: "invoices", candidates: [], fields: [], missingRequired: ["InvoiceNo", "CustomerID", "InvoiceDate", "Amount"] } : table)),
    };
    for (const [language, lead, nothing, everyRow] of [
      ["en", /^No invoice list found: no sheet has a header row with an invoice number, a customer, a date and an amount\./, "No rows were read: AR Desk reads the rows once it has an invoice list.", "No data issues. Every row was read."],
      ["zh", /^未找到发票清单：没有哪个工作表的表头行同时含有发票号、客户、日期和金额。/, "尚未读取任何行：找到发票清单后 AR Desk 才会读取各行。", "没有数据问题，所有行均已读取。"],
    ] as const) {
      const { unmount } = renderScreen(<LedgerScreen analysis={empty} onAnalysis={() => undefined} />, fakeServices(), language);
      expect(screen.getByText(lead)).toBeTruthy();
      expect(screen.getByText(nothing)).toBeTruthy();
      expect(screen.queryByText(everyRow)).toBeNull();
      unmount();
    }
    // A ledger that was read says neither.
    renderScreen(<LedgerScreen analysis={{ ...base, issues: [] }} onAnalysis={() => undefined} />, fakeServices());
    expect(screen.queryByText(/^No invoice list found/)).toBeNull();
    expect(screen.getByText("No data issues. Every row was read.")).toBeTruthy();
  });
});
