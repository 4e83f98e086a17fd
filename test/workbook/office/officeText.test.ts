import { couldNot } from "../../../src/workbook/office/excelRun";
import { insertFormulaAtSelection } from "../../../src/workbook/office/actions";
import { DOING, listOf } from "../../../src/workbook/office/officeText";

describe("listOf", () => {
  it("quotes one, two and many names in each language's way", () => {
    expect(listOf(["A"], "en")).toBe('"A"');
    expect(listOf(["A"], "zh")).toBe("“A”");
    expect(listOf(["A", "B", "C"], "en")).toBe('"A", "B" and "C"');
    expect(listOf(["A", "B", "C"], "zh")).toBe("“A”、“B”和“C”");
  });

  it("names the first five and counts the rest", () => {
    const names = ["1", "2", "3", "4", "5", "6", "7"];
    expect(listOf(names, "en")).toBe('"1", "2", "3", "4", "5" and 2 more');
    expect(listOf(names, "zh")).toBe("“1”、“2”、“3”、“4”、“5”等 7 个");
  });
});

describe("couldNot", () => {
  it("closes Excel's own message as a Chinese sentence when it has no full stop", () => {
    const said = couldNot(DOING.readWorkbook, new Error("Internal error"));
    expect(said).toEqual({ en: "Could not read the workbook: Internal error", zh: "无法读取工作簿：Internal error。" });
  });

  it("gives the hint of a code a clerk can act on in both languages", () => {
    expect(couldNot(DOING.writeSheets, { code: "InvalidOperationInCellEditMode" })).toEqual({
      en: "Could not write the sheets: Excel is editing a cell. Press Enter or Esc and try again.",
      zh: "无法写入工作表：Excel 正在编辑单元格。请按 Enter 或 Esc 后重试。",
    });
  });
});

describe("insertFormulaAtSelection", () => {
  it("says in Chinese too why a [@Column] formula needs a table row", async () => {
    const error = await insertFormulaAtSelection("=AR.AGING([@DueDate])", {
      run: async () => {
        throw new Error("The formula contains an error");
      },
    }).catch((e) => e);
    expect(error.message).toBe(
      "Could not insert the formula: The formula contains an error Formulas with [@Column] references work inside a row of an Excel table: select a cell in your Invoices or Customers table.",
    );
    expect(error.in("zh")).toBe("无法插入公式：The formula contains an error。含 [@列名] 引用的公式只能用在 Excel 表的某一行中：请选中发票表（Invoices）或客户表（Customers）中的单元格。");
  });
});
