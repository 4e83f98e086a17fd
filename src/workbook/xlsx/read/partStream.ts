/**
 * Inflates one ZIP entry in slices and hands its text (or bytes) on as it comes, so memory is bounded by
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
 * Where a part's inflated bytes go: decoded to text ({@link textSink}, for the small parts and the
 * shared strings) or kept as bytes (the sheet parser reads a sheet's cells from its bytes:
 * decoding 100 MB of sheet XML to strings it mostly never looks at cost more than reading them).
 */
export interface PartSink {
  /** The next inflated bytes; only valid during the call (the inflater may reuse its buffer). */
  bytes(chunk: Uint8Array): void;
  /** The part is whole. */
  end(): void;
}

/**
 * A sink that decodes the part as UTF-8 and hands on its text in pieces (each ending on a whole
 * character, a leading byte-order mark dropped).
 */
export function textSink(onText: (text: string) => void): PartSink {
  const decoder = new Utf8Stream();
  return {
    bytes(chunk) {
      const text = decoder.decode(chunk);
      if (text.length > 0) onText(text);
    },
    end() {
      const rest = decoder.end();
      if (rest.length > 0) onText(rest);
    },
  };
}

/** A sink as given, or the text sink of a text callback. */
export function sinkOf(out: PartSink | ((text: string) => void)): PartSink {
  return typeof out === "function" ? textSink(out) : out;
}

/**
 * The limits of one part's inflated bytes, wherever they are inflated (fflate here, zlib in Node:
 * nodeInflate.ts): the same checks at the same points either way, before the sink sees the bytes.
 */
export class InflatedPart {
  private inflated = 0;

  constructor(
    private readonly entry: ZipEntry,
    private readonly limits: ReadLimits,
    private readonly maxBytes: number,
    private readonly sink: PartSink,
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
    this.sink.bytes(chunk);
  }

  /** The part is whole. */
  end(): void {
    this.sink.end();
  }
}

/**
 * Streams the inflated bytes of `entry` to a sink, or its UTF-8 text to `onText` in pieces (each
 * piece ends on a whole character).
 * @throws ReadLimitError past `maxBytes` inflated or past the ratio limit; ZipFormatError when damaged.
 */
export function streamPartText(bytes: Uint8Array, entry: ZipEntry, limits: ReadLimits, maxBytes: number, onText: PartSink | ((text: string) => void)): void {
  const out = new InflatedPart(entry, limits, maxBytes, sinkOf(onText));
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
