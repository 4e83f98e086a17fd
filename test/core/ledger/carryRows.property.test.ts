/** The quick refusal in carryKind never changes its answer: it agrees with the rules for any text. */
import fc from "fast-check";
import { carryKind, carryKindOfLabel } from "../../../src/core/ledger/_lib/carryRows";

const LABELS = ["期初余额", "Opening balance", "Balance b/f", "Brought forward", "承前页", "Carried forward", "c/f", "B/F", "ＯＰＥＮＩＮＧ BALANCE", "Saldovortrag", "EB-Wert", "Übertrag", "Report à nouveau", "A nouveau", "Solde initial", "Anfangssaldo"];

/** Labels with spaces, colons, full-width and compatibility letters around them, and plain cells. */
const cellText = fc.oneof(
  fc.tuple(fc.constantFrom("", " ", "\t", "\u3000", "ｂ", "ⓑ", "𝐛", "Ｃ", "I", "1"), fc.constantFrom(...LABELS), fc.constantFrom("", ":", "：", " ")).map((parts) => parts.join("")),
  fc.string(),
  fc.string({ unit: "binary" }),
  fc.constantFrom("INV-000123", "Consulting services", "Freight", "记-0015", "bank charges", "Cheque", "Card", "b", "期", "a  nouveau", "A\treporter", "a\u3000nouveau", "Sales", "Rechnung"),
  // Every English label in any mix of cases ("oPENING balance", "bALANCE B/F").
  fc.tuple(fc.constantFrom("opening balance", "balance b/f", "balance bf", "balance brought forward", "brought forward", "b/f", "carried forward", "c/f", "balance c/f",
    "saldovortrag", "vortrag", "eb-wert", "ebwert", "eroffnungssaldo", "anfangssaldo", "anfangsbestand", "ubertrag", "report a nouveau", "a nouveau", "a reporter", "solde initial", "solde d'ouverture", "solde anterieur"), fc.array(fc.boolean(), { minLength: 25, maxLength: 25 }))
    .map(([label, upper]) => [...label].map((ch, i) => (upper[i] ? ch.toUpperCase() : ch)).join("")),
);

describe("carryKind", () => {
  it("gives what the rules give, for any cell text", () => {
    fc.assert(fc.property(cellText, (text) => expect(carryKind(text)).toBe(carryKindOfLabel(text))), { numRuns: 5000 });
  });
});
