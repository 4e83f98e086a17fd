/**
 * Every sentence the Office port says to a clerk, in English and in Chinese: what a failed
 * action was doing, the hints for Office errors a clerk can act on, the protected workbook, and
 * how names are listed (the sentences of a failed write's recovery: recoveryWords.ts). The port builds each message in both languages at once
 * ({@link said}); its OfficeWorkbookError carries both and the pane shows the one on screen
 * (taskpane paneErrorText), so a clerk who switches language reads it in the new one too.
 * Excel's own error message (Office.js `error.message`) is Excel's, in Excel's language: quoted
 * as given.
 */
import type { Language } from "../../core/model";

/** One text in each language. */
export type Said = Readonly<Record<Language, string>>;

/**
 * A text built once per language.
 * @example said((language) => (language === "zh" ? "未做任何更改。" : "Nothing was changed.")) //=> { en: "Nothing was changed.", zh: "未做任何更改。" }
 */
export function said(text: (language: Language) => string): Said {
  return { en: text("en"), zh: text("zh") };
}

/** The same text in both languages (a message that has no words of ours, e.g. Excel's own). */
export function sameInBoth(text: string): Said {
  return { en: text, zh: text };
}

/** What an action was doing when Excel failed it: completes "Could not …" / "无法…". */
export const DOING = {
  listSheets: { en: "list sheets", zh: "列出工作表" },
  readWorkbook: { en: "read the workbook", zh: "读取工作簿" },
  writeSheets: { en: "write the sheets", zh: "写入工作表" },
  insertFormula: { en: "insert the formula", zh: "插入公式" },
  addFormulaColumns: { en: "add the formula columns", zh: "添加公式列" },
  removeFormulaColumns: { en: "remove the formula columns", zh: "删除公式列" },
} as const satisfies Record<string, Said>;

/** Going to a cell (an issue's *Go to*). @example goingTo("Invoices!B7").zh //=> "转到 Invoices!B7" */
export function goingTo(address: string): Said {
  return { en: `go to ${address}`, zh: `转到 ${address}` };
}

/** The hints for the Office error codes a clerk can do something about. */
export const HINTS: Readonly<Record<string, Said>> = {
  InvalidOperationInCellEditMode: { en: "Excel is editing a cell. Press Enter or Esc and try again.", zh: "Excel 正在编辑单元格。请按 Enter 或 Esc 后重试。" },
  AccessDenied: {
    en: "the workbook or sheet is protected. Unprotect it (Review ▸ Protect) and try again.",
    zh: "工作簿或工作表受保护。请取消保护（审阅 ▸ 保护）后重试。",
  },
};

/** Why a formula with `[@Column]` could not go into the selected cell. */
export const THIS_ROW_HINT: Said = {
  en: "Formulas with [@Column] references work inside a row of an Excel table: select a cell in your Invoices or Customers table.",
  zh: "含 [@列名] 引用的公式只能用在 Excel 表的某一行中：请选中发票表（Invoices）或客户表（Customers）中的单元格。",
};

/** A Chinese sentence closed with a full stop unless it ends with one (Excel's own message may not). */
const closed = (text: string) => (/[。.!！?？]$/.test(text) ? text : `${text}。`);

/**
 * "Could not …: why." In Chinese the sentence is closed, as the sentences after it start with no space.
 * @example couldNotText("list sheets", "why.", "en") //=> "Could not list sheets: why."
 * @example couldNotText("列出工作表", "Internal error", "zh") //=> "无法列出工作表：Internal error。"
 */
export function couldNotText(doing: string, reason: string, language: Language): string {
  return language === "zh" ? `无法${doing}：${closed(reason)}` : `Could not ${doing}: ${reason}`;
}

/**
 * Excel's own message and a sentence of ours after it: a space between them in English; in
 * Chinese the message is closed as a sentence first.
 */
export function thenSentence(message: string, next: string | undefined, language: Language): string {
  if (!next) return message;
  return language === "en" ? `${message} ${next}` : `${closed(message)}${next}`;
}

/** Said before anything is added when the workbook's structure is protected. */
export const PROTECTED: Said = {
  en: "The workbook's structure is protected, so AR Desk cannot add its sheets. Unprotect it (Review ▸ Protect Workbook) and try again; nothing was changed.",
  zh: "工作簿结构受保护，AR Desk 无法添加其工作表。请取消保护（审阅 ▸ 保护工作簿）后重试；未做任何更改。",
};

/**
 * Sheet names quoted, the first few: `"A", "B" and 3 more` / `“A”、“B”等 5 个`.
 * @example listOf(["A", "B"], "zh") //=> "“A”和“B”"
 */
export function listOf(names: readonly string[], language: Language, shown = 5): string {
  const zh = language === "zh";
  const quoted = names.slice(0, shown).map((n) => (zh ? `“${n}”` : `"${n}"`));
  const more = names.length - quoted.length;
  if (zh) {
    if (more > 0) return `${quoted.join("、")}等 ${names.length} 个`;
    return quoted.length > 1 ? `${quoted.slice(0, -1).join("、")}和${quoted[quoted.length - 1]}` : quoted.join("");
  }
  if (more > 0) return `${quoted.join(", ")} and ${more} more`;
  return quoted.length > 1 ? `${quoted.slice(0, -1).join(", ")} and ${quoted[quoted.length - 1]}` : quoted.join("");
}

/** A sheet or table name quoted in a sentence. */
export function quoted(name: string, language: Language): string {
  return language === "zh" ? `“${name}”` : `"${name}"`;
}
