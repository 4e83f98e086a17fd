/**
 * BIFF8 strings ([MS-XLS] 2.5.293–2.5.296): a character count, a flags byte saying whether the
 * characters take one byte (Latin-1, the high byte dropped) or two (UTF-16), then optional rich
 * text runs and phonetic data, which are skipped. A string may cross from one record into its
 * CONTINUE record: the characters go on there after a new flags byte, since Excel may switch
 * between one and two bytes per character at the cut.
 */
import { XlsFileError } from "./xlsFileError";

/** Reads across a record and its CONTINUE records as one run of bytes (except for characters, see {@link chars}). */
export class PieceCursor {
  private piece = 0;
  private at = 0;

  constructor(
    private readonly pieces: readonly Uint8Array[],
    private readonly what: string,
  ) {}

  /** True when every byte has been read. */
  get done(): boolean {
    this.settle();
    return this.piece >= this.pieces.length;
  }

  /** Steps past ended pieces. */
  private settle(): void {
    while (this.piece < this.pieces.length && this.at >= this.pieces[this.piece].length) {
      this.piece++;
      this.at = 0;
    }
  }

  private short(): XlsFileError {
    return new XlsFileError("corrupt", "xlsDamaged", { cause: `${this.what} ends inside a value` });
  }

  u8(): number {
    this.settle();
    if (this.piece >= this.pieces.length) throw this.short();
    return this.pieces[this.piece][this.at++];
  }

  u16(): number {
    return this.u8() | (this.u8() << 8);
  }

  u32(): number {
    return (this.u16() + this.u16() * 0x10000) >>> 0;
  }

  /** Skips `count` bytes, across pieces. */
  skip(count: number): void {
    let left = count;
    while (left > 0) {
      this.settle();
      if (this.piece >= this.pieces.length) throw this.short();
      const step = Math.min(left, this.pieces[this.piece].length - this.at);
      this.at += step;
      left -= step;
    }
  }

  /**
   * `count` characters, one or two bytes each as `wide` says; at a piece's end the next piece
   * begins with its own flags byte.
   */
  chars(count: number, wide: boolean): string {
    let out = "";
    let left = count;
    let twoBytes = wide;
    while (left > 0) {
      const before = this.piece;
      this.settle();
      if (this.piece >= this.pieces.length) throw this.short();
      // characters going on in the next piece: it starts with their flags byte
      if (this.piece !== before) twoBytes = (this.u8() & 1) === 1;
      const bytes = this.pieces[this.piece];
      const size = twoBytes ? 2 : 1;
      const take = Math.min(left, Math.floor((bytes.length - this.at) / size));
      if (take === 0) throw this.short();
      const run = bytes.subarray(this.at, this.at + take * size);
      out += twoBytes ? utf16Units(run) : latin1(run);
      this.at += take * size;
      left -= take;
    }
    return out;
  }
}

/**
 * Two-byte characters as UTF-16 code units, never decoded piece by piece: Excel may cut a string
 * between the two halves of a surrogate pair (𐀀, some rare hanzi), which join again here.
 */
function utf16Units(run: Uint8Array): string {
  const units = new Uint16Array(run.length / 2);
  for (let i = 0; i < units.length; i++) units[i] = run[2 * i] | (run[2 * i + 1] << 8);
  let out = "";
  for (let i = 0; i < units.length; i += 8192) out += String.fromCharCode(...units.subarray(i, i + 8192));
  return out;
}

/** One-byte characters are the first 256 code points of Unicode (not a code page). */
function latin1(run: Uint8Array): string {
  let out = "";
  for (let i = 0; i < run.length; i += 8192) out += String.fromCharCode(...run.subarray(i, i + 8192));
  return out;
}

/**
 * A string with a 2-byte count (XLUnicodeRichExtendedString: the shared strings, STRING, LABEL),
 * its rich runs and phonetic data skipped. With `shortCount`, the count takes one byte (sheet names).
 */
export function readString(cursor: PieceCursor, shortCount = false): string {
  const count = shortCount ? cursor.u8() : cursor.u16();
  const flags = cursor.u8();
  const runs = flags & 0x08 ? cursor.u16() : 0;
  const phonetic = flags & 0x04 ? cursor.u32() : 0;
  const text = cursor.chars(count, (flags & 1) === 1);
  cursor.skip(runs * 4);
  cursor.skip(phonetic);
  return text;
}
