/**
 * The sentences of a failed write's recovery (swapSteps.ts) and of a read refused as too large
 * (officeWorkbook.ts), in English and in Chinese: the table beside officeText.ts's helpers.
 */
import type { Language } from "../../core/model";

/** The sentences of a failed write's recovery (swapSteps.ts), each beginning with its own space in English. */
export interface RecoveryWords {
  readonly couldNotLookAgain: string;
  readonly finishFailed: string;
  readonly undoFailed: string;
  /** After ": " and the failure's reason. */
  readonly reasonJoin: string;
  readonly unclaimed: (list: string, count: number) => string;
  readonly nothingChanged: string;
  readonly nothingElseChanged: string;
  readonly undone: string;
  readonly otherwiseUndone: string;
  readonly changedSince: (parts: readonly string[]) => string;
  readonly noLongerThere: (list: string, count: number) => string;
  readonly isNew: (list: string, count: number) => string;
  readonly nowProtected: string;
  readonly leftoversRemoved: (list: string) => string;
  readonly keptAside: (items: readonly string[]) => string;
  readonly tablesKeptAside: (items: readonly string[]) => string;
  /** `"Index" is now "ARDesk old 4"`. */
  readonly nowNamed: (name: string, temp: string) => string;
  readonly remains: (parts: readonly string[]) => string;
  readonly asItWas: string;
  readonly holdsPrevious: (temps: string, names: string, count: number) => string;
  readonly newMayBeIncomplete: (list: string, count: number) => string;
  readonly checkWorkbook: (parts: readonly string[]) => string;
  readonly mayHoldPrevious: (temps: string, names: string) => string;
  readonly mayBeNew: (list: string) => string;
  readonly sheetsChanged: (parts: readonly string[], done: string) => string;
  readonly wasDeleted: (name: string) => string;
  readonly wasRenamed: (name: string, now: string) => string;
  readonly moreChanged: (count: number) => string;
  readonly runAgain: string;
  readonly nothingElseRunAgain: string;
  readonly rowTooLarge: (row: number, sheet: string) => string;
}

export const RECOVERY_WORDS: Readonly<Record<Language, RecoveryWords>> = {
  en: {
    couldNotLookAgain: " AR Desk could not look at the workbook again to undo its changes.",
    finishFailed: " Every sheet was written, but removing the sheets they replace failed",
    undoFailed: " Putting the workbook back failed too",
    reasonJoin: ": ",
    unclaimed: (list, count) => ` ${list} ${count === 1 ? "was" : "were"} added without AR Desk's mark; delete ${count === 1 ? "it" : "them"} if not needed.`,
    nothingChanged: " Nothing was changed.",
    nothingElseChanged: " Nothing else was changed.",
    undone: " AR Desk undid what it had done: the workbook is as it was.",
    otherwiseUndone: " AR Desk undid its other changes: the workbook is otherwise as it was.",
    changedSince: (parts) => ` The workbook changed after AR Desk read it (${parts.join("; ")}): try again.`,
    noLongerThere: (list, count) => `${list} ${count === 1 ? "is" : "are"} no longer there`,
    isNew: (list, count) => `${list} ${count === 1 ? "is" : "are"} new`,
    nowProtected: "its structure is now protected",
    leftoversRemoved: (list) => ` AR Desk removed ${list}, left by an earlier run that did not finish.`,
    keptAside: (items) => ` AR Desk's previous ${items.join(", ")} (a sheet of yours has that name).`,
    tablesKeptAside: (items) => ` AR Desk's previous table ${items.join(", ")} (a table of yours has that name).`,
    nowNamed: (name, temp) => `"${name}" is now "${temp}"`,
    remains: (parts) => `In the workbook now: ${parts.join("; ")}.`,
    asItWas: "The workbook is as it was.",
    holdsPrevious: (temps, names, count) => `${temps} ${count === 1 ? "holds" : "hold"} the previous ${names}`,
    newMayBeIncomplete: (list, count) => `${list} ${count === 1 ? "is" : "are"} new and may be incomplete`,
    checkWorkbook: (parts) => `Check the workbook: ${parts.join("; ")}.`,
    mayHoldPrevious: (temps, names) => `sheets named ${temps} may hold the previous ${names}`,
    mayBeNew: (list) => `${list} may be new and incomplete`,
    sheetsChanged: (parts, done) => `AR Desk did not write its sheets: ${parts.join("; ")} after AR Desk read the workbook.${done}`,
    wasDeleted: (name) => `"${name}" was deleted`,
    wasRenamed: (name, now) => `"${name}" was renamed "${now}"`,
    moreChanged: (count) => `${count} more changed`,
    runAgain: " Nothing was changed; run it again.",
    nothingElseRunAgain: " Nothing else was changed; run it again.",
    rowTooLarge: (row, sheet) => `Could not read the workbook: row ${row} of sheet "${sheet}" is larger than Excel can send at once.`,
  },
  zh: {
    couldNotLookAgain: "AR Desk 无法再次查看工作簿以撤销其更改。",
    finishFailed: "所有工作表均已写入，但删除被替换的工作表失败",
    undoFailed: "恢复工作簿也失败了",
    reasonJoin: "：",
    unclaimed: (list) => `${list}已添加，但没有 AR Desk 的标记；如不需要请删除。`,
    nothingChanged: "未做任何更改。",
    nothingElseChanged: "未做其他更改。",
    undone: "AR Desk 已撤销其操作：工作簿已恢复原状。",
    otherwiseUndone: "AR Desk 已撤销其他更改：工作簿其余部分已恢复原状。",
    changedSince: (parts) => `AR Desk 读取工作簿之后，工作簿发生了变化（${parts.join("；")}）：请重试。`,
    noLongerThere: (list) => `${list}已不存在`,
    isNew: (list) => `${list}是新增的`,
    nowProtected: "工作簿结构现已受保护",
    leftoversRemoved: (list) => `AR Desk 已删除上次未完成的运行留下的${list}。`,
    keptAside: (items) => `AR Desk 之前的${items.join("，")}（您的某个工作表已使用该名称）。`,
    tablesKeptAside: (items) => `AR Desk 之前的表${items.join("，")}（您的某个表已使用该名称）。`,
    nowNamed: (name, temp) => `“${name}”现名为“${temp}”`,
    remains: (parts) => `工作簿现状：${parts.join("；")}。`,
    asItWas: "工作簿保持原状。",
    holdsPrevious: (temps, names) => `${temps}中是之前的${names}`,
    newMayBeIncomplete: (list) => `${list}是新增的，可能不完整`,
    checkWorkbook: (parts) => `请检查工作簿：${parts.join("；")}。`,
    mayHoldPrevious: (temps, names) => `名为${temps}的工作表中可能是之前的${names}`,
    mayBeNew: (list) => `${list}可能是新增的，且可能不完整`,
    sheetsChanged: (parts, done) => `AR Desk 未写入其工作表：读取工作簿之后，${parts.join("；")}。${done}`,
    wasDeleted: (name) => `“${name}”已被删除`,
    wasRenamed: (name, now) => `“${name}”已被重命名为“${now}”`,
    moreChanged: (count) => `另有 ${count} 个已更改`,
    runAgain: "未做任何更改，请重新运行。",
    nothingElseRunAgain: "未做其他更改，请重新运行。",
    rowTooLarge: (row, sheet) => `无法读取工作簿：工作表“${sheet}”第 ${row} 行超出 Excel 一次能发送的大小。`,
  },
};
