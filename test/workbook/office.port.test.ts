import { OfficeWorkbookPort } from "../../src/workbook/office";
import { createFakeExcel } from "../fakes/excel";
import { readBackState, stateFromFixture } from "../fakes/excel/contract";
import { runPortContract } from "./portContract";

runPortContract("OfficeWorkbookPort on the Excel fake", async (fixture) => {
  const fake = createFakeExcel(stateFromFixture(fixture));
  const port = new OfficeWorkbookPort({ run: (batch) => fake.Excel.run(batch as never), isSetSupported: () => true });
  return { port, readBack: async () => readBackState(fake.state) };
});
