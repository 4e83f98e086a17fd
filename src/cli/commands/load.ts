/** Shared by the commands: read the ledger file and open a session on it. */
import * as path from "node:path";
import { promises as fs } from "node:fs";
import { openSession, type LedgerSession } from "../../flows/session";
import { readWorkbookFile } from "../../workbook/xlsx/node";
import { UserError } from "../userError";
import { inexactTotalsMessage } from "../../flows/exactLedgerTotals";
import type { Flags } from "../flags";
import type { Progress } from "../progress";

/**
 * Reads the ledger and opens a session. The file is recognised by its content, not its name: any
 * Excel workbook package (.xlsx, .xlsm, .xltx…) is read; an .xls, .csv, .ods or .numbers file is
 * refused with what to do (see xlsx/read/sniff.ts). Cells the reader could not take as written
 * come first among the session's issues.
 */
export async function loadSession(file: string, flags: Flags, progress?: Progress): Promise<LedgerSession> {
  const order = flags["date-order"];
  if (order !== undefined && order !== "mdy" && order !== "dmy") throw new UserError(`--date-order must be mdy or dmy, not "${order}"`);
  await mustExist(file);
  progress?.update(0, 3, `reading ${path.basename(file)}`);
  const content = await readWorkbookFile(file);
  progress?.update(1, 3, "checking the ledger");
  const generated = new Set(content.generatedSheets);
  const session = openSession(content.blocks, {
    generatedSheets: generated,
    readIssues: content.issues,
    ...(order ? { dateOrder: order as "mdy" | "dmy" } : {}),
  });
  progress?.update(2, 3, "");
  const inexact = inexactTotalsMessage(session.ledger, path.basename(file));
  if (inexact) throw new UserError(inexact);
  return session;
}

/** `<dir>/<base>-<suffix>` beside the ledger. */
export function besideLedger(file: string, suffix: string): string {
  const { dir, name } = path.parse(path.resolve(file));
  return path.join(dir, `${name}-${suffix}`);
}

/** A missing ledger is the commonest mistake: say so in the CLI's own words (`no such file: …`). */
async function mustExist(file: string): Promise<void> {
  try {
    await fs.stat(file);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "ENOENT") throw new UserError(`no such file: ${file}`);
  }
}
