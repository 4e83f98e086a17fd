/** Errors a user can act on, in the run's language; the exit code the same in both. */
import { describeError, exitCodeOf } from "../../src/cli/describeError";
import { cliText } from "../../src/cli/i18n";
import { CannotWriteError, UserError } from "../../src/cli/userError";
import { PeriodError } from "../../src/flows/period";
import { MissingTablesError } from "../../src/workbook/schema";
import { fileRefused, readRefused, WorkbookReadError } from "../../src/workbook/xlsx/read";

const en = cliText("en");
const zh = cliText("zh");

const errno = (code: string, path?: string) => Object.assign(new Error(code), { code, ...(path !== undefined ? { path } : {}) });

describe("describeError", () => {
  it("words a UserError when it is shown; its Error message stays English", () => {
    const e = new CannotWriteError((t) => t("write.cannot", { target: "out.xlsx", reason: t("write.diskFull") }));
    expect(describeError(e, zh)).toBe("无法写入 out.xlsx：磁盘已满");
    expect(describeError(e, en)).toBe("cannot write out.xlsx: disk full");
    expect(e.message).toBe("cannot write out.xlsx: disk full");
    expect(exitCodeOf(e)).toBe(3);
    expect(exitCodeOf(new UserError((t) => t("error.periodBoth")))).toBe(2);
  });

  it("puts the meaning of a reader's refusal first in Chinese, then the file and its coded reason in Chinese", () => {
    const e = fileRefused("encrypted", "a.xlsx", "passwordProtected");
    expect(describeError(e, en)).toBe('Cannot read "a.xlsx": it is password-protected; remove the password in Excel (File > Info > Protect Workbook) and save it as .xlsx');
    expect(describeError(e, zh)).toBe("该工作簿受密码保护：请在 Excel 中取消密码并保存后再运行。无法读取“a.xlsx”：文件受密码保护；请在 Excel 中取消密码（文件 > 信息 > 保护工作簿）并另存为 .xlsx");
  });

  it("says a limit's coded detail in Chinese after the Chinese file name; an uncoded detail stays as it is", () => {
    const e = readRefused("refused", "big.xlsx", "tooManyParts", { count: 99999, limit: 10000 });
    expect(describeError(e, en)).toBe('Cannot read "big.xlsx": the package lists 99999 parts (the limit is 10000); AR Desk does not read it');
    expect(describeError(e, zh)).toBe("该文件超出 AR Desk 的安全限制，未读取。无法读取“big.xlsx”：文件包含 99999 个部件（上限为 10000 个）");
    const uncoded = new WorkbookReadError("corrupt", "old.xlsx", "something only a newer reader names");
    expect(describeError(uncoded, zh)).toBe("该文件已损坏。无法读取“old.xlsx”：something only a newer reader names");
  });

  it("names the missing invoice list in the language, and says why an aging summary cannot stand in", () => {
    expect(describeError(new MissingTablesError(["invoices"]), en)).toMatch(/^no Invoices table found: .*a sheet "Invoices"/);
    expect(describeError(new MissingTablesError(["invoices"]), zh)).toMatch(/^找不到发票表：.*命名为“Invoices”/);
    const aging = new MissingTablesError(["invoices"], { sheet: "Aged", headerRow: 3, buckets: ["Current", "1-30"] });
    expect(describeError(aging, en)).toBe(aging.message);
    expect(describeError(aging, zh)).toBe("这是账龄汇总表：金额已按账龄分段，没有发票号或到期日，AR Desk 无法重新计算账龄、催款或生成对账单。请改为导出逐张发票的未清明细（如金蝶/用友“应收账款明细表”）后再打开。（工作表“Aged”，表头在第 3 行，账龄列：“Current”、“1-30”）");
  });

  it("says why a balance summary (余额表) cannot stand in, naming its balance columns", () => {
    const balances = new MissingTablesError(["invoices"], { sheet: "余额表", headerRow: 2, buckets: ["期初余额", "期末余额"], kind: "balances" });
    expect(describeError(balances, en)).toBe(balances.message);
    expect(balances.message).toMatch(/^ARDesk schema: sheet "余额表" \(header row 2\) is a balance summary: its columns "期初余额", "期末余额" give each customer's balances/);
    expect(describeError(balances, zh)).toBe("这是应收账款余额表：每位客户只有期初、本期借贷和期末余额，没有逐张单据和日期，AR Desk 无法计算账龄、催款或生成对账单。请改为导出客户往来明细账（如用友/畅捷通“客户往来明细账”、金蝶“应收款明细表”）后再打开。（工作表“余额表”，表头在第 2 行，余额列：“期初余额”、“期末余额”）");
  });

  it("says why a customer statement's summary (对账单) cannot stand in, and what to do with it", () => {
    const statement = new MissingTablesError(["invoices"], { sheet: "对账单", headerRow: 5, buckets: ["期初余额", "本期开票", "本期回款", "期末余额"], kind: "statement" });
    expect(describeError(statement, en)).toBe(statement.message);
    expect(statement.message).toMatch(/^ARDesk schema: sheet "对账单" \(row 5\) is a customer statement's summary \(对账单\): "期初余额", "本期开票", "本期回款", "期末余额" are one period's totals for one customer.*Compare its closing balance/);
    expect(describeError(statement, zh)).toBe("这是客户对账单的汇总：只有一位客户一个期间的期初余额、本期开票、本期回款和期末余额，没有逐张单据和日期，AR Desk 无法计算账龄、催款或生成对账单。请用它的期末余额与 AR Desk 为该客户生成的对账单核对；要读入应收账款，请打开您自己的发票清单或客户往来明细账（每张单据一行：单号、客户、日期、金额）。（工作表“对账单”第 5 行起，汇总项：“期初余额”、“本期开票”、“本期回款”、“期末余额”）");
  });

  it("names the option and the text that is not a date or a month", () => {
    expect(describeError(new PeriodError("asOf", "ignored", "tomorrow"), en)).toBe('--as-of "tomorrow" is not a date: use YYYY-MM-DD, e.g. 2026-10-31');
    expect(describeError(new PeriodError("asOf", "ignored", "tomorrow"), zh)).toBe("--as-of “tomorrow”不是日期：请使用 YYYY-MM-DD 格式，例如 2026-10-31");
    expect(describeError(new PeriodError("month", "ignored", "2026-13"), zh)).toBe("--month “2026-13”不是月份：请使用 YYYY-MM 格式，例如 2026-10");
    expect(describeError(new PeriodError("both", "ignored"), zh)).toBe("--month 和 --as-of 只能指定一个");
  });

  it("words the system's refusals, with exit 3 for a disk that refuses writes and 2 otherwise", () => {
    expect(describeError(errno("ENOENT", "x.xlsx"), zh)).toBe("文件不存在：x.xlsx");
    expect(describeError(errno("EACCES", "x.xlsx"), en)).toBe("permission denied: x.xlsx");
    expect(describeError(errno("ENOSPC"), zh)).toBe("无法写入 输出文件：磁盘已满");
    expect(describeError(errno("ENOSPC"), en)).toBe("cannot write output: disk full");
    expect(exitCodeOf(errno("ENOSPC"))).toBe(3);
    expect(exitCodeOf(errno("ENOENT", "x.xlsx"))).toBe(2);
  });

  it("leaves a bug undescribed (the CLI reports it as an internal error)", () => {
    expect(describeError(new TypeError("x is undefined"), zh)).toBeUndefined();
  });
});
