/**
 * Cuts a big part (a worksheet, the shared strings) as it inflates into pieces of bytes that end
 * just before an element start (`<row`, `<si`): collects the inflated bytes in one reused buffer,
 * so no row or item is split between two pieces and memory holds one piece, never the part.
 * (Like any cut by text alone, a comment holding such a tag may be cut in two: Excel writes none.)
 *
 * The cut falls before an ASCII `<`, so a piece never ends inside a UTF-8 character.
 */
import { ReadLimitError } from "./limits";
import type { PartSink } from "./partStream";

const LT = 60;

function isNameEnd(c: number): boolean {
  return c === 32 || c === 62 || c === 47 || c === 9 || c === 10 || c === 13;
}

function isNameChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c === 45 || c === 46;
}

/**
 * Index of the `<` of the last start tag `<name` or `<prefix:name` in bytes[0, end) (not a
 * closing tag), or -1.
 * @example lastStartTagIn(utf8('<row r="1"/><x:row r="2">'), 25, utf8("row")) //=> 12
 */
export function lastStartTagIn(bytes: Uint8Array, end: number, name: Uint8Array): number {
  const n = name.length;
  for (let i = end - n - 1; i > 0; i--) {
    // bytes[i, i + n) is the name, followed by the end of a name
    if (bytes[i] !== name[0] || !isNameEnd(bytes[i + n])) continue;
    let k = 1;
    while (k < n && bytes[i + k] === name[k]) k++;
    if (k < n) continue;
    let j = i - 1;
    if (bytes[j] === 58 /* : */) {
      j--;
      while (j >= 0 && isNameChar(bytes[j])) j--;
    }
    if (j >= 0 && bytes[j] === LT) return j;
  }
  return -1;
}

/** Collects streamed bytes and hands on whole pieces cut before the last `<tag` start tag. */
export class BytePieces implements PartSink {
  private buffer: Uint8Array;
  private length = 0;
  private threshold: number;
  private readonly name: Uint8Array;

  /**
   * @param onPiece - gets each piece; the bytes are valid only during the call (the buffer is reused)
   * @param maxPieceChars - the longest piece, in characters as decoded (limits.maxRowChars)
   */
  constructor(
    private readonly tag: string,
    private readonly onPiece: (piece: Uint8Array) => void,
    private readonly maxPieceChars: number,
    private readonly batchBytes = 1 << 20,
  ) {
    this.name = new TextEncoder().encode(tag);
    this.threshold = batchBytes;
    // grown as the bytes come (doubling): a small part never asks for the batch's room
    this.buffer = new Uint8Array(Math.min(64 * 1024, batchBytes * 2));
  }

  bytes(chunk: Uint8Array): void {
    if (this.length + chunk.length > this.buffer.length) {
      const grown = new Uint8Array(Math.max(this.buffer.length * 2, this.length + chunk.length));
      grown.set(this.buffer.subarray(0, this.length));
      this.buffer = grown;
    }
    this.buffer.set(chunk, this.length);
    this.length += chunk.length;
    if (this.length < this.threshold) return;
    const cut = lastStartTagIn(this.buffer, this.length, this.name);
    if (cut <= 0) {
      // Counted in characters, as the limit is, only when the bytes alone could cross it
      if (this.length > this.maxPieceChars && charCount(this.buffer.subarray(0, this.length)) > this.maxPieceChars) {
        throw new ReadLimitError("pieceTooLong", { tag: this.tag, chars: this.maxPieceChars });
      }
      // wait for twice as much before looking again, so one long element costs linear time
      this.threshold = this.length * 2;
      return;
    }
    this.onPiece(this.buffer.subarray(0, cut));
    this.buffer.copyWithin(0, cut, this.length);
    this.length -= cut;
    this.threshold = this.length + this.batchBytes;
  }

  /** Hands on what is left. */
  end(): void {
    const rest = this.length;
    this.length = 0;
    if (rest > 0) this.onPiece(this.buffer.subarray(0, rest));
  }
}

/** Characters (UTF-16 code units) the bytes decode to. */
function charCount(bytes: Uint8Array): number {
  return new TextDecoder().decode(bytes).length;
}
