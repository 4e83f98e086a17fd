/** Shared by the commands: read the ledger file and open a session on it. */
import * as path from "node:path";
import { promises as fs } from "node:fs";
import type { LedgerSession } from "../../flows/session";
import { openLedger } from "../../flows/openLedger";
import { InexactTotalsError } from "../../flows/exactLedgerTotals";
import { readWorkbookFile } from "../../workbook/xlsx/node";
import { UserError } from "../userError";
import type { Flags } from "../flags";
import type { Progress } from "../progress";
import type { CliText } from "../i18n";

/**
 * Reads the ledger and opens a session. The file is recognised by its content, not its name: any
 * Excel workbook package (.xlsx, .xlsm, .xltx…) is read; an .xls, .csv, .ods or .numbers file is
 * refused with what to do (see xlsx/read/sniff.ts). Cells the reader could not take as written
 * come first among the session's issues.
 */
export async function loadSession(file: string, flags: Flags, t: CliText, progress?: Progress): Promise<LedgerSession> {
  const dateOrder = flags["date-order"];
  await mustExist(file);
  progress?.update(0, 3, t("progress.reading", { file: path.basename(file) }));
  const content = await readWorkbookFile(file);
  progress?.update(1, 3, t("progress.checking"));
  const read = { blocks: content.blocks, generatedSheets: new Set(content.generatedSheets), readIssues: content.issues };
  const session = openedOrRefused(file, () => openLedger(read, dateOrder ? { dateOrder } : {}));
  progress?.update(2, 3, "");
  return session;
}

/** The session, or the exact-totals refusal in the CLI's words (naming the file). */
function openedOrRefused(file: string, open: () => LedgerSession): LedgerSession {
  try {
    return open();
  } catch (e) {
    if (e instanceof InexactTotalsError) throw new UserError((t) => t("error.inexactTotals", { fileName: path.basename(file), currency: e.currency, limit: e.limit }));
    throw e;
  }
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
    if (e instanceof Error && "code" in e && e.code === "ENOENT") throw new UserError((t) => t("error.noSuchFile", { path: file }));
  }
}
