/**
 * The reasons the .xlsx reader gives for cells it does not take as written, in English (the
 * issue's `reason`) and in Chinese, in one place: sheetData.ts and readXlsx.ts write them, the
 * task pane shows {@link readReasonZh} to a Chinese clerk.
 */
export const READ_REASONS = {
  notNumber: "not a number, in a cell saved as a number: read as text",
  noSharedString: "refers to a shared string the file does not have: left empty",
  notCalendarDay: "not a day of the calendar, in a cell saved as a date: read as text",
  beyondColumn: "a cell beyond Excel's last column (XFD): ignored",
  beyondRow: "a cell beyond Excel's last row (1,048,576): ignored",
  formulaWithoutValue: "a formula saved without its result: open the file in Excel (calculation on, or press F9) and save it, then run again",
} as const;

const ZH: Readonly<Record<string, string>> = {
  [READ_REASONS.notNumber]: "以数字保存的单元格中不是数字：按文本读入",
  [READ_REASONS.noSharedString]: "引用了文件中不存在的共享字符串：按空白读入",
  [READ_REASONS.notCalendarDay]: "以日期保存的单元格中不是真实的日历日期：按文本读入",
  [READ_REASONS.beyondColumn]: "单元格超出 Excel 的最后一列（XFD）：已忽略",
  [READ_REASONS.beyondRow]: "单元格超出 Excel 的最后一行（1,048,576）：已忽略",
  [READ_REASONS.formulaWithoutValue]: "公式保存时没有计算结果：请在 Excel 中打开文件（开启自动计算或按 F9）并保存，然后重试",
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
