import { FIELD_NAMES_ZH, fieldLabel } from "../../src/core/fieldNames";
import { FIELDS_OF } from "../../src/workbook/schema";

describe("fieldLabel", () => {
  it("names a field by its canonical name in English and in Chinese in Chinese", () => {
    expect(fieldLabel("InvoiceNo", "en")).toBe("InvoiceNo");
    expect(fieldLabel("InvoiceNo", "zh")).toBe("发票号");
    expect(fieldLabel("PaidDate", "zh")).toBe("收款日期");
  });

  it("gives a name it does not know as it is", () => {
    expect(fieldLabel("Warehouse", "zh")).toBe("Warehouse");
  });
});

describe("FIELD_NAMES_ZH", () => {
  it("names every field header detection can map", () => {
    const fields = [...new Set(Object.values(FIELDS_OF).flat())];
    expect(fields.filter((field) => !(field in FIELD_NAMES_ZH))).toEqual([]);
  });
});
