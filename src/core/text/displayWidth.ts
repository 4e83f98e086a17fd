/**
 * How many columns a text takes in a monospaced font (a terminal, the plain-text part of an
 * .eml, a letter's fixed-width table): Unicode's East Asian Width, as wcwidth reads it. The one
 * home of that rule: the CLI's tables, the reminder's invoice table and the letter's column
 * widths all measure with it, so a Chinese name lines up the same everywhere.
 */

/**
 * Columns a code point takes: 2 for East Asian Wide and Fullwidth (汉字 in every CJK block, the
 * rare ones of Extension B and beyond included, kana, 한글, 全角 forms such as `ＡＢ` `（` `：`,
 * the full-width `￥`, CJK punctuation and emoji pictographs), 0 for marks that draw on the
 * character before them (combining accents, zero-width spaces and joiners, variation
 * selectors), 1 for everything else (the half-width `¥` U+00A5 included).
 * @example codePointWidth(0x4e2d) //=> 2 (中)
 * @example codePointWidth(0xffe5) //=> 2 (￥)
 * @example codePointWidth(0x00a5) //=> 1 (¥)
 */
export function codePointWidth(code: number): 0 | 1 | 2 {
  if (code < 0x300) return 1;
  if ((code >= 0x300 && code <= 0x36f) || (code >= 0x200b && code <= 0x200f) || (code >= 0xfe00 && code <= 0xfe0f) || code === 0xfeff) return 0;
  if (code < 0x1100) return 1;
  return isWide(code) ? 2 : 1;
}

// East Asian Width W and F (Unicode 15, EastAsianWidth.txt), the blocks a ledger's text meets.
function isWide(code: number): boolean {
  if (code < 0x10000) {
    return (
      (code >= 0x1100 && code <= 0x115f) || // Hangul Jamo initials
      (code >= 0x2e80 && code <= 0x303e) || // CJK radicals, Kangxi, CJK symbols and punctuation (、。「」, ideographic space)
      (code >= 0x3041 && code <= 0x33ff) || // kana, bopomofo, Hangul compatibility, CJK compatibility (㎡)
      (code >= 0x3400 && code <= 0x4dbf) || // CJK Extension A
      (code >= 0x4e00 && code <= 0xa4cf) || // CJK unified ideographs, Yi
      (code >= 0xa960 && code <= 0xa97f) || // Hangul Jamo Extended-A
      (code >= 0xac00 && code <= 0xd7a3) || // Hangul syllables
      (code >= 0xf900 && code <= 0xfaff) || // CJK compatibility ideographs
      (code >= 0xfe10 && code <= 0xfe19) || // vertical forms
      (code >= 0xfe30 && code <= 0xfe6f) || // CJK compatibility and small forms
      (code >= 0xff00 && code <= 0xff60) || // full-width ASCII forms (ＡＢ１２（）：)
      (code >= 0xffe0 && code <= 0xffe6) //    full-width signs (￥ ￠ ￡)
    );
  }
  return (
    (code >= 0x1b000 && code <= 0x1b2ff) || // kana supplement and extensions
    (code >= 0x1f300 && code <= 0x1f64f) || // pictographs and emoticons
    (code >= 0x1f900 && code <= 0x1f9ff) || // supplemental pictographs
    (code >= 0x20000 && code <= 0x2fffd) || // CJK Extensions B–F (rare characters of personal and place names, 𠮷)
    (code >= 0x30000 && code <= 0x3fffd) //    CJK Extensions G–H
  );
}

/**
 * Columns a text takes in a monospaced font ({@link codePointWidth} summed). By char codes, not a
 * regex per character: the CLI's report measures ~150,000 cells. A lone surrogate counts one.
 * @example displayWidth("ACME Ltd") //=> 8
 * @example displayWidth("深圳宏达") //=> 8
 * @example displayWidth("￥1,200.00") //=> 10
 */
export function displayWidth(text: string): number {
  let width = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x300) width += 1;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      width += codePointWidth(((code - 0xd800) << 10) + (text.charCodeAt(i + 1) - 0xdc00) + 0x10000);
      i++;
    } else width += codePointWidth(code);
  }
  return width;
}
