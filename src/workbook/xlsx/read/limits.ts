/**
 * How much a workbook may ask of the reader, in the spirit of Apache POI's ZipSecureFile: a
 * hostile or broken file is refused with a one-line message naming the limit it crossed, instead
 * of running the machine out of memory. The defaults sit far above anything Excel writes.
 */
import { READ_DETAILS, type CodedDetail, type ReadDetail, type ReadDetailParams } from "./readDetails";

export interface ReadLimits {
  /** Largest inflated size of one worksheet or shared-string part, in bytes. */
  readonly maxPartBytes: number;
  /** Largest inflated size of a small structural part (workbook, rels, tables, styles), in bytes. */
  readonly maxSmallPartBytes: number;
  /** Highest inflated ÷ compressed ratio, checked once a part has inflated past {@link graceBytes}. */
  readonly maxRatio: number;
  /** Inflated bytes a part may reach before the ratio is checked (small parts compress well). */
  readonly graceBytes: number;
  /** Most entries in the ZIP directory. */
  readonly maxEntries: number;
  /** Longest single row (or shared string item) of XML, in characters. */
  readonly maxRowChars: number;
  /** Most cells kept in the blocks of one workbook (blank cells inside a block count). */
  readonly maxBlockCells: number;
  /** Most reader issues listed one by one (the rest are counted in one line). */
  readonly maxIssues: number;
}

const MiB = 1024 * 1024;

export const DEFAULT_LIMITS: ReadLimits = {
  // A full 1,048,576-row sheet of a dozen numeric columns is about 600 MB of XML.
  maxPartBytes: 1024 * MiB,
  maxSmallPartBytes: 64 * MiB,
  maxRatio: 100,
  graceBytes: 1 * MiB,
  maxEntries: 100_000,
  maxRowChars: 64 * MiB,
  maxBlockCells: 60_000_000,
  maxIssues: 1000,
};

export { sizeText } from "./readDetails";

/** Thrown when a workbook crosses a limit; the reader turns it into a one-line refusal naming the file. */
export class ReadLimitError extends Error {
  override name = "ReadLimitError";
  /** The limit, coded (its English and Chinese texts: readReasons.ts READ_DETAILS). */
  readonly coded: CodedDetail;

  constructor(code: ReadDetail, params: ReadDetailParams) {
    super(READ_DETAILS[code].en(params));
    this.coded = { code, params };
  }
}
