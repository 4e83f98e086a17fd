/**
 * UTF-8 bytes that arrive in slices cut anywhere (an inflater's output), decoded to the text
 * TextDecoder's `{ stream: true }` gives: the same characters, U+FFFD for the same bad bytes, a
 * leading byte-order mark dropped. Each slice is decoded in one call up to its last whole
 * character, the few bytes of a character cut in two carried into the next slice: Node decodes
 * a whole slice on its fast path, the streaming decoder byte by byte (60 MB of sheet XML: 50 ms
 * against 90 ms).
 */

/** Bytes of the sequence a lead byte starts; 1 for ASCII and for bytes no valid sequence starts with. */
function sequenceLength(lead: number): number {
  if (lead >= 0xc2 && lead <= 0xdf) return 2;
  if (lead >= 0xe0 && lead <= 0xef) return 3;
  if (lead >= 0xf0 && lead <= 0xf4) return 4;
  return 1;
}

const isContinuation = (byte: number): boolean => (byte & 0xc0) === 0x80;

/** Where the whole characters of bytes[from, end) end: before a last sequence cut short, else the end. */
function wholeCharactersEnd(bytes: Uint8Array, from: number): number {
  const n = bytes.length;
  let p = n - 1;
  while (p > from && p > n - 4 && isContinuation(bytes[p])) p--;
  if (p < from || isContinuation(bytes[p])) return n;
  return p + sequenceLength(bytes[p]) > n ? p : n;
}

export class Utf8Stream {
  // The mark is dropped here, once, at the start of the text: per call it would be dropped mid-text.
  private readonly decoder = new TextDecoder("utf-8", { ignoreBOM: true });
  /** The first bytes of a character the last slice ended in. */
  private carry: Uint8Array | undefined;
  private started = false;

  /** The text of the next slice (the bytes of a character it ends in wait for the next one). */
  decode(bytes: Uint8Array): string {
    let head = "";
    let from = 0;
    const carry = this.carry;
    if (carry !== undefined) {
      // the carried character with the continuation bytes it still needs (a bad one ends it)
      const need = sequenceLength(carry[0]) - carry.length;
      while (from < need && from < bytes.length && isContinuation(bytes[from])) from++;
      if (from === bytes.length && from < need) {
        this.carry = concat(carry, bytes);
        return "";
      }
      head = this.decoder.decode(concat(carry, bytes.subarray(0, from)));
      this.carry = undefined;
    }
    const cut = wholeCharactersEnd(bytes, from);
    // a copy: the caller may reuse its buffer
    if (cut < bytes.length) this.carry = bytes.slice(cut);
    const body = cut > from ? this.decoder.decode(bytes.subarray(from, cut)) : "";
    return this.text(head.length === 0 ? body : head + body);
  }

  /** What the last bytes held (a character cut short is U+FFFD, as the streaming decoder ends). */
  end(): string {
    const carry = this.carry;
    this.carry = undefined;
    return carry === undefined ? "" : this.text(this.decoder.decode(carry));
  }

  private text(text: string): string {
    if (this.started || text.length === 0) return text;
    this.started = true;
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  }
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}
