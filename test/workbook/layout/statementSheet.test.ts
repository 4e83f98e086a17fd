import { statementSheet } from "../../../src/workbook/layout/statementSheet";
import type { SheetSpec } from "../../../src/workbook/spec";

/** A readable picture of a spec for the golden files: one line per row, cells joined by " | ". */
function picture(spec: SheetSpec): string {
  const rows = new Map<number, string[]>();
  for (const c of spec.cells) {
    const line = rows.get(c.row) ?? [];
    line[c.col - 1] = c.value === null ? "" : typeof c.value === "object" ? JSON.stringify(c.value) : String(c.value);
    rows.set(c.row, line);
  }
  const lines = [...rows].sort((a, b) => a[0] - b[0]).map(([r, v]) => `${String(r).padStart(2)}: ${Array.from(v, (x) => x ?? "").join(" | ").trimEnd()}`);
  return [...lines, `print ${JSON.stringify(spec.print)}`, `widths ${JSON.stringify(spec.columnWidths)}`, `merges ${spec.merges?.length}`].join("\n");
}
import { balanceForward, cellAt, customer, day, find, openItemZh, rowValues, settings } from "./fixtures";

describe("statementSheet", () => {
  describe("balance-forward, English", () => {
    const spec = statementSheet(balanceForward(), settings, { name: "C001 Acme Ltd" });

    it("returns a statement sheet with the given name", () => {
      expect(spec.name).toBe("C001 Acme Ltd");
      expect(spec.role).toBe("statement");
    });

    it("prints the company header, title and statement facts", () => {
      expect(cellAt(spec, 1, 1)?.value).toBe("Northwind Trading");
      expect(cellAt(spec, 1, 6)?.value).toBe("Statement of account");
      expect(rowValues(spec, 2, 1, 1)).toEqual(["9 Harbour Rd"]);
      expect(rowValues(spec, 3, 1, 1)).toEqual(["Hong Kong"]);
      expect(rowValues(spec, 4, 1, 1)).toEqual(["Tel: +852 1234"]);
      expect(rowValues(spec, 2, 6, 7)).toEqual(["Statement no.", "ST-2026-10-C001"]);
      expect(rowValues(spec, 3, 6, 7)).toEqual(["Statement date", { date: day("2026-10-31") }]);
      expect(cellAt(spec, 3, 7)?.style?.numberFormat).toBe("yyyy-mm-dd");
      expect(rowValues(spec, 4, 6, 7)).toEqual(["Currency", "USD"]);
      expect(rowValues(spec, 5, 6, 7)).toEqual(["Period", "2026-10-01 to 2026-10-31"]);
    });

    it("prints the customer block with address lines on their own rows", () => {
      expect(rowValues(spec, 7, 1, 1)).toEqual(["Bill to"]);
      expect(rowValues(spec, 8, 1, 1)).toEqual(["Acme Ltd"]);
      expect(rowValues(spec, 8, 6, 7)).toEqual(["Customer ID", "C001"]);
      expect(rowValues(spec, 9, 1, 1)).toEqual(["1 Main St"]);
      expect(rowValues(spec, 10, 1, 1)).toEqual(["Springfield"]);
      expect(rowValues(spec, 11, 1, 1)).toEqual(["Jane Doe"]);
      expect(rowValues(spec, 12, 1, 1)).toEqual(["ap@acme.example"]);
    });

    it("lists opening, each movement with its running balance, and closing", () => {
      const header = find(spec, "Charges").row;
      expect(rowValues(spec, header, 1, 8)).toEqual(["Date", "Type", "Reference", "Description", "Due date", "Charges", "Credits", "Balance"]);
      expect(rowValues(spec, header + 1, 1, 8)).toEqual([{ date: day("2026-10-01") }, "Opening balance", null, null, null, null, null, 500]);
      expect(rowValues(spec, header + 2, 1, 8)).toEqual([{ date: day("2026-10-05") }, "Invoice", "INV-2", null, { date: day("2026-11-04") }, 1000, null, 1500]);
      expect(rowValues(spec, header + 3, 1, 8)).toEqual([{ date: day("2026-10-10") }, "Payment", "PAY-77", null, null, null, 400, 1100]);
      expect(rowValues(spec, header + 4, 1, 8)).toEqual([{ date: day("2026-10-12") }, "Credit note", "CN-3", null, null, null, 100, 1000]);
      expect(rowValues(spec, header + 5, 1, 8)).toEqual([{ date: day("2026-10-31") }, "Closing balance", null, null, null, 1000, 500, 1000]);
      expect(cellAt(spec, header + 2, 6)?.style?.numberFormat).toBe("#,##0.00");
    });

    it("prints total due, amount overdue and the unapplied credit line", () => {
      const due = find(spec, "Total due");
      expect(cellAt(spec, due.row, 8)?.value).toBe(1000);
      expect(cellAt(spec, find(spec, "Amount overdue").row, 8)?.value).toBe(600);
      expect(cellAt(spec, find(spec, "Unapplied credit").row, 8)?.value).toBe(-600);
    });

    it("prints the aging line with the engine's labels and a total", () => {
      const labels = find(spec, "31-60").row;
      expect(rowValues(spec, labels, 1, 6)).toEqual(["Current", "1-30", "31-60", "61-90", "90+", "Total"]);
      expect(rowValues(spec, labels + 1, 1, 6)).toEqual([1000, 0, 600, 0, 0, 1600]);
    });

    it("prints the payment instructions, one line per row, and no WeChat line when unset", () => {
      const bank = find(spec, "Bank");
      expect(cellAt(spec, bank.row, 2)?.value).toBe("HSBC 123-456789-001");
      expect(cellAt(spec, bank.row + 1, 2)?.value).toBe("SWIFT HSBCHKHH");
      expect(cellAt(spec, bank.row + 2, 1)?.value).toBe("Alipay");
      expect(spec.cells.some((c) => c.value === "WeChat Pay")).toBe(false);
    });

    it("has no confirmation slip or fallback note unless asked", () => {
      expect(spec.cells.some((c) => c.value === "Balance confirmation")).toBe(false);
      expect(spec.cells.some((c) => c.value === "No payment dates: shown as open items")).toBe(false);
    });

    it("is print-ready: area, one page wide, portrait, repeated header row, widths, merges", () => {
      const header = find(spec, "Charges").row;
      const lastRow = Math.max(...spec.cells.map((c) => c.row));
      expect(spec.print).toEqual({ area: `A1:H${lastRow}`, fitToWidth: true, landscape: false, repeatRows: [header, header], footer: "Page &P of &N" });
      expect(spec.columnWidths).toHaveLength(8);
      expect(spec.merges).toContainEqual({ top: 1, left: 1, bottom: 1, right: 5 });
      expect(spec.merges).toContainEqual({ top: 1, left: 6, bottom: 1, right: 8 });
    });
  });

  describe("open-item, Chinese", () => {
    const spec = statementSheet(openItemZh(), settings, { name: "C002 上海某某贸易有限公司" });

    it("uses the Chinese wording and 年月日 dates in text", () => {
      expect(cellAt(spec, 1, 6)?.value).toBe("对账单");
      expect(rowValues(spec, 4, 1, 1)).toEqual(["电话：+852 1234"]);
      expect(rowValues(spec, 5, 6, 7)).toEqual(["对账期间", "2026-10-01 至 2026-10-31"]);
      expect(rowValues(spec, 8, 1, 1)).toEqual(["上海某某贸易有限公司"]);
      expect(spec.print?.footer).toBe("第 &P 页，共 &N 页");
    });

    it("says the balance-forward statement fell back to open items", () => {
      expect(find(spec, "无付款日期：按未清项目列示").row).toBeLessThan(find(spec, "开票日期").row);
    });

    it("lists each open invoice with dates, days overdue, balance and stage", () => {
      const header = find(spec, "开票日期").row;
      expect(rowValues(spec, header, 1, 8)).toEqual(["开票日期", "单号", "摘要", "到期日", "逾期天数", "金额", "余额", "催款阶段"]);
      expect(rowValues(spec, header + 1, 1, 8)).toEqual([{ date: day("2026-08-15") }, "INV-1", null, { date: day("2026-09-14") }, 47, 10000, 8000, "最后通知"]);
      // Not yet due: no days overdue, no stage.
      expect(rowValues(spec, header + 2, 1, 8)).toEqual([{ date: day("2026-10-20") }, "INV-9", null, { date: day("2026-11-19") }, null, 500, 500, null]);
      expect(rowValues(spec, header + 3, 2, 7)).toEqual(["合计", null, null, null, null, 8500]);
      expect(spec.print?.repeatRows).toEqual([header, header]);
    });

    it("prints totals in Chinese", () => {
      expect(cellAt(spec, find(spec, "应付总额").row, 8)?.value).toBe(8500);
      expect(cellAt(spec, find(spec, "逾期金额").row, 8)?.value).toBe(8000);
    });

    it("prints the early-payment discount with amount and last day", () => {
      const line = find(spec, "2026年10月30日前付款可享 2% 折扣");
      expect(rowValues(spec, line.row, 1, 2)).toEqual(["INV-9", { date: day("2026-10-30") }]);
      expect(rowValues(spec, line.row, 6, 7)).toEqual([-10, 490]);
    });

    it("carries the balance confirmation slip with sign and stamp lines", () => {
      const title = find(spec, "对账确认函");
      expect(find(spec, "截至2026年10月31日，贵公司尚欠我公司 ¥8,500.00。如核对无误，请在下方签字盖章后寄回；如有不符，请注明差异。").row).toBeGreaterThan(title.row);
      const signature = find(spec, "经办人签字：");
      expect(cellAt(spec, signature.row, 3)?.style?.border).toBe("thin-bottom");
      expect(find(spec, "单位盖章：").row).toBeGreaterThan(signature.row);
      expect(find(spec, "请寄回：Northwind Trading").row).toBe(Math.max(...spec.cells.map((c) => c.row)));
    });
  });

  describe("golden", () => {
    it("matches the golden picture in English and Chinese", () => {
      expect(picture(statementSheet(balanceForward(), settings, { name: "x" }))).toMatchSnapshot("balance-forward en");
      expect(picture(statementSheet(openItemZh(), settings, { name: "y" }))).toMatchSnapshot("open-item zh");
    });
  });

  describe("edge cases", () => {
    it("uses 0 decimals for JPY", () => {
      const spec = statementSheet(balanceForward({ currency: "JPY" }), settings, { name: "x" });
      expect(cellAt(spec, find(spec, "Total due").row, 8)).toMatchObject({ value: 100000, style: { numberFormat: "#,##0" } });
    });

    it("keeps formula-looking clerk text as plain strings", () => {
      const evil = customer({ name: "=HYPERLINK(\"http://x\",\"y\")", address: "+cmd|' /C calc'!A0\n@SUM(1)", contact: "-2+3" });
      const spec = statementSheet(balanceForward({ customer: evil }), { ...settings, company: { ...settings.company, name: "=1+1" } }, { name: "x" });
      for (const text of ['=HYPERLINK("http://x","y")', "+cmd|' /C calc'!A0", "@SUM(1)", "-2+3", "=1+1"]) {
        expect(typeof find(spec, text).value).toBe("string");
      }
      expect(spec.cells.some((c) => typeof c.value === "object" && c.value !== null && "formula" in c.value)).toBe(false);
    });

    it("says so when nothing is open", () => {
      const spec = statementSheet(openItemZh({ openItems: [], lines: [], totalDue: 0, overdue: 0, discounts: [], notes: [], language: "en" }), settings, { name: "x" });
      expect(find(spec, "Nothing open.")).toBeDefined();
    });

    it("leaves no cell outside the print area and no two cells on one address", () => {
      for (const statement of [balanceForward(), openItemZh()]) {
        const spec = statementSheet(statement, settings, { name: "x" });
        const lastRow = Number(/:H(\d+)$/.exec(spec.print?.area ?? "")?.[1]);
        expect(spec.cells.every((c) => c.row <= lastRow && c.col <= 8)).toBe(true);
        const addresses = spec.cells.map((c) => `${c.row},${c.col}`);
        expect(new Set(addresses).size).toBe(addresses.length);
      }
    });
  });
});

describe("statementSheet: a credit balance and the Chinese aging header", () => {
  it("says credit balance with a positive amount when we owe the customer, never a negative total due", () => {
    const spec = statementSheet(openItemZh({ language: "en", openItems: [], lines: [], unapplied: 25000, totalDue: -25000, overdue: 0 }), settings, { name: "x" });
    expect(spec.cells.some((c) => c.value === "Total due")).toBe(false);
    const label = find(spec, "Credit balance in your favour");
    expect(cellAt(spec, label.row, 8)?.value).toBe(250);
    expect(spec.cells.some((c) => String(c.value).startsWith("Nothing is due: we owe you this amount."))).toBe(true);
  });
  it("prints the aging header in Chinese on a Chinese statement", () => {
    const spec = statementSheet(openItemZh(), settings, { name: "y" });
    const head = find(spec, "账龄").row + 1;
    expect(rowValues(spec, head, 1, 6)).toEqual(["未到期", "1-30天", "31-60天", "61-90天", "90天以上", "合计"]);
  });
});

describe("statementSheet: credit notes under an open-item statement", () => {
  it("lists each credit note with date, number, description and the credit as a negative amount", () => {
    const spec = statementSheet(openItemZh({ language: "en", creditNotes: [{ invoiceNo: "CM-7", date: day("2026-10-05"), description: "Returned goods", amount: 25000 }] }), settings, { name: "x" });
    const head = find(spec, "Credit notes");
    expect([cellAt(spec, head.row + 1, 1)?.value, cellAt(spec, head.row + 1, 2)?.value, cellAt(spec, head.row + 1, 3)?.value, cellAt(spec, head.row + 1, 6)?.value]).toEqual([
      { date: day("2026-10-05") }, "CM-7", "Returned goods", -250,
    ]);
    expect(cellAt(spec, head.row + 2, 1)?.value).toBe("Credit notes are set against your oldest open invoices; the open balances above already include them.");
  });
  it("with open balances read from the ledger, shows the unused credit apart and never says it is already in the balances", () => {
    const credits = [
      { invoiceNo: "CM-D", date: day("2026-08-02"), amount: 10000 },
      { invoiceNo: "CM-U", date: day("2026-09-18"), amount: 45000, unapplied: 45000 },
    ];
    const spec = statementSheet(openItemZh({ language: "en", creditNotes: credits, creditNotesBasis: "as-given", unapplied: 45000 }), settings, { name: "x" });
    const head = find(spec, "Credit notes");
    expect(rowValues(spec, head.row, 6, 7)).toEqual(["Credit", "Not yet applied"]);
    expect(rowValues(spec, head.row + 1, 6, 7)).toEqual([-100, 0]);
    expect(rowValues(spec, head.row + 2, 6, 7)).toEqual([-450, -450]);
    const note = String(cellAt(spec, head.row + 3, 1)?.value);
    expect(note).toBe("Credit notes as applied in our accounts: the part applied is already in the open balances above; the part not yet applied is the unapplied credit deducted from the total due.");
    expect(spec.cells.some((c) => c.value === "Credit notes are set against your oldest open invoices; the open balances above already include them.")).toBe(false);
  });
  it("says the same in Chinese, and without the unused column when every note was used", () => {
    const unused = statementSheet(openItemZh({ creditNotes: [{ invoiceNo: "CM-U", date: day("2026-09-18"), amount: 45000, unapplied: 45000 }], creditNotesBasis: "as-given" }), settings, { name: "y" });
    const head = find(unused, "红字发票（贷项）");
    expect(rowValues(unused, head.row, 6, 7)).toEqual(["贷项金额", "尚未核销"]);
    expect(cellAt(unused, head.row + 2, 1)?.value).toBe("红字发票按我司账面核销情况列示：已核销部分已在上表未付金额中扣除；尚未核销部分列为未核销款项，已从应付总额中扣除。");
    const used = statementSheet(openItemZh({ creditNotes: [{ invoiceNo: "CM-D", date: day("2026-08-02"), amount: 10000 }], creditNotesBasis: "as-given" }), settings, { name: "y" });
    const usedHead = find(used, "红字发票（贷项）");
    expect(cellAt(used, usedHead.row, 7)).toBeUndefined();
    expect(cellAt(used, usedHead.row + 2, 1)?.value).toBe("红字发票按我司账面核销情况列示，上表未付金额已扣除。");
  });
  it("has no credit notes block when there are none", () => {
    expect(statementSheet(openItemZh({ language: "en" }), settings, { name: "x" }).cells.some((c) => c.value === "Credit notes")).toBe(false);
  });
});

describe("a customer keyed by name (no CustomerID column)", () => {
  const byName = customer({ id: "上海某某贸易有限公司", name: "上海某某贸易有限公司", currency: "CNY", language: "zh", keyedByName: true });
  const spec = statementSheet(openItemZh({ customer: byName, number: "ST-2026-10-N12345678" }), settings, { name: "y" });
  const withId = statementSheet(openItemZh(), settings, { name: "y" });

  it("prints no 客户编号 line in the customer block nor on the confirmation slip: the name is said once per place", () => {
    expect(withId.cells.filter((c) => c.value === "客户编号")).toHaveLength(2); // the customer block and the slip
    expect(spec.cells.some((c) => c.value === "客户编号")).toBe(false);
    // the name: bill-to block and slip, never as a number
    expect(spec.cells.filter((c) => c.value === "上海某某贸易有限公司")).toHaveLength(2);
  });

  it("keeps the slip's customer and statement number lines", () => {
    const title = find(spec, "对账确认函");
    const number = spec.cells.filter((c) => c.value === "ST-2026-10-N12345678" && c.row > title.row);
    expect(number).toHaveLength(1);
    expect(cellAt(spec, number[0].row - 1, 3)?.value).toBe("上海某某贸易有限公司");
  });

  it("in English too: no Customer ID line", () => {
    const en = statementSheet(openItemZh({ customer: { ...byName, name: "Acme Ltd", id: "Acme Ltd", language: "en" }, language: "en" }), settings, { name: "x" });
    expect(en.cells.some((c) => c.value === "Customer ID")).toBe(false);
    expect(en.cells.filter((c) => c.value === "Acme Ltd")).toHaveLength(2);
  });
});
