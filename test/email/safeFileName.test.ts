import fc from "fast-check";
import { escapeHtml, safeFileName } from "../../src/email";

const WINDOWS_FORBIDDEN = /[<>:"/\\|?*\u0000-\u001f]/;
const RESERVED = /^(CON|PRN|AUX|NUL|COM[0-9¹²³]|LPT[0-9¹²³])(\..*)?$/i;

describe("safeFileName", () => {
  it("returns the name unchanged when it is already safe, Chinese kept", () => {
    expect(safeFileName("Reminder 1 - 上海华瑞贸易有限公司.eml")).toBe("Reminder 1 - 上海华瑞贸易有限公司.eml");
  });

  it("replaces characters Windows forbids", () => {
    expect(safeFileName('a<b>c:d"e/f\\g|h?i*j.eml')).toBe("a_b_c_d_e_f_g_h_i_j.eml");
    expect(safeFileName("tab\there\r\nnew.eml")).toBe("tab here new.eml");
    expect(safeFileName("bell\u0007.eml")).toBe("bell_.eml");
  });

  it("prefixes reserved device names, with or without an extension", () => {
    for (const name of ["CON", "con.eml", "Prn.txt", "AUX", "nul.tar.gz", "COM1.eml", "lpt9", "COM¹.eml"]) {
      expect(safeFileName(name)).toBe("_" + name);
    }
    expect(safeFileName("CONSOLE.eml")).toBe("CONSOLE.eml");
    expect(safeFileName("COM10.eml")).toBe("COM10.eml");
  });

  it("drops trailing dots and spaces, leading dots and invisible bidi controls", () => {
    expect(safeFileName("statement. . ")).toBe("statement");
    expect(safeFileName(".hidden.eml")).toBe("_.hidden.eml");
    expect(safeFileName("invoice\u202Elmx.exe")).toBe("invoicelmx.exe");
    expect(safeFileName("  lots   of   space  .eml")).toBe("lots of space.eml");
  });

  it("limits the length in UTF-8 bytes on a character boundary, keeping the extension", () => {
    const name = safeFileName("上海华瑞贸易有限公司".repeat(20) + ".eml", { maxBytes: 100 });
    expect(new TextEncoder().encode(name).length).toBeLessThanOrEqual(100);
    expect(name.endsWith("司.eml") || name.endsWith(".eml")).toBe(true);
    expect(name).not.toContain("\ufffd");
    const emoji = safeFileName("🎉".repeat(100), { maxBytes: 30 });
    expect(emoji).toBe("🎉".repeat(7));
  });

  it("falls back when nothing is left", () => {
    expect(safeFileName("")).toBe("untitled");
    expect(safeFileName(" . . ")).toBe("untitled");
    expect(safeFileName(".eml")).toBe("untitled.eml");
    expect(safeFileName("", { fallback: "reminder" })).toBe("reminder");
  });

  it("always returns a Windows-safe name (property)", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 300 }), fc.integer({ min: 16, max: 255 }), (raw, maxBytes) => {
        const name = safeFileName(raw, { maxBytes });
        expect(name.length).toBeGreaterThan(0);
        expect(name).not.toMatch(WINDOWS_FORBIDDEN);
        expect(name).not.toMatch(/[. ]$/);
        expect(name).not.toMatch(RESERVED);
        expect(new TextEncoder().encode(name).length).toBeLessThanOrEqual(maxBytes);
      }),
      { numRuns: 500 },
    );
  });
});

describe("escapeHtml", () => {
  it("escapes the five HTML specials", () => {
    expect(escapeHtml(`<b>"Tom & Jerry's"</b>`)).toBe("&lt;b&gt;&quot;Tom &amp; Jerry&#39;s&quot;&lt;/b&gt;");
  });

  it("leaves other text, Chinese included, as it is", () => {
    expect(escapeHtml("上海华瑞 ¥1,234.50 🎉")).toBe("上海华瑞 ¥1,234.50 🎉");
  });

  it("never leaves a raw special (property)", () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        expect(escapeHtml(text)).not.toMatch(/[<>"']|&(?!amp;|lt;|gt;|quot;|#39;)/);
      }),
    );
  });
});
