/** Which cell texts name an opening balance or a page carry-forward (whole cell only). */
import { carryKind } from "../../../src/core/ledger/_lib/carryRows";

describe("carryKind", () => {
  it.each(["期初余额", "上年结转", "上期结转", "Opening balance", "Balance b/f", "Balance B/F", "Brought forward", " 期初余额： ", "ＯＰＥＮＩＮＧ  ＢＡＬＡＮＣＥ",
    "Saldovortrag", "EB-Wert", "Vortrag", "Anfangssaldo", "Report à nouveau", "Solde initial", "Solde d'ouverture"])(
    "%s is an opening balance", (text) => expect(carryKind(text)).toBe("opening"));
  it.each(["承前页", "过次页", "Carried forward", "Übertrag", "À reporter"])("%s is a page carry-forward", (text) => expect(carryKind(text)).toBe("page"));
  it.each(["", "销售货款", "期初余额调整说明见附件", "Opening balance adjustment", "记-0015", "Vortragsreise", "Rechnung", "Solde", "Sous-total"])("%s is neither", (text) => expect(carryKind(text)).toBeUndefined());
});
