/**
 * The records of a BIFF8 stream ([MS-XLS] 2.1.4): each a 2-byte type, a 2-byte length and that
 * many bytes of data. A record longer than 8,224 bytes goes on in CONTINUE records; the shared
 * strings and a formula's string result are the ones the reader needs whole.
 */
import { XlsFileError } from "./xlsFileError";

export const CONTINUE = 0x003c;

/** Walks a stream's records one by one (no object per record: the sheet loop is the hot path). */
export class RecordReader {
  readonly view: DataView;
  /** The current record's type, data offset and length (after {@link next}). */
  type = -1;
  start = 0;
  length = 0;
  private pos: number;

  constructor(
    readonly bytes: Uint8Array,
    from = 0,
  ) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    this.pos = from;
  }

  /**
   * Moves to the next record; false at the stream's end.
   * @throws XlsFileError when a record's length runs past the stream.
   */
  next(): boolean {
    if (this.pos + 4 > this.bytes.length) return false;
    this.type = this.view.getUint16(this.pos, true);
    this.length = this.view.getUint16(this.pos + 2, true);
    this.start = this.pos + 4;
    if (this.start + this.length > this.bytes.length) {
      throw new XlsFileError("corrupt", "xlsRecordPastEnd", { offset: this.pos, bytes: this.length });
    }
    this.pos = this.start + this.length;
    return true;
  }

  /** Where the next record starts (after the current one). */
  get position(): number {
    return this.pos;
  }

  /** The type of the record after the current one, or -1 at the end. */
  peekType(): number {
    return this.pos + 4 <= this.bytes.length ? this.view.getUint16(this.pos, true) : -1;
  }

  /** The current record's data, then that of each CONTINUE record after it (which are consumed). */
  withContinues(): Uint8Array[] {
    const pieces = [this.bytes.subarray(this.start, this.start + this.length)];
    while (this.peekType() === CONTINUE) {
      this.next();
      pieces.push(this.bytes.subarray(this.start, this.start + this.length));
    }
    return pieces;
  }

  u8(at: number): number {
    return this.bytes[this.start + at];
  }

  u16(at: number): number {
    return this.view.getUint16(this.start + at, true);
  }

  u32(at: number): number {
    return this.view.getUint32(this.start + at, true);
  }

  f64(at: number): number {
    return this.view.getFloat64(this.start + at, true);
  }
}
