/**
 * Inflates one ZIP entry in slices and hands its text on as it comes, so memory is bounded by
 * what the caller keeps, never by the part's size, and a bomb is stopped at the limit it crosses
 * (inflated size, compression ratio) after reading only as far as that point. Pure JS (fflate):
 * the same code and the same limits in Node and in the browser pane.
 */
import { Inflate } from "fflate";
import { ReadLimitError, type ReadLimits } from "./limits";
import { Utf8Stream } from "./utf8Stream";
import { ZipFormatError, entryDataRange, type ZipEntry } from "./zipDirectory";

const SLICE = 64 * 1024;

/**
 * The limits and the decoding of one part's inflated bytes, wherever they are inflated (fflate
 * here, zlib in Node: nodeInflate.ts): the same checks at the same points either way.
 */
export class InflatedText {
  private inflated = 0;
  private readonly decoder = new Utf8Stream();

  constructor(
    private readonly entry: ZipEntry,
    private readonly limits: ReadLimits,
    private readonly maxBytes: number,
    private readonly onText: (text: string) => void,
  ) {
    // a declared size past the limit is refused before inflating anything; a size that lies low
    // is caught while inflating
    if (entry.size > maxBytes) throw this.tooLarge();
  }

  private tooLarge(): ReadLimitError {
    return new ReadLimitError("partTooLarge", { part: this.entry.name, bytes: this.maxBytes });
  }

  /**
   * Takes the next inflated bytes, `consumed` compressed bytes having been read so far.
   * @throws ReadLimitError past the part's size limit or the ratio limit.
   */
  take(chunk: Uint8Array, consumed: number): void {
    this.inflated += chunk.length;
    if (this.inflated > this.maxBytes) throw this.tooLarge();
    if (this.inflated > this.limits.graceBytes && this.inflated > this.limits.maxRatio * Math.max(consumed, 1)) {
      throw new ReadLimitError("ratio", { part: this.entry.name, ratio: this.limits.maxRatio });
    }
    const text = this.decoder.decode(chunk);
    if (text.length > 0) this.onText(text);
  }

  /** The characters a part's last bytes still held. */
  end(): void {
    const rest = this.decoder.end();
    if (rest.length > 0) this.onText(rest);
  }
}

/**
 * Streams the UTF-8 text of `entry` to `onText` in pieces (each piece ends on a whole character).
 * @throws ReadLimitError past `maxBytes` inflated or past the ratio limit; ZipFormatError when damaged.
 */
export function streamPartText(bytes: Uint8Array, entry: ZipEntry, limits: ReadLimits, maxBytes: number, onText: (text: string) => void): void {
  const out = new InflatedText(entry, limits, maxBytes, onText);
  const { start, end } = entryDataRange(bytes, entry);
  let consumed = 0;
  if (entry.method === 0) {
    for (let at = start; at < end; at += SLICE) {
      consumed = Math.min(end, at + SLICE) - start;
      out.take(bytes.subarray(at, Math.min(end, at + SLICE)), consumed);
    }
  } else if (entry.method === 8) {
    // an error of ours thrown inside the callback (a limit, a parse error) passes through as it is;
    // only fflate's own errors mean the data is damaged
    let ours: unknown;
    const inflater = new Inflate((chunk) => {
      try {
        out.take(chunk, consumed);
      } catch (e) {
        ours = e;
        throw e;
      }
    });
    try {
      for (let at = start; at < end; at += SLICE) {
        consumed = Math.min(end, at + SLICE) - start;
        inflater.push(bytes.subarray(at, Math.min(end, at + SLICE)), at + SLICE >= end);
      }
      if (start === end) inflater.push(new Uint8Array(0), true);
    } catch (e) {
      if (ours !== undefined) throw ours;
      throw new ZipFormatError(`${entry.name} is damaged (${(e as Error).message})`);
    }
  } else {
    throw new ZipFormatError(`${entry.name} uses unsupported compression method ${entry.method}`);
  }
  out.end();
}

/** The whole text of a small part (workbook, rels, tables, styles), within `limits.maxSmallPartBytes`. */
export function partText(bytes: Uint8Array, entry: ZipEntry, limits: ReadLimits): string {
  const pieces: string[] = [];
  streamPartText(bytes, entry, limits, limits.maxSmallPartBytes, (t) => pieces.push(t));
  return pieces.join("");
}
