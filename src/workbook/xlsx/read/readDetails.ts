/**
 * Why the reader refuses a file at a limit, or finds it damaged, by a stable code: the technical
 * detail in English (the error's message) and in Chinese (what the CLI and the pane show a
 * Chinese clerk after their lead sentence and the file name; readReasons.ts readErrorText).
 */
import type { Language } from "../../../core/model";

/** The parameters of a {@link READ_DETAILS} text. */
export type ReadDetailParams = Readonly<Record<string, string | number>>;

/**
 * "1 GiB", "64 MiB" for messages; bytes below a MiB are counted as they are.
 * @example sizeText(65536, "zh") //=> "65536 字节"
 */
export function sizeText(bytes: number, language: Language = "en"): string {
  const MiB = 1024 * 1024;
  if (bytes >= 1024 * MiB && bytes % (1024 * MiB) === 0) return `${bytes / (1024 * MiB)} GiB`;
  if (bytes >= MiB) return `${Math.round(bytes / MiB)} MiB`;
  return language === "zh" ? `${bytes} 字节` : `${bytes} bytes`;
}

/** Where in the package: a sheet by its name, else a part by its path, else the file. */
const placeEn = (p: ReadDetailParams): string => (p.sheet !== undefined ? `sheet "${p.sheet}"` : p.part !== undefined ? String(p.part) : "the file");
// A part's path is set off by spaces from the Chinese around it.
const placeZh = (p: ReadDetailParams): string => (p.sheet !== undefined ? `工作表“${p.sheet}”` : p.part !== undefined ? `部件 ${p.part} ` : "文件");
/** An XML element too long to hold: a row of a sheet, an item of the shared strings. */
const PIECE_ZH: Readonly<Record<string, string>> = { row: "一行数据", si: "一个共享字符串" };
const cellsText = (n: string | number): string => Number(n).toLocaleString("en-US");
const AGAIN_EN: Readonly<Record<string, (p: ReadDetailParams) => string>> = {
  sharedStrings: () => "the shared strings",
  sheet: (p) => `sheet "${p.sheet}"`,
  table: (p) => `a table of sheet "${p.sheet}"`,
};
const AGAIN_ZH: Readonly<Record<string, (p: ReadDetailParams) => string>> = {
  sharedStrings: () => "共享字符串",
  sheet: (p) => `工作表“${p.sheet}”`,
  table: (p) => `工作表“${p.sheet}”的一个表`,
};

/** The parts of an .xls's compound file a damage names. */
const XLS_PART_EN: Readonly<Record<string, string>> = { fat: "the sector table (FAT)", difat: "the sector table's index (DIFAT)", directory: "the directory", miniStream: "the mini stream", miniFat: "the mini stream's sector table", stream: "the Workbook stream" };
const XLS_PART_ZH: Readonly<Record<string, string>> = { fat: "扇区表（FAT）", difat: "扇区表索引（DIFAT）", directory: "目录", miniStream: "小流", miniFat: "小流扇区表", stream: "Workbook 流" };
const xlsPartEn = (p: ReadDetailParams): string => XLS_PART_EN[String(p.what)] ?? "a stream";
const xlsPartZh = (p: ReadDetailParams): string => XLS_PART_ZH[String(p.what)] ?? "一个流";

/**
 * A limit a file crossed, or the damage found in it, by a stable code: the technical detail after
 * `Cannot read "file": `, in English (the error's message) and in Chinese (what the CLI and the pane
 * show a Chinese clerk after their lead sentence). A damaged part's low-level cause (the ZIP or
 * XML fault) stays in the English text only: it helps whoever debugs, not the clerk.
 */
export const READ_DETAILS = {
  partTooLarge: {
    en: (p: ReadDetailParams) => `${p.part} inflates to more than ${sizeText(Number(p.bytes))} (the limit for one part)`,
    zh: (p: ReadDetailParams) => `部件 ${p.part} 解压后超过 ${sizeText(Number(p.bytes), "zh")}（单个部件的上限）`,
  },
  ratio: {
    en: (p: ReadDetailParams) => `${p.part} inflates more than ${p.ratio} times its compressed size (a ZIP bomb or a damaged file)`,
    zh: (p: ReadDetailParams) => `部件 ${p.part} 解压后超过其压缩大小的 ${p.ratio} 倍（ZIP 炸弹或文件已损坏）`,
  },
  pieceTooLong: {
    en: (p: ReadDetailParams) => `one <${p.tag}> element is longer than ${p.chars} characters (the limit)`,
    zh: (p: ReadDetailParams) => `${PIECE_ZH[String(p.tag)] ?? "一个元素"}超过 ${p.chars} 个字符（上限）`,
  },
  tooManyCells: {
    en: (p: ReadDetailParams) => `sheet "${p.sheet}" would need more than ${cellsText(p.cells)} cells in memory (the limit)`,
    zh: (p: ReadDetailParams) => `工作表“${p.sheet}”需要在内存中保存超过 ${cellsText(p.cells)} 个单元格（上限）`,
  },
  tooManyParts: {
    en: (p: ReadDetailParams) => `the package lists ${p.count} parts (the limit is ${p.limit})`,
    zh: (p: ReadDetailParams) => `文件包含 ${p.count} 个部件（上限为 ${p.limit} 个）`,
  },
  partTwice: {
    en: (p: ReadDetailParams) => `the package lists the part ${p.part} twice`,
    zh: (p: ReadDetailParams) => `文件两次列出部件 ${p.part}`,
  },
  partReadAgain: {
    en: (p: ReadDetailParams) => `${(AGAIN_EN[String(p.what)] ?? AGAIN_EN.sheet)(p)} points at part ${p.part}, which is already read (a package listing the same part again)`,
    zh: (p: ReadDetailParams) => `${(AGAIN_ZH[String(p.what)] ?? AGAIN_ZH.sheet)(p)}指向已读取过的部件 ${p.part}（同一部件被重复列出）`,
  },
  dtd: {
    en: (p: ReadDetailParams) => `${placeEn(p)}: it contains a DTD (<!DOCTYPE> or <!ENTITY>), which Excel's files never have`,
    zh: (p: ReadDetailParams) => `${placeZh(p)}含有文档类型声明，而 Excel 写出的文件从不含有`,
  },
  damaged: {
    en: (p: ReadDetailParams) => `${placeEn(p)} is damaged (${p.cause})`,
    zh: (p: ReadDetailParams) => `${placeZh(p)}已损坏：请在 Excel 中打开（Excel 会尝试修复）并另存为 .xlsx，然后重试`,
  },
  sheetMissing: {
    en: (p: ReadDetailParams) => `the file is damaged (sheet "${p.sheet}" is missing: ${p.part})`,
    zh: (p: ReadDetailParams) => `文件已损坏：缺少工作表“${p.sheet}”（部件 ${p.part}）；请在 Excel 中打开并另存为 .xlsx，然后重试`,
  },
  textTooLarge: {
    en: (p: ReadDetailParams) => `the text file is larger than ${sizeText(Number(p.bytes))} (the limit)`,
    zh: (p: ReadDetailParams) => `文本文件超过 ${sizeText(Number(p.bytes), "zh")}（上限）`,
  },
  csvOpenQuote: {
    en: (p: ReadDetailParams) => `row ${p.row}: a value opened with a quote (") is never closed, so every row after it would be read as that one value; close the quote, or export the file again`,
    zh: (p: ReadDetailParams) => `第 ${p.row} 行：以引号（"）开始的值没有结束，其后的所有行都会被读成这一个值；请补上引号，或重新导出文件`,
  },
  csvTooManyRows: {
    en: (p: ReadDetailParams) => `it has ${cellsText(p.rows)} rows, more than a sheet holds (${cellsText(p.limit)}); split it into files of fewer rows`,
    zh: (p: ReadDetailParams) => `文件有 ${cellsText(p.rows)} 行，超过一个工作表的行数上限（${cellsText(p.limit)}）；请拆分为行数更少的文件`,
  },
  xlsDamaged: {
    en: (p: ReadDetailParams) => `${placeEn(p)} is damaged (${p.cause}); open it in Excel and save it as .xlsx, then run again`,
    zh: (p: ReadDetailParams) => `${placeZh(p)}已损坏：请在 Excel 中打开（Excel 会尝试修复）并另存为 .xlsx，然后重试`,
  },
  xlsTooLarge: {
    en: (p: ReadDetailParams) => `the .xls file is larger than ${sizeText(Number(p.bytes))} (the limit)`,
    zh: (p: ReadDetailParams) => `.xls 文件超过 ${sizeText(Number(p.bytes), "zh")}（上限）`,
  },
  xlsSectorOutside: {
    en: (p: ReadDetailParams) => `the file is damaged: ${xlsPartEn(p)} points at sector ${p.sector}, outside the file's ${p.sectors} sectors`,
    zh: (p: ReadDetailParams) => `文件已损坏：${xlsPartZh(p)}指向第 ${p.sector} 个扇区，超出文件的 ${p.sectors} 个扇区`,
  },
  xlsChainLoop: {
    en: (p: ReadDetailParams) => `the file is damaged: the sectors of ${xlsPartEn(p)} loop back on themselves (a damaged or hostile file)`,
    zh: (p: ReadDetailParams) => `文件已损坏：${xlsPartZh(p)}的扇区链形成循环（文件已损坏或被恶意构造）`,
  },
  xlsSizeTooLarge: {
    en: (p: ReadDetailParams) => `the file is damaged: ${xlsPartEn(p)} claims ${cellsText(p.bytes)} bytes, more than the file gives it (${cellsText(p.fileBytes)})`,
    zh: (p: ReadDetailParams) => `文件已损坏：${xlsPartZh(p)}声称有 ${cellsText(p.bytes)} 字节，超过文件实际提供的 ${cellsText(p.fileBytes)} 字节`,
  },
  xlsDirectoryLoop: {
    en: () => "the file is damaged: its directory of streams loops back on itself (a damaged or hostile file)",
    zh: () => "文件已损坏：其流目录形成循环（文件已损坏或被恶意构造）",
  },
  xlsRecordPastEnd: {
    en: (p: ReadDetailParams) => `the file is damaged: the record at byte ${p.offset} of the Workbook stream claims ${p.bytes} bytes, past the stream's end`,
    zh: (p: ReadDetailParams) => `文件已损坏：Workbook 流第 ${p.offset} 字节处的记录声称有 ${p.bytes} 字节，超出流的末尾`,
  },
  xlsSharedStringsShort: {
    en: (p: ReadDetailParams) => `the file is damaged: its shared strings table announces ${cellsText(p.count)} texts but holds ${cellsText(p.found)}`,
    zh: (p: ReadDetailParams) => `文件已损坏：共享字符串表声明有 ${cellsText(p.count)} 个文本，实际只有 ${cellsText(p.found)} 个`,
  },
  xlsNoSharedString: {
    en: (p: ReadDetailParams) => `the file is damaged: sheet "${p.sheet}", row ${p.row}, column ${p.col} refers to shared string ${p.index}, which the file does not have`,
    zh: (p: ReadDetailParams) => `文件已损坏：工作表“${p.sheet}”第 ${p.row} 行第 ${p.col} 列引用了文件中不存在的第 ${p.index} 个共享字符串`,
  },
  xlsCellOutside: {
    en: (p: ReadDetailParams) => `sheet "${p.sheet}" has a cell at row ${p.row}, column ${p.col}, beyond an .xls sheet's 65,536 rows and 256 columns (a damaged or hostile file)`,
    zh: (p: ReadDetailParams) => `工作表“${p.sheet}”在第 ${p.row} 行第 ${p.col} 列有单元格，超出 .xls 工作表的 65,536 行、256 列（文件已损坏或被恶意构造）`,
  },
  xlsSheetTwice: {
    en: (p: ReadDetailParams) => `sheet "${p.sheet}" starts inside another sheet's data (a file listing the same sheet again)`,
    zh: (p: ReadDetailParams) => `工作表“${p.sheet}”的起始位置落在另一个工作表的数据之内（同一工作表被重复列出）`,
  },
  systemRead: {
    en: (p: ReadDetailParams) => String(p.message),
    zh: (p: ReadDetailParams) => `系统无法读取该文件，请确认它没有被其他程序占用，然后重试（系统的原始错误：${p.message}）`,
  },
} as const satisfies Record<string, { readonly en: (p: ReadDetailParams) => string; readonly zh: (p: ReadDetailParams) => string }>;

export type ReadDetail = keyof typeof READ_DETAILS;

/** A coded limit or damage: which, and its parameters. */
export interface CodedDetail {
  readonly code: ReadDetail;
  readonly params: ReadDetailParams;
}
