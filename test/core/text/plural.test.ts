/** English's singular and plural, the one home the catalogues and the ledger's issue texts choose by. */
import { countOf, pluralEn } from "../../../src/core/text";

describe("countOf / pluralEn", () => {
  it("says 1 in the singular and 0, 2 and 1.5 in the plural", () => {
    expect(countOf(1, "row", "rows")).toBe("1 row");
    expect(countOf(2, "row", "rows")).toBe("2 rows");
    expect(countOf(0, "row", "rows")).toBe("0 rows");
    expect(countOf(1.5, "day", "days")).toBe("1.5 days");
  });

  it("reads a count given as text (an issue's stored params) as its number", () => {
    expect(countOf("1", "document", "documents")).toBe("1 document");
    expect(pluralEn("2", "is", "are")).toBe("are");
  });
});
