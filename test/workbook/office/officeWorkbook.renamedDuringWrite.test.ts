/**
 * A write long enough to take several requests, while the clerk renames sheets in the tab between
 * them (Office: each sync is its own request; the clerk's edits land in between). The last request
 * deletes the sheets the write replaced: by the id the read saw, so a sheet of the clerk's given
 * the name one of them waited under is never deleted ("nothing replaces a sheet AR Desk did not write").
 */
import { OfficeWorkbookPort } from "../../../src/workbook/office/officeWorkbook";
import { WorkbookState, createFakeExcel, type FakeExcel } from "../../fakes/excel";
import { statementRun } from "./specBuilder";

function clerkBook(): WorkbookState {
  const state = new WorkbookState();
  state.putValues("Notes", "A1", [["Call Acme on Monday"]]);
  return state;
}

/**
 * A port whose next write lets the clerk act once, right after that write's first request: the
 * replaced sheets then wait under their temporary names, and the contents still have requests to go.
 */
function portWithClerk(fake: FakeExcel, clerk: { act?: () => void }) {
  return new OfficeWorkbookPort({
    // Small requests: the contents of a few statements take several.
    requestBudgetBytes: 20_000,
    run: (runOptions, batch) =>
      fake.Excel.run(runOptions, (context: { sync(): Promise<void> }) => {
        const sync = context.sync.bind(context);
        context.sync = async () => {
          await sync();
          const act = clerk.act;
          clerk.act = undefined;
          act?.();
        };
        return (batch as (c: unknown) => Promise<unknown>)(context);
      }) as never,
  });
}

it("never deletes the clerk's sheet renamed, during the write, to the name its old sheet waited under", async () => {
  const fake = createFakeExcel(clerkBook());
  const clerk: { act?: () => void } = {};
  const port = portWithClerk(fake, clerk);
  await port.writeSheets(statementRun(3));
  const oldIndexId = fake.state.sheet("Index")!.id;
  const read = await port.readWorkbook();
  const syncsBefore = fake.stats.syncs.length;
  clerk.act = () => {
    // The old Index waits under an AR Desk temporary name; the clerk renames it (to keep it), then
    // gives that free name to their own sheet.
    const waiting = fake.state.sheets.find((s) => s.id === oldIndexId)!;
    const temp = waiting.name;
    expect(temp).not.toBe("Index");
    fake.state.renameSheet(waiting, "Old index (kept)");
    fake.state.renameSheet(fake.state.sheet("Notes")!, temp);
  };
  const names = await port.writeSheets(statementRun(3), { after: read });
  // The write took two requests (the last deletes the replaced sheets): the clerk acted between them.
  expect(fake.stats.syncs.length - syncsBefore).toBe(2);
  expect(clerk.act).toBeUndefined();
  // The clerk's sheet is there, under the name they gave it, with its cells; the replaced sheets are gone.
  const notes = fake.state.sheets.find((s) => s.cell(1, 1)?.value === "Call Acme on Monday");
  expect(notes?.name).toMatch(/^ARDesk old/);
  expect(fake.state.sheets.some((s) => s.id === oldIndexId)).toBe(false);
  expect(fake.state.sheets.map((s) => s.name)).toEqual([notes!.name, ...names]);
});
