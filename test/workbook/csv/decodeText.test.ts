import { decodeText } from "../../../src/workbook/csv";

const gbk = (hex: string) => Uint8Array.from(Buffer.from(hex.replace(/\s/g, ""), "hex"));

describe("decodeText", () => {
  it("reads UTF-8 with and without Excel's byte-order mark", () => {
    const text = "客户,金额\n上海华瑞,100";
    expect(decodeText(new TextEncoder().encode(text))).toEqual({ text, encoding: "utf-8" });
    expect(decodeText(Uint8Array.of(0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)))).toEqual({ text, encoding: "utf-8" });
  });

  it("reads Excel's Unicode Text (UTF-16 little-endian behind its mark)", () => {
    const bytes = Uint8Array.from(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("No\t客户\r\n", "utf16le")]));
    expect(decodeText(bytes)).toEqual({ text: "No\t客户\r\n", encoding: "utf-16le" });
  });

  it("reads a CSV saved by a Chinese Windows Excel (GBK) as Chinese", () => {
    // 客户,金额 in GBK
    expect(decodeText(gbk("bfcdbba7 2c bdf0b6ee"))).toEqual({ text: "客户,金额", encoding: "gb18030" });
  });

  it("reads a Western Windows CSV (Windows-1252) as Western, even where its bytes would pair as GBK", () => {
    // "Müller;1,50" and "Café, Ltd": ü before l pairs in GBK, é before a comma does not
    expect(decodeText(Uint8Array.from(Buffer.from("M\u00fcller;1,50", "latin1")))).toEqual({ text: "Müller;1,50", encoding: "windows-1252" });
    expect(decodeText(Uint8Array.from(Buffer.from("Caf\u00e9, Ltd", "latin1")))).toEqual({ text: "Café, Ltd", encoding: "windows-1252" });
  });
});
