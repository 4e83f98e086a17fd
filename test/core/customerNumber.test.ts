/** The number printed under CustomerID / 客户编号: a customer's ID, none for a customer keyed by name. */
import { customerNumber } from "../../src/core/customerNumber";

describe("customerNumber", () => {
  it("is the customer's ID when the ledger gives one", () => {
    expect(customerNumber({ id: "C001" })).toBe("C001");
    expect(customerNumber({ id: "C001", keyedByName: false })).toBe("C001");
  });

  it("is none for a customer keyed by name: its key is only its name, shown under Customer", () => {
    expect(customerNumber({ id: "上海明远贸易有限公司", keyedByName: true })).toBeUndefined();
  });
});
