/** Shared by the commands: read the ledger file and open a session on it. */
import * as path from "node:path";
import { promises as fs } from "node:fs";
import { openSession, type LedgerSession } from "../../jobs/session";
import { readWorkbookFile } from "../../workbook/xlsx/node";
import { UserError } from "../userError";
import type { Flags } from "../main";
import type { Progress } from "../progress";

export async function loadSession(file: string, flags: Flags, progress?: Progress): Promise<LedgerSession> {
  if (!/\.xlsx$/i.test(file)) {
    throw new UserError(`${file}: AR Desk reads .xlsx workbooks${/\.(xls|csv|ods)$/i.test(file) ? "; save it as an Excel Workbook (.xlsx) first" : ""}`);
  }
  const order = flags["date-order"];
  if (order !== undefined && order !== "mdy" && order !== "dmy") throw new UserError(`--date-order must be mdy or dmy, not "${order}"`);
  await mustExist(file);
  progress?.update(0, 3, `reading ${path.basename(file)}`);
  const content = await readWorkbookFile(file);
  progress?.update(1, 3, "checking the ledger");
  const generated = new Set(content.generatedSheets);
  const session = openSession(content.blocks, { generatedSheets: generated, ...(order ? { dateOrder: order as "mdy" | "dmy" } : {}) });
  progress?.update(2, 3, "");
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
