import { csvSheetName, readCsv } from "../../../src/workbook/csv";
import { READ_REASONS, readErrorText } from "../../../src/workbook/xlsx/read/readReasons";
import { refusal } from "../_fixtures/refusal";


const utf8 = (text: string) => new TextEncoder().encode(text);

describe("readCsv", () => {
  it("reads a CSV as the one sheet Excel would open, named after the file, every value as its text", () => {
    const content = readCsv(utf8("InvoiceNo,CustomerID,InvoiceDate,Amount\nINV-1,00123,2026-09-01,\"1,234.50\"\nINV-2,C002,,99\n"), { fileName: "open invoices.csv" });
    expect(content.sheets).toEqual([{ name: "open invoices", state: "visible" }]);
    expect(content.blocks).toEqual([
      {
        sheet: "open invoices",
        headerRow: 1,
        firstColumn: 1,
        headers: ["InvoiceNo", "CustomerID", "InvoiceDate", "Amount"],
        rows: [
          ["INV-1", "00123", "2026-09-01", "1,234.50"],
          ["INV-2", "C002", null, "99"],
        ],
      },
    ]);
    expect(content.issues).toEqual([]);
    expect([content.definedNames, content.date1904]).toEqual([[], false]);
  });

  it("starts the table at its header below a report's title lines, keeping the file's row numbers", () => {
    const content = readCsv(utf8("Aged Receivables\n\nNo,Customer,Amount\nINV-1,Acme,100\n"), { fileName: "aged.csv" });
    // The block starts at the first used row (detection finds the header under the title, as for a sheet).
    expect(content.blocks[0].headerRow).toBe(1);
    expect(content.blocks[0].rows[1]).toEqual(["No", "Customer", "Amount"]);
  });

  it("notes a code page it had to guess, in words the clerk can act on", () => {
    const gbk = Uint8Array.from(Buffer.from("bfcdbba72cbdf0b6ee0a41cdabcbbe2c3130300a", "hex")); // 客户,金额 / A公司,100
    const content = readCsv(gbk, { fileName: "台账.csv" });
    expect(content.blocks[0].headers).toEqual(["客户", "金额"]);
    expect(content.issues).toEqual([{ severity: "info", sheet: "台账", row: 0, reason: READ_REASONS.csvReadAsGbk }]);
  });

  it("refuses a quote never closed, naming its row, rather than reading the rows after it as one value", () => {
    expect(() => readCsv(utf8('No,Name,Amount\nINV-1,Acme,100\nINV-2,"Beta,200\nINV-3,Gamma,300\n'), { fileName: "l.csv" })).toThrow(
      'Cannot read "l.csv": row 3: a value opened with a quote (") is never closed',
    );
  });

  it("refuses text that is no table, and a file past the size limit", () => {
    expect(() => readCsv(utf8("Remember to call Acme\nabout the October invoice\n"), { fileName: "notes.csv" })).toThrow(
      'Cannot read "notes.csv": it is a text file but not a table',
    );
    expect(() => readCsv(utf8("No,Amount\nINV-1,100\n"), { fileName: "big.csv", limits: { maxPartBytes: 10 } })).toThrow(
      'Cannot read "big.csv": the text file is larger than 10 bytes (the limit)',
    );
  });

  it("refuses more rows than a sheet holds instead of dropping the rest", () => {
    const text = "No,Amount\n" + "INV,1\n".repeat(1_048_576);
    expect(() => readCsv(utf8(text), { fileName: "huge.csv" })).toThrow('Cannot read "huge.csv": it has 1,048,577 rows, more than a sheet holds (1,048,576)');
  });
});

describe("readCsv refusals in Chinese", () => {
  it("says each refusal after the file's name in Chinese", () => {
    const zh = (read: () => unknown) => readErrorText(refusal(read), "zh");
    expect(zh(() => readCsv(utf8('a,b\n"x,1\n'), { fileName: "台账.csv" }))).toBe("无法读取“台账.csv”：第 2 行：以引号（\"）开始的值没有结束，其后的所有行都会被读成这一个值；请补上引号，或重新导出文件");
    expect(zh(() => readCsv(utf8("备忘\n打电话\n"), { fileName: "备忘.csv" }))).toBe("无法读取“备忘.csv”：这是文本文件，但不是表格（值之间没有逗号、分号或制表符），也不是工作簿；请在 Excel 中打开并另存为 Excel 工作簿（.xlsx）");
    expect(zh(() => readCsv(utf8("a,b\n1,2\n"), { fileName: "大.csv", limits: { maxPartBytes: 4 } }))).toBe("无法读取“大.csv”：文本文件超过 4 字节（上限）");
  });
});

describe("csvSheetName", () => {
  it("is the file's name without extension, cut to Excel's 31 characters, without characters a sheet name cannot hold", () => {
    expect(csvSheetName("应收台账 2026.csv")).toBe("应收台账 2026");
    expect(csvSheetName("/home/clerk/AR [Oct]: export.txt")).toBe("AR _Oct__ export");
    expect(csvSheetName("A".repeat(40) + ".csv")).toBe("A".repeat(31));
    expect(csvSheetName(".csv")).toBe("Sheet1");
  });
});
