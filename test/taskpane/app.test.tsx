/** @jest-environment jsdom */
import { fireEvent, render, screen, waitFor } from "@testing-library/react";
import { App } from "../../src/taskpane/App";
import { fakeServices, sampleAnalysis } from "./fakeServices";
import { fileRefused, WorkbookReadError } from "../../src/workbook/xlsx/read/readError";
import { PaneError } from "../../src/taskpane/i18n";

describe("App", () => {
  it("in Excel starts on the Ledger tab, analyses once and switches tabs", async () => {
    const services = fakeServices();
    render(<App services={services} initialLanguage="en" />);
    expect(screen.getByRole("heading", { level: 1, name: "AR Desk" })).toBeTruthy();
    expect(screen.getAllByRole("tab")).toHaveLength(6);
    for (const name of ["Ledger", "Overview", "Statements", "Reminders", "Formulas", "Settings"]) {
      expect(screen.getByRole("tab", { name })).toBeTruthy();
    }
    expect(screen.getByRole("tab", { name: "Ledger" }).getAttribute("aria-selected")).toBe("true");
    expect(await screen.findByText("Sales, found by headers, confidence 75%")).toBeTruthy();
    await waitFor(() => expect(services.calls).toEqual([["analyze"], ["loadSettings"]]));
    fireEvent.click(screen.getByRole("tab", { name: "Overview" }));
    expect(screen.getByRole("tabpanel", { name: "Overview" })).toBeTruthy();
    expect(screen.getByRole("heading", { level: 2, name: "Overview" })).toBeTruthy();
    expect(screen.queryByRole("heading", { level: 2, name: "Ledger" })).toBeNull(); // hidden, kept mounted
    expect(services.calls.filter((call) => call[0] === "analyze")).toHaveLength(1);
  });

  it("switches language in the pane", async () => {
    render(<App services={fakeServices()} initialLanguage="en" />);
    fireEvent.change(screen.getByLabelText("Language"), { target: { value: "zh" } });
    for (const name of ["台账", "概览", "对账单", "催款", "公式", "设置"]) {
      expect(screen.getByRole("tab", { name })).toBeTruthy();
    }
    expect(screen.getByLabelText("语言")).toBeTruthy();
    expect(await screen.findByText("Sales，识别依据：标题行，可信度 75%")).toBeTruthy();
  });

  it("disables Statements until the required columns are mapped", async () => {
    const analysis = { ...sampleAnalysis(), ready: false };
    render(<App services={fakeServices({ analysis })} initialLanguage="en" initialTab="statements" />);
    expect(await screen.findByText("Map the required tables and columns on the Ledger tab first.")).toBeTruthy();
    expect((screen.getByRole("button", { name: "Create statements" }) as HTMLButtonElement).disabled).toBe(true);
  });

  it("in a browser shows Open workbook first, then the tabs on the opened file", async () => {
    const services = fakeServices({ host: "browser" });
    render(<App services={services} initialLanguage="en" />);
    expect(screen.getByRole("heading", { level: 2, name: "Open a workbook" })).toBeTruthy();
    expect(screen.queryAllByRole("tab")).toHaveLength(0);
    expect(services.calls).toEqual([]);
    const file = new File([new Uint8Array([80, 75])], "ledger.xlsx");
    fireEvent.change(screen.getByLabelText("Workbook file (.xlsx) or CSV"), { target: { files: [file] } });
    expect(await screen.findByText("Workbook: ledger.xlsx")).toBeTruthy();
    expect(screen.getAllByRole("tab")).toHaveLength(6);
    await waitFor(() => expect(services.calls.slice(0, 2)).toEqual([["openWorkbook", "ledger.xlsx"], ["analyze"]]));
    fireEvent.click(screen.getByRole("button", { name: "Download workbook" }));
    await waitFor(() => expect(services.calls.slice(-2)).toEqual([["exportWorkbook"], ["downloadResult", "ledger-ar.xlsx"]]));
    fireEvent.click(screen.getByRole("button", { name: "Open another workbook" }));
    expect(screen.getByRole("heading", { level: 2, name: "Open a workbook" })).toBeTruthy();
  });

  it("in a browser refuses a file that is neither a workbook nor a CSV, by its name, before reading it", async () => {
    const services = fakeServices({ host: "browser" });
    render(<App services={services} initialLanguage="zh" />);
    expect(screen.getByRole("heading", { level: 2, name: "打开工作簿" })).toBeTruthy();
    expect(screen.getByRole("button", { name: "打开工作簿…" })).toBeTruthy();
    const file = new File(["a,b"], "ledger.ods");
    fireEvent.change(screen.getByLabelText("工作簿文件（.xlsx）或 CSV 文件"), { target: { files: [file] } });
    expect(await screen.findByText(/^请选择 Excel 工作簿（.xlsx、.xls）或 CSV 文件/)).toBeTruthy();
    expect(services.calls).toEqual([]);
  });

  it("in a browser opens a CSV export, as the CLI does", async () => {
    const services = fakeServices({ host: "browser" });
    render(<App services={services} initialLanguage="en" />);
    fireEvent.change(screen.getByLabelText("Workbook file (.xlsx) or CSV"), { target: { files: [new File(["No,Amount\nINV-1,5\n"], "export.csv")] } });
    await waitFor(() => expect(services.calls[0]).toEqual(["openWorkbook", "export.csv"]));
  });

  it("in a browser opens an Excel 97-2003 workbook (.xls), as the CLI does", async () => {
    const services = fakeServices({ host: "browser" });
    render(<App services={services} initialLanguage="en" />);
    fireEvent.change(screen.getByLabelText("Workbook file (.xlsx) or CSV"), { target: { files: [new File([new Uint8Array([0xd0, 0xcf])], "ledger.xls")] } });
    await waitFor(() => expect(services.calls[0]).toEqual(["openWorkbook", "ledger.xls"]));
  });

  it("in a browser opens a macro-enabled workbook (.xlsm) like an .xlsx, as the CLI does", async () => {
    const services = fakeServices({ host: "browser" });
    render(<App services={services} initialLanguage="en" />);
    fireEvent.change(screen.getByLabelText("Workbook file (.xlsx) or CSV"), { target: { files: [new File([new Uint8Array([80, 75])], "Ledger.XLSM")] } });
    await waitFor(() => expect(services.calls[0]).toEqual(["openWorkbook", "Ledger.XLSM"]));
  });
});

describe("App after Settings are saved", () => {
  it("checks the ledger again at once, so the Ledger tab shows what the new settings read", async () => {
    const services = fakeServices();
    render(<App services={services} initialLanguage="en" />);
    expect(await screen.findByText("Sales, found by headers, confidence 75%")).toBeTruthy();
    await waitFor(() => expect(services.calls).toEqual([["analyze"], ["loadSettings"]]));

    // What the workbook reads as once the settings point Invoices elsewhere.
    const first = sampleAnalysis();
    const after = { ...first, tables: first.tables.map((t) => (t.sourceName === "Sales" ? { ...t, sourceName: "Sales 2026" } : t)) };
    const analyze = services.analyze;
    services.analyze = async () => {
      await analyze.call(services);
      return after;
    };

    fireEvent.click(screen.getByRole("tab", { name: "Settings" }));
    const save = await screen.findByRole("button", { name: "Save settings" });
    await waitFor(() => expect((save as HTMLButtonElement).disabled).toBe(false));
    fireEvent.click(save);
    await waitFor(() => expect(services.calls.map((c) => c[0]).slice(-2)).toEqual(["saveSettings", "analyze"]));

    fireEvent.click(screen.getByRole("tab", { name: "Ledger" }));
    expect(await screen.findByText("Sales 2026, found by headers, confidence 75%")).toBeTruthy();
    expect(screen.queryByText("Sales, found by headers, confidence 75%")).toBeNull();
  });
});

describe("App, a file the reader refuses", () => {
  const refusal = () => new WorkbookReadError("refused", "bomb.xlsx", "xl/worksheets/sheet1.xml inflates to more than 1 GiB (the limit for one part); AR Desk does not read it");

  it("in Chinese says what it means first, then the reader's exact detail", async () => {
    const services = fakeServices({ host: "browser" });
    services.openWorkbook = async () => Promise.reject(refusal());
    render(<App services={services} initialLanguage="zh" />);
    fireEvent.change(screen.getByLabelText("工作簿文件（.xlsx）或 CSV 文件"), { target: { files: [new File([new Uint8Array([80, 75])], "bomb.xlsx")] } });
    // A limit's detail is technical: it stays as the reader gives it, after the file named in Chinese.
    expect(await screen.findByText(/^该文件超出 AR Desk 的安全限制，未读取。无法读取“bomb\.xlsx”：xl\/worksheets\/sheet1\.xml inflates to more than 1 GiB/)).toBeTruthy();
    expect(screen.queryAllByRole("tab")).toHaveLength(0);
  });

  it("in Chinese says why a file that is no workbook is refused, in Chinese", async () => {
    const services = fakeServices({ host: "browser" });
    services.openWorkbook = async () => Promise.reject(fileRefused("not-xlsx", "ledger.xlsx", "oldOffice"));
    render(<App services={services} initialLanguage="zh" />);
    fireEvent.change(screen.getByLabelText("工作簿文件（.xlsx）或 CSV 文件"), { target: { files: [new File([new Uint8Array([80, 75])], "ledger.xlsx")] } });
    expect(await screen.findByText("该文件不是 Excel 工作簿。无法读取“ledger.xlsx”：这是 Excel 97-2003 工作簿（.xls）或其他旧版 Office 文件；请在 Excel 中打开并另存为 Excel 工作簿（.xlsx）")).toBeTruthy();
  });

  it("in English shows the reader's one line as it is", async () => {
    const services = fakeServices({ host: "browser" });
    services.openWorkbook = async () => Promise.reject(refusal());
    render(<App services={services} initialLanguage="en" />);
    fireEvent.change(screen.getByLabelText("Workbook file (.xlsx) or CSV"), { target: { files: [new File([new Uint8Array([80, 75])], "bomb.xlsx")] } });
    expect(await screen.findByText(refusal().message)).toBeTruthy();
  });
});

describe("App, a ledger whose totals cannot be exact", () => {
  it("shows the refusal in the pane's language, and again in the other after a switch", async () => {
    const services = fakeServices();
    services.analyze = async () => {
      throw new PaneError("error.inexactTotals", { fileName: "big.xlsx", currency: "USD", limit: "90,071,992,547,409.91" });
    };
    render(<App services={services} initialLanguage="zh" />);
    expect(await screen.findByText("big.xlsx：USD 金额合计超过 90,071,992,547,409.91（2^53 - 1 个最小货币单位），AR Desk 无法精确合计；请拆分台账。")).toBeTruthy();
    fireEvent.change(screen.getByLabelText("语言"), { target: { value: "en" } });
    expect(
      await screen.findByText("big.xlsx: the USD amounts add up to more than 90,071,992,547,409.91 (2^53 - 1 minor units), beyond what AR Desk can total exactly; split the ledger"),
    ).toBeTruthy();
  });
});
