import { OfficeWorkbookPort } from "../../../src/workbook/office/officeWorkbook";
import { createFakeExcel } from "../../fakes/excel";
import { readBackState, stateFromFixture } from "../../fakes/excel/contract";
import { runPortContract } from "../portContract";

runPortContract("OfficeWorkbookPort on the Excel fake", async (fixture) => {
  const fake = createFakeExcel(stateFromFixture(fixture));
  const port = new OfficeWorkbookPort({ run: (runOptions, batch) => fake.Excel.run(runOptions, batch as never) });
  return { port, readBack: async () => readBackState(fake.state) };
});
