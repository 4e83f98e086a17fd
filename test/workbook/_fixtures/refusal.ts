import type { WorkbookReadError } from "../../../src/workbook/xlsx/read/readError";

/** The error a reader throws for a file it refuses (a test fails when it reads the file instead). */
export function refusal(read: () => unknown): WorkbookReadError {
  try {
    read();
  } catch (e) {
    return e as WorkbookReadError;
  }
  throw new Error("expected a refusal");
}
