/** Payment terms as clerks write them, in English, Chinese, German and French. */
import { readTerms } from "../../../src/core/ledger/_lib/terms";

const terms = (text: string) => readTerms(text, text);

describe("readTerms", () => {
  it.each([
    ["Net 30", 30], ["30 days", 30], ["30天", 30],
    ["30 Tage netto", 30], ["Netto 30 Tage", 30], ["14 Tagen", 14], ["30 jours", 30], ["à 30 jours", 30], ["45 jours net", 45],
  ])("%s is %i days from the invoice date", (text, days) => expect(terms(text)).toEqual({ days, fromMonthEnd: false }));
  it.each([["Net 30 EOM", 30], ["月结30天", 30], ["30 jours fin de mois", 30], ["à 45 jours fin de mois", 45]])(
    "%s is %i days from the end of the invoice's month", (text, days) => expect(terms(text)).toEqual({ days, fromMonthEnd: true }));
  it.each(["Due on receipt", "sofort", "Sofort fällig", "comptant", "à réception"])("%s is due on the invoice date", (text) =>
    expect(terms(text)).toEqual({ days: 0, fromMonthEnd: false }));
  it.each(["30 T", "3 jours de grâce", "Tage", "netto"])("%s is no terms text", (text) => expect(terms(text)).toBeUndefined());
});
