import { XlsxWorkbook } from "../../../src/workbook/xlsx/xlsxWorkbook";
import { runPortContract } from "../portContract";
import { fixtureBytes } from "../_fixtures/fixtureWorkbook";
import { readBack } from "../_fixtures/readBack";

runPortContract("XlsxWorkbook", async (fixture) => {
  const port = new XlsxWorkbook(await fixtureBytes(fixture), { fileName: "fixture.xlsx" });
  return { port, readBack: () => readBack(port.toBytes()) };
});
