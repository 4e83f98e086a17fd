/**
 * The reasons the .xlsx reader gives for cells it does not take as written, in English (the
 * issue's `reason`) and in Chinese, in one place: sheetData.ts and readXlsx.ts write them, the
 * task pane shows {@link readReasonZh} to a Chinese clerk. Also why a whole file is refused
 * (sniff.ts, node.ts), coded so the CLI and the pane say it in the clerk's language.
 */
import { issueText } from "../../../core/ledger";
import type { DataIssue, Language } from "../../../core/model";
import { READ_DETAILS, type CodedDetail } from "./readDetails";

export const READ_REASONS = {
  notNumber: "not a number, in a cell saved as a number: read as text",
  noSharedString: "refers to a shared string the file does not have: left empty",
  notCalendarDay: "not a day of the calendar, in a cell saved as a date: read as text",
  beyondColumn: "a cell beyond Excel's last column (XFD): ignored",
  beyondRow: "a cell beyond Excel's last row (1,048,576): ignored",
  formulaWithoutValue: "a formula saved without its result: open the file in Excel (calculation on, or press F9) and save it, then run again",
  csvReadAsGbk: "a CSV file not saved as UTF-8: read as Chinese (GBK) text; if names look garbled, save it from Excel as \"CSV UTF-8\" and run again",
  csvReadAsWestern: "a CSV file not saved as UTF-8: read as Western (Windows-1252) text; if names look garbled, save it from Excel as \"CSV UTF-8\" and run again",
} as const;

const ZH: Readonly<Record<string, string>> = {
  [READ_REASONS.notNumber]: "以数字保存的单元格中不是数字：按文本读入",
  [READ_REASONS.noSharedString]: "引用了文件中不存在的共享字符串：按空白读入",
  [READ_REASONS.notCalendarDay]: "以日期保存的单元格中不是真实的日历日期：按文本读入",
  [READ_REASONS.beyondColumn]: "单元格超出 Excel 的最后一列（XFD）：已忽略",
  [READ_REASONS.beyondRow]: "单元格超出 Excel 的最后一行（1,048,576）：已忽略",
  [READ_REASONS.formulaWithoutValue]: "公式保存时没有计算结果：请在 Excel 中打开文件（开启自动计算或按 F9）并保存，然后重试",
  [READ_REASONS.csvReadAsGbk]: "CSV 文件不是 UTF-8 编码：已按中文（GBK）文本读入；如名称显示为乱码，请在 Excel 中另存为“CSV UTF-8”后重试",
  [READ_REASONS.csvReadAsWestern]: "CSV 文件不是 UTF-8 编码：已按西文（Windows-1252）文本读入；如名称显示为乱码，请在 Excel 中另存为“CSV UTF-8”后重试",
};

/** "N more cells like those above are not listed" (readXlsx.ts caps the listed cells). */
export function moreCellsReason(count: number): string {
  return `${count} more cells like those above are not listed`;
}

/**
 * A reader reason in Chinese, or undefined when `reason` is not one of the reader's.
 * @example readReasonZh("a cell beyond Excel's last column (XFD): ignored") //=> "单元格超出 Excel 的最后一列（XFD）：已忽略"
 */
export function readReasonZh(reason: string): string | undefined {
  const more = /^(\d+) more cells like those above are not listed$/.exec(reason);
  if (more) return `另有 ${more[1]} 个类似单元格未列出`;
  return ZH[reason];
}

/**
 * Any data issue's reason in a language: the reader's own reasons (which carry no code) from
 * {@link readReasonZh}, the ledger's from the core's issueText. The CLI, the pane and the
 * Data issues sheet all say an issue this way.
 * @example dataIssueReason({ severity: "warning", sheet: "Invoices", row: 3, reason: READ_REASONS.notNumber }, "zh") //=> "以数字保存的单元格中不是数字：按文本读入"
 */
export function dataIssueReason(issue: DataIssue, language: Language): string {
  return language === "zh" ? (readReasonZh(issue.reason) ?? issueText(issue, "zh")) : issue.reason;
}

const SAVE_AS_EN = "open it in Excel and save it as an Excel Workbook (.xlsx)";
const SAVE_AS_ZH = "请在 Excel 中打开并另存为 Excel 工作簿（.xlsx）";

/** Why a file is not read as a workbook at all, by a stable code: what it is, and what to do. */
export const FILE_REFUSALS = {
  passwordProtected: {
    en: "it is password-protected; remove the password in Excel (File > Info > Protect Workbook) and save it as .xlsx",
    zh: "文件受密码保护；请在 Excel 中取消密码（文件 > 信息 > 保护工作簿）并另存为 .xlsx",
  },
  oldOffice: { en: `it is an Excel 97-2003 workbook (.xls) or another old Office file; ${SAVE_AS_EN}`, zh: `这是 Excel 97-2003 工作簿（.xls）或其他旧版 Office 文件；${SAVE_AS_ZH}` },
  excel95: {
    en: `it is an Excel 5.0/95 workbook (or older), which AR Desk does not read (it reads Excel 97-2003 .xls and later); ${SAVE_AS_EN}`,
    zh: `这是 Excel 5.0/95（或更早版本）的工作簿，无法读取（仅支持 Excel 97-2003 的 .xls 及更新格式）；${SAVE_AS_ZH}`,
  },
  notWorkbookOle: {
    en: "it is an old Office file (a Word .doc, a PowerPoint .ppt or the like) holding no Excel workbook",
    zh: "这是旧版 Office 文件（如 Word 文档、PowerPoint 演示文稿），其中没有 Excel 工作簿",
  },
  empty: { en: "the file is empty", zh: "文件是空的" },
  pdf: { en: "it is a PDF, not a workbook", zh: "这是 PDF 文件，不是工作簿" },
  xml2003: { en: `it is an Excel 2003 XML spreadsheet; ${SAVE_AS_EN}`, zh: `这是 Excel 2003 XML 电子表格；${SAVE_AS_ZH}` },
  html: { en: `it is a web page (HTML) named like a workbook; ${SAVE_AS_EN}`, zh: `这是以工作簿命名的网页（HTML）；${SAVE_AS_ZH}` },
  text: { en: `it is a text file (CSV or similar), not a workbook; ${SAVE_AS_EN}`, zh: `这是文本文件（CSV 或类似格式），不是工作簿；${SAVE_AS_ZH}` },
  textNotTable: {
    en: `it is a text file but not a table (no commas, semicolons or tabs between values), nor a workbook; ${SAVE_AS_EN}`,
    zh: `这是文本文件，但不是表格（值之间没有逗号、分号或制表符），也不是工作簿；${SAVE_AS_ZH}`,
  },
  notZip: { en: "it is not an Excel workbook (not a ZIP package)", zh: "这不是 Excel 工作簿（不是 ZIP 包）" },
  ods: { en: `it is an OpenDocument spreadsheet (.ods); ${SAVE_AS_EN}`, zh: `这是 OpenDocument 电子表格（.ods）；${SAVE_AS_ZH}` },
  openDocument: { en: "it is an OpenDocument file, not a spreadsheet", zh: "这是 OpenDocument 文件，不是电子表格" },
  xlsb: { en: `it is an Excel Binary Workbook (.xlsb); ${SAVE_AS_EN}`, zh: `这是 Excel 二进制工作簿（.xlsb）；${SAVE_AS_ZH}` },
  numbers: { en: "it is an Apple Numbers file; in Numbers use File > Export To > Excel, then run again", zh: "这是 Apple Numbers 文件；请在 Numbers 中选择“文件 > 导出为 > Excel”，然后重试" },
  word: { en: "it is a Word document, not a workbook", zh: "这是 Word 文档，不是工作簿" },
  powerPoint: { en: "it is a PowerPoint file, not a workbook", zh: "这是 PowerPoint 文件，不是工作簿" },
  otherZip: { en: "it is a ZIP file but not an Excel workbook", zh: "这是 ZIP 文件，但不是 Excel 工作簿" },
  noSuchFile: { en: "the file does not exist", zh: "文件不存在" },
  permission: { en: "permission denied", zh: "没有访问权限" },
  folder: { en: "it is a folder", zh: "这是文件夹" },
} as const satisfies Record<string, { readonly en: string; readonly zh: string }>;

export type FileRefusal = keyof typeof FILE_REFUSALS;

/** What a refused file's error carries (WorkbookReadError; the pane sees it without loading the reader). */
export interface RefusedFile {
  readonly fileName: string;
  readonly message: string;
  /** The detail after `Cannot read "file": `. */
  readonly detail?: string;
  readonly refusal?: FileRefusal;
  /** A limit crossed or damage found, coded. */
  readonly coded?: CodedDetail;
}

/**
 * A reader error's text in the clerk's language: its message in English; in Chinese the file and
 * the coded reason or limit in Chinese (an error without a code keeps its English detail).
 * @example readErrorText({ fileName: "a.xlsx", message: 'Cannot read "a.xlsx": the file is empty', refusal: "empty" }, "zh") //=> "无法读取“a.xlsx”：文件是空的"
 */
export function readErrorText(error: RefusedFile, language: "en" | "zh"): string {
  if (language === "en") return error.message;
  const { refusal, coded } = error;
  const detail =
    refusal !== undefined && refusal in FILE_REFUSALS
      ? FILE_REFUSALS[refusal].zh
      : coded !== undefined && coded.code in READ_DETAILS
        ? READ_DETAILS[coded.code].zh(coded.params)
        : (error.detail ?? error.message);
  return `无法读取“${error.fileName}”：${detail}`;
}
