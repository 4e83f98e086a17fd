/** @jest-environment jsdom */
import { fireEvent, screen, waitFor } from "@testing-library/react";
import { EXAMPLE_FORMULAS, FormulasScreen } from "../../src/taskpane/screens/FormulasScreen";
import { PaneError } from "../../src/taskpane/i18n";
import { fakeServices } from "./fakeServices";
import { renderScreen } from "./renderPane";

describe("FormulasScreen", () => {
  it("offers the example gallery named in the brief", () => {
    expect(EXAMPLE_FORMULAS.map((example) => example.formula)).toEqual([
      "=AR.AGING([@DueDate])",
      "=AR.DAYS_OVERDUE([@DueDate])",
      "=AR.DUNNING_STAGE([@DueDate],[@Balance])",
      "=AR.CREDIT_AVAILABLE([@CreditLimit],Invoices[Balance],[@CustomerID],Invoices[CustomerID])",
      "=AR.LATE_INTEREST([@Balance],[@DueDate],0.08)",
      "=AR.AGING_SUMMARY(Invoices[DueDate],Invoices[Balance])",
    ]);
  });

  it("adds and removes the formula columns in one click each", async () => {
    const services = fakeServices();
    renderScreen(<FormulasScreen />, services);
    fireEvent.click(screen.getByRole("button", { name: "Add formula columns" }));
    expect(await screen.findByText("Added 2 columns.")).toBeTruthy();
    expect(screen.getByText("Invoices: Aging")).toBeTruthy();
    expect(screen.getByText("Customers: Available skipped (column exists)")).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Remove formula columns" }));
    expect(await screen.findByText("Removed 2 columns.")).toBeTruthy();
    expect(services.calls).toEqual([["addFormulaColumns"], ["removeFormulaColumns"]]);
  });

  it("in Chinese, says why a column was skipped in Chinese", async () => {
    renderScreen(<FormulasScreen />, fakeServices(), "zh");
    fireEvent.click(screen.getByRole("button", { name: "添加公式列" }));
    expect(await screen.findByText("已添加 2 列。")).toBeTruthy();
    expect(screen.getByText("Customers：Available 已跳过（列已存在）")).toBeTruthy();
  });

  it("inserts an example formula at the selection", async () => {
    const services = fakeServices();
    renderScreen(<FormulasScreen />, services);
    const buttons = screen.getAllByRole("button", { name: /^Insert =AR\./ });
    expect(buttons).toHaveLength(6);
    fireEvent.click(screen.getByRole("button", { name: "Insert =AR.AGING([@DueDate]) at the selected cell" }));
    expect(await screen.findByText("Inserted =AR.AGING([@DueDate]).")).toBeTruthy();
    await waitFor(() => expect(services.calls).toEqual([["insertExampleFormula", "=AR.AGING([@DueDate])"]]));
  });

  it("shows the formulas to copy in the browser host", () => {
    renderScreen(<FormulasScreen />, fakeServices({ host: "browser" }));
    expect(screen.queryAllByRole("button", { name: /^Insert / })).toHaveLength(0);
    expect(screen.getByText("Inserting at the selection works inside Excel; here, copy the formula.")).toBeTruthy();
    expect(screen.getByText("=AR.DAYS_OVERDUE([@DueDate])")).toBeTruthy();
  });

  it("in the browser offers no formula-column button that could only fail, and says why, in both languages", () => {
    const services = fakeServices({ host: "browser" });
    const { unmount } = renderScreen(<FormulasScreen />, services);
    expect(screen.queryByRole("button", { name: "Add formula columns" })).toBeNull();
    expect(screen.queryByRole("button", { name: "Remove formula columns" })).toBeNull();
    expect(screen.getByText(/^Formula columns are added to the workbook's Excel tables, which needs Excel/)).toBeTruthy();
    unmount();
    renderScreen(<FormulasScreen />, services, "zh");
    expect(screen.queryByRole("button", { name: "添加公式列" })).toBeNull();
    expect(screen.getByText(/^公式列要添加到工作簿的 Excel 表中/)).toBeTruthy();
    expect(services.calls).toEqual([]);
  });

  it("speaks Chinese", async () => {
    renderScreen(<FormulasScreen />, fakeServices(), "zh");
    expect(screen.getByRole("heading", { level: 2, name: "公式" })).toBeTruthy();
    expect(screen.getByText("发票的账龄区间")).toBeTruthy();
    expect(screen.getByRole("button", { name: "在所选单元格插入 =AR.AGING([@DueDate])" })).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "添加公式列" }));
    expect(await screen.findByText("已添加 2 列。")).toBeTruthy();
  });
});

describe("FormulasScreen refusals", () => {
  it("shows the host's refusal in Chinese when the pane is in Chinese", async () => {
    const services = fakeServices();
    services.addFormulaColumns = async () => {
      throw new PaneError("error.needsTables");
    };
    renderScreen(<FormulasScreen />, services, "zh");
    fireEvent.click(screen.getByRole("button", { name: "添加公式列" }));
    expect(await screen.findByText("公式列要添加到 Excel 表中：请选中发票（及客户）数据，选择“插入 ▸ 表格”，然后重试。")).toBeTruthy();
  });
});
