import { promises as fs } from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { openWorkbookFile, readWorkbookFile, writeWorkbookFile } from "../../../src/workbook/xlsx/node";
import { WorkbookReadError } from "../../../src/workbook/xlsx/read";
import { detectTables, toLedgerInput } from "../../../src/workbook/schema";
import { excelJsBytes } from "../_fixtures/excelJsWorkbook";

describe("xlsx/node", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), "ardesk-xlsx-"));
  });
  afterAll(async () => {
    await fs.rm(dir, { recursive: true, force: true });
  });

  it("reads a Chinese ledger file with title rows into a ledger input", async () => {
    const file = path.join(dir, "台账.xlsx");
    await fs.writeFile(
      file,
      await excelJsBytes((wb) => {
        const c = wb.addWorksheet("客户");
        c.addRow(["客户编号", "客户名称", "邮箱", "信用额度", "账期", "币种", "语言"]);
        c.addRow(["K001", "上海贸易有限公司", "ar@sh.test", 100000, 30, "CNY", "zh"]);
        const s = wb.addWorksheet("Sheet2");
        s.addRow(["应收账款明细 2026年10月"]);
        s.addRow([]);
        s.addRow(["发票号", "客户编号", "开票日期", "到期日", "金额", "已收金额"]);
        s.addRow(["FP-001", "K001", 46296, 46326, 1234.5, 0]);
      }),
    );
    const content = await readWorkbookFile(file);
    expect(content.generatedSheets).toEqual([]);
    const detection = detectTables(content.blocks);
    expect(detection.customers?.method).toBe("sheet-name");
    expect(detection.invoices?.method).toBe("headers");
    expect(detection.invoices?.block.headerRow).toBe(3);
    const input = toLedgerInput(detection);
    expect(input.invoices.columns).toEqual({ InvoiceNo: 0, CustomerID: 1, InvoiceDate: 2, DueDate: 3, Amount: 4, Paid: 5 });
    expect(input.invoices.block.rows).toEqual([["FP-001", "K001", 46296, 46326, 1234.5, 0]]);
  });

  it("writes generated sheets into a new file and opens it as a port", async () => {
    const file = path.join(dir, "ledger-statements-2026-10.xlsx");
    await writeWorkbookFile(file, [{ name: "Index", role: "index", cells: [{ row: 1, col: 1, value: "=cmd|' /C calc'!A0" }] }]);
    const content = await readWorkbookFile(file);
    expect(content.generatedSheets).toEqual(["Index"]);
    expect(content.blocks[0].headers).toEqual(["=cmd|' /C calc'!A0"]);
    const port = await openWorkbookFile(file);
    expect(await port.listSheets()).toEqual([{ name: "Index", generated: true }]);
  });

  it("says which file is missing or damaged", async () => {
    await expect(readWorkbookFile(path.join(dir, "nope.xlsx"))).rejects.toThrow('Cannot read "nope.xlsx": the file does not exist');
    const bad = path.join(dir, "bad.xlsx");
    await fs.writeFile(bad, "Customer list\nto be typed in\n");
    await expect(readWorkbookFile(bad)).rejects.toThrow(WorkbookReadError);
    await expect(readWorkbookFile(bad)).rejects.toThrow('Cannot read "bad.xlsx": it is a text file but not a table (no commas, semicolons or tabs between values), nor a workbook; open it in Excel and save it as an Excel Workbook (.xlsx)');
  });

  it("reads an Excel 97-2003 workbook (by its content, even named .xlsx) as its .xlsx reads", async () => {
    const fixtures = path.join(__dirname, "../xls/_fixtures");
    const renamed = path.join(dir, "ledger-from-xls.xlsx");
    await fs.copyFile(path.join(fixtures, "ledger.xls"), renamed);
    const [xls, xlsx] = await Promise.all([readWorkbookFile(renamed), readWorkbookFile(path.join(fixtures, "ledger.xlsx"))]);
    expect(xls.blocks).toEqual(xlsx.blocks);
    expect(xls.sheets).toEqual(xlsx.sheets);
  });

  it("reads a CSV (by its content, whatever its name) as the one sheet Excel would open", async () => {
    const csv = path.join(dir, "October AR.csv");
    await fs.writeFile(csv, "\uFEFFInvoiceNo,Customer,Amount\nINV-1,上海华瑞,\"1,200.50\"\n");
    const content = await readWorkbookFile(csv);
    expect(content.sheets).toEqual([{ name: "October AR", state: "visible" }]);
    expect(content.blocks.map((b) => [b.headers, b.rows])).toEqual([[["InvoiceNo", "Customer", "Amount"], [["INV-1", "上海华瑞", "1,200.50"]]]]);
    expect(content.generatedSheets).toEqual([]);
  });
});
