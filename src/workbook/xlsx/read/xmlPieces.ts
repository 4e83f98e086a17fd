/**
 * Cuts streamed XML text into pieces that end just before an element start (`<row`, `<si`), so a
 * part of any size is scanned piece by piece with memory bounded by one piece, and no element of
 * interest is ever split between two pieces.
 */
import { ReadLimitError } from "./limits";

function isNameChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c === 45 || c === 46;
}

/**
 * Index of the `<` of the last start tag `<name` or `<prefix:name` in `text` (not a closing tag),
 * or -1.
 * @example lastStartTag('<row r="1"/><x:row r="2">', "row") //=> 12
 */
export function lastStartTag(text: string, name: string): number {
  let at = text.length;
  for (;;) {
    const i = text.lastIndexOf(name, at - 1);
    if (i <= 0) return -1;
    at = i;
    const after = text.charCodeAt(i + name.length);
    if (!(after === 32 || after === 62 || after === 47 || after === 9 || after === 10 || after === 13)) continue;
    let j = i - 1;
    if (text.charCodeAt(j) === 58 /* : */) {
      j--;
      while (j >= 0 && isNameChar(text.charCodeAt(j))) j--;
    }
    if (j >= 0 && text.charCodeAt(j) === 60 /* < */) return j;
  }
}

/** Collects streamed text and hands on whole pieces cut before the last `<name` start tag. */
export class XmlPieces {
  private pending: string[] = [];
  private pendingLength = 0;
  private threshold: number;

  constructor(
    private readonly tag: string,
    private readonly onPiece: (xml: string) => void,
    private readonly maxPieceChars: number,
    private readonly batchChars = 1 << 20,
  ) {
    this.threshold = batchChars;
  }

  push(text: string): void {
    this.pending.push(text);
    this.pendingLength += text.length;
    if (this.pendingLength < this.threshold) return;
    // Cut in the last text when it holds a start tag: the piece is then joined from whole texts
    // into one flat string. A piece sliced off a larger string is read through the larger one,
    // ~12% slower in the sheet parser's character loop.
    const last = this.pending[this.pending.length - 1];
    const inLast = lastStartTag(last, this.tag);
    if (inLast > 0 || (inLast === 0 && this.pending.length > 1)) {
      const rest = last.slice(inLast);
      this.pending[this.pending.length - 1] = last.slice(0, inLast);
      const piece = this.pending.join("");
      this.pending = [rest];
      this.pendingLength = rest.length;
      this.threshold = rest.length + this.batchChars;
      this.onPiece(piece);
      return;
    }
    const buffer = this.pending.join("");
    const cut = lastStartTag(buffer, this.tag);
    if (cut <= 0) {
      if (buffer.length > this.maxPieceChars) {
        throw new ReadLimitError("pieceTooLong", { tag: this.tag, chars: this.maxPieceChars });
      }
      this.pending = [buffer];
      // wait for twice as much before looking again, so one long element costs linear time
      this.threshold = buffer.length * 2;
      return;
    }
    const rest = buffer.slice(cut);
    this.pending = [rest];
    this.pendingLength = rest.length;
    this.threshold = rest.length + this.batchChars;
    this.onPiece(buffer.slice(0, cut));
  }

  /** Hands on what is left. */
  end(): void {
    const buffer = this.pending.join("");
    this.pending = [];
    this.pendingLength = 0;
    if (buffer.length > 0) this.onPiece(buffer);
  }
}
