import fc from "fast-check";
import { escapeHtml, safeFileName, uniqueFileName } from "../../src/email";

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

describe("uniqueFileName", () => {
  const bytes = (s: string) => Buffer.byteLength(s, "utf8");

  it("adds a counter before the extension, compared case-insensitively", () => {
    const taken = new Set<string>();
    expect(["C1 Acme.eml", "c1 acme.eml", "C1 ACME.eml"].map((n) => uniqueFileName(n, taken))).toEqual(["C1 Acme.eml", "c1 acme (2).eml", "C1 ACME (3).eml"]);
  });

  it("keeps the counter whole when the name fills the byte limit (the search always ends)", () => {
    const name = `c100 ${"上海华瑞国际贸易有限公司".repeat(8)} - Reminder 1.eml`;
    const taken = new Set<string>();
    const names = Array.from({ length: 12 }, () => uniqueFileName(name, taken));
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(12);
    for (const n of names) expect(bytes(n)).toBeLessThanOrEqual(150);
    expect(names[11].endsWith(" (12).eml")).toBe(true);
  });

  it("always ends and stays within the limit, whatever the names (property)", () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 200 }), { minLength: 1, maxLength: 30 }), fc.integer({ min: 16, max: 160 }), (wanted, maxBytes) => {
        const taken = new Set<string>();
        const names = wanted.map((w) => uniqueFileName(`${w}.eml`, taken, { maxBytes }));
        expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(names.length);
        for (const n of names) expect(bytes(n)).toBeLessThanOrEqual(maxBytes);
      }),
    );
  });

  it("turns a lone surrogate into U+FFFD", () => {
    expect(safeFileName("Smile \uD83D Ltd.eml")).toBe("Smile \uFFFD Ltd.eml");
  });
});
