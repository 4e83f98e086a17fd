/**
 * A mistake the user can fix (bad path, bad option, unreadable ledger, an output that cannot be
 * written). The CLI prints its message on one line and exits with its code; anything else is a
 * bug, printed on one line too (its stack only with AR_DESK_DEBUG=1).
 */
import { cliText, type CliText } from "./i18n";

/** A message in the words of the CLI's catalogue, said in whichever language the run speaks. */
export type Wording = (t: CliText) => string;

/** The CLI's exit codes (also in `ar-desk --help` and README). */
export const EXIT = {
  ok: 0,
  /** `check` found data errors (rows that could not be used). */
  dataIssues: 1,
  /** A usage mistake, or the ledger cannot be read (missing, not a workbook, refused as hostile). */
  usage: 2,
  /** An output cannot be written: read-only or full disk, a path naming a file, a file AR Desk did not write in the way. */
  cannotWrite: 3,
  /** A bug in AR Desk: please report it. */
  internal: 70,
} as const;

/**
 * The message is worded when it is shown ({@link UserError.wording}, in the run's language); the
 * Error's own message is the English one, for logs and tests.
 * @example new UserError((t) => t("error.noSuchFile", { path: "a.xlsx" })).message //=> "no such file: a.xlsx"
 */
export class UserError extends Error {
  constructor(
    readonly wording: Wording,
    readonly exitCode: number = EXIT.usage,
  ) {
    super(wording(cliText("en")));
    this.name = "UserError";
  }
}

/** An output file or folder that cannot be written; the earlier output, if any, is left as it was. */
export class CannotWriteError extends UserError {
  constructor(wording: Wording) {
    super(wording, EXIT.cannotWrite);
    this.name = "CannotWriteError";
  }
}
