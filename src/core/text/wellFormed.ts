/**
 * Text with every lone surrogate replaced by U+FFFD, as `String.prototype.toWellFormed` does
 * (which old Safari, the webview of older Mac Excel, lacks). A lone surrogate (what Excel's
 * `_xD83D_` escape decodes to alone) has no UTF-8 form: it cannot go into XML, a URL or a file name.
 *
 * A loop rather than a regular expression: the pattern needs a lookbehind, which Safari before
 * 16.4 cannot parse, and one unparsable pattern breaks the whole script it ships in.
 *
 * @example wellFormed("a\uD83Db") //=> "a\uFFFDb"
 */
export function wellFormed(text: string): string {
  if (!HAS_SURROGATE.test(text)) return text;
  let out = "";
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0xd800 || code > 0xdfff) continue;
    if (code <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        i++;
        continue;
      }
    }
    out += text.slice(start, i) + "\uFFFD";
    start = i + 1;
  }
  return out + text.slice(start);
}

const HAS_SURROGATE = /[\uD800-\uDFFF]/;
