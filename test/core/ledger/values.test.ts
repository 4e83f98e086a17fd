/** The small typed columns: an Email cell holds one address or several, separated by `;` or `,`. */
import { looksLikeEmail } from "../../../src/core/ledger/_lib/values";

describe("looksLikeEmail", () => {
  it("takes one address, and several separated by ; or , (spaces around them allowed)", () => {
    expect(["ap@acme.com", " ap@acme.com ", "ap@acme.com;ar@acme.com", "ap@acme.com, ar@acme.cn", "李@公司.cn"].map(looksLikeEmail)).toEqual([true, true, true, true, true]);
  });

  it("refuses text that is not an address, alone or among others", () => {
    expect(["acme.com", "@acme.com", "ap@", "ap@acme", "ap@@acme.com", "ap@a@acme.com", "ap @acme.com", "ap@acme.com;", "ap@acme.com;ar", ",ap@acme.com"].map(looksLikeEmail))
      .toEqual([false, false, false, false, false, false, false, false, false, false]);
  });
});
