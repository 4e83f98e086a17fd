/**
 * What the .xls reader's parts throw when a file is damaged or crosses a limit: the coded detail
 * (its English and Chinese: xlsx/read/readDetails.ts), which readXls turns into the one error type
 * of the readers (WorkbookReadError) naming the file.
 */
import { READ_DETAILS, type ReadDetail, type ReadDetailParams } from "../xlsx/read/readDetails";

export class XlsFileError extends Error {
  override name = "XlsFileError";

  /** refused = hostile or over a limit; corrupt = damaged (either way nothing is read). */
  constructor(
    readonly problem: "refused" | "corrupt",
    readonly code: ReadDetail,
    readonly params: ReadDetailParams,
  ) {
    super(READ_DETAILS[code].en(params));
  }
}
