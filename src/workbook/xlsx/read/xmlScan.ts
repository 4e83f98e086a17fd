/**
 * A minimal forward scanner over XML text, enough for SpreadsheetML parts: tags with local
 * names (namespace prefixes dropped), attributes on demand, text up to the next tag.
 * No DOM and no allocation per tag beyond the fields of one reusable cursor, because a
 * 200,000-row sheet has millions of tags.
 */

const GT = 62; // >
const SLASH = 47;
const COLON = 58;
const QUESTION = 63;
const BANG = 33;

function isNameEnd(c: number): boolean {
  return c === 32 || c === GT || c === SLASH || c === 9 || c === 10 || c === 13;
}

/**
 * Thrown for XML that Excel's own files never contain and that a scanner could only guess at: a
 * DTD (`<!DOCTYPE>`, `<!ENTITY>`). Refused, never interpreted, so an entity hiding markup cannot
 * show the reader cells Excel does not see.
 */
export class XmlRefusedError extends Error {
  override name = "XmlRefusedError";
}

/** Reusable cursor: after {@link XmlCursor.next} returns true, the fields describe the current tag. */
export class XmlCursor {
  /** Index of "<" of the current tag. */
  start = 0;
  /** Index just after ">" of the current tag. */
  end = 0;
  /** Local name start/end (prefix skipped). */
  nameStart = 0;
  nameEnd = 0;
  closing = false;
  selfClosing = false;

  constructor(
    readonly xml: string,
    public pos = 0,
  ) {}

  /**
   * Moves to the next element tag (skipping comments, processing instructions, CDATA); false at the end.
   * @throws XmlRefusedError at a DTD or any other `<!` declaration.
   */
  next(): boolean {
    const xml = this.xml;
    for (;;) {
      const lt = xml.indexOf("<", this.pos);
      if (lt < 0) return false;
      let i = lt + 1;
      const c = xml.charCodeAt(i);
      if (c === QUESTION || c === BANG) {
        const comment = xml.startsWith("<!--", lt);
        const cdata = !comment && xml.startsWith("<![CDATA[", lt);
        if (c === BANG && !comment && !cdata) throw new XmlRefusedError("it contains a DTD (<!DOCTYPE> or <!ENTITY>), which Excel's files never have");
        const close = comment ? xml.indexOf("-->", lt) : cdata ? xml.indexOf("]]>", lt) : xml.indexOf(">", lt);
        if (close < 0) return false;
        this.pos = close + 1;
        continue;
      }
      this.closing = c === SLASH;
      if (this.closing) i++;
      let nameStart = i;
      while (i < xml.length && !isNameEnd(xml.charCodeAt(i))) {
        if (xml.charCodeAt(i) === COLON) nameStart = i + 1;
        i++;
      }
      this.start = lt;
      this.nameStart = nameStart;
      this.nameEnd = i;
      const gt = xml.indexOf(">", i);
      if (gt < 0) return false;
      this.selfClosing = xml.charCodeAt(gt - 1) === SLASH;
      this.end = gt + 1;
      this.pos = gt + 1;
      return true;
    }
  }

  /** Whether the current tag's local name equals `name`. */
  is(name: string): boolean {
    const len = this.nameEnd - this.nameStart;
    if (len !== name.length) return false;
    for (let k = 0; k < len; k++) if (this.xml.charCodeAt(this.nameStart + k) !== name.charCodeAt(k)) return false;
    return true;
  }

  /** The local name of the current tag (allocates; for rare tags). */
  name(): string {
    return this.xml.slice(this.nameStart, this.nameEnd);
  }

  /**
   * Raw (undecoded) value of an attribute of the current tag, matched by local name (so `r:id`
   * is found as "id" with prefix check off); undefined when absent.
   */
  attr(localName: string): string | undefined {
    return attrIn(this.xml, this.nameEnd, this.end - 1, localName);
  }

  /** Raw text from the end of the current tag to the next "<". */
  text(): string {
    const lt = this.xml.indexOf("<", this.end);
    return this.xml.slice(this.end, lt < 0 ? this.xml.length : lt);
  }

  /** Skips to just after the closing tag of the current element (same local name; nested same names counted). */
  skipElement(): void {
    if (this.selfClosing || this.closing) return;
    const name = this.name();
    let depth = 1;
    while (this.next()) {
      if (!this.is(name)) continue;
      if (this.closing) depth--;
      else if (!this.selfClosing) depth++;
      if (depth === 0) return;
    }
  }
}

/** Finds attribute `localName` (any or no prefix) between `from` and `to` of a tag. */
export function attrIn(xml: string, from: number, to: number, localName: string): string | undefined {
  let i = from;
  while (i < to) {
    let c = xml.charCodeAt(i);
    while (i < to && (c === 32 || c === 9 || c === 10 || c === 13 || c === SLASH)) c = xml.charCodeAt(++i);
    if (i >= to) return undefined;
    let nameStart = i;
    while (i < to && xml.charCodeAt(i) !== 61 /* = */ && !isNameEnd(xml.charCodeAt(i))) {
      if (xml.charCodeAt(i) === COLON) nameStart = i + 1;
      i++;
    }
    const nameEnd = i;
    while (i < to && xml.charCodeAt(i) !== 61) i++;
    i++;
    while (i < to && (xml.charCodeAt(i) === 32 || xml.charCodeAt(i) === 9 || xml.charCodeAt(i) === 10 || xml.charCodeAt(i) === 13)) i++;
    const quote = xml.charCodeAt(i);
    if (quote !== 34 && quote !== 39) return undefined;
    const valueEnd = xml.indexOf(quote === 34 ? '"' : "'", i + 1);
    if (valueEnd < 0) return undefined;
    if (nameEnd - nameStart === localName.length && xml.startsWith(localName, nameStart)) return xml.slice(i + 1, valueEnd);
    i = valueEnd + 1;
  }
  return undefined;
}

/** Every element with the given local name, as its attribute reader (for small parts: workbook, rels, tables). */
export function elements(xml: string, localName: string): { attr: (name: string) => string | undefined; text: () => string }[] {
  const out: { attr: (name: string) => string | undefined; text: () => string }[] = [];
  const cur = new XmlCursor(xml);
  while (cur.next()) {
    if (cur.closing || !cur.is(localName)) continue;
    const from = cur.nameEnd;
    const to = cur.end - 1;
    const textStart = cur.end;
    const selfClosing = cur.selfClosing;
    out.push({
      attr: (name) => attrIn(xml, from, to, name),
      text: () => {
        if (selfClosing) return "";
        const lt = xml.indexOf("<", textStart);
        return xml.slice(textStart, lt < 0 ? xml.length : lt);
      },
    });
  }
  return out;
}
