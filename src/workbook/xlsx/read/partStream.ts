/**
 * Inflates one ZIP entry in slices and hands its text on as it comes, so memory is bounded by
 * what the caller keeps, never by the part's size, and a bomb is stopped at the limit it crosses
 * (inflated size, compression ratio) after reading only as far as that point. Pure JS (fflate):
 * the same code and the same limits in Node and in the browser pane.
 */
import { Inflate } from "fflate";
import { ReadLimitError, sizeText, type ReadLimits } from "./limits";
import { ZipFormatError, entryDataRange, type ZipEntry } from "./zipDirectory";

const SLICE = 64 * 1024;

/**
 * Streams the UTF-8 text of `entry` to `onText` in pieces (each piece ends on a whole character).
 * @throws ReadLimitError past `maxBytes` inflated or past the ratio limit; ZipFormatError when damaged.
 */
export function streamPartText(bytes: Uint8Array, entry: ZipEntry, limits: ReadLimits, maxBytes: number, onText: (text: string) => void): void {
  // a declared size past the limit is refused before inflating anything; a size that lies low is
  // caught while inflating
  if (entry.size > maxBytes) throw new ReadLimitError(`${entry.name} inflates to more than ${sizeText(maxBytes)} (the limit for one part)`);
  const { start, end } = entryDataRange(bytes, entry);
  const decoder = new TextDecoder("utf-8");
  let inflated = 0;
  let consumed = 0;
  const take = (chunk: Uint8Array) => {
    inflated += chunk.length;
    if (inflated > maxBytes) throw new ReadLimitError(`${entry.name} inflates to more than ${sizeText(maxBytes)} (the limit for one part)`);
    if (inflated > limits.graceBytes && inflated > limits.maxRatio * Math.max(consumed, 1)) {
      throw new ReadLimitError(`${entry.name} inflates more than ${limits.maxRatio} times its compressed size (a ZIP bomb or a damaged file)`);
    }
    const text = decoder.decode(chunk, { stream: true });
    if (text.length > 0) onText(text);
  };
  if (entry.method === 0) {
    for (let at = start; at < end; at += SLICE) {
      consumed = Math.min(end, at + SLICE) - start;
      take(bytes.subarray(at, Math.min(end, at + SLICE)));
    }
  } else if (entry.method === 8) {
    // an error of ours thrown inside the callback (a limit, a parse error) passes through as it is;
    // only fflate's own errors mean the data is damaged
    let ours: unknown;
    const inflater = new Inflate((chunk) => {
      try {
        take(chunk);
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
  const rest = decoder.decode();
  if (rest.length > 0) onText(rest);
}

/** The whole text of a small part (workbook, rels, tables, styles), within `limits.maxSmallPartBytes`. */
export function partText(bytes: Uint8Array, entry: ZipEntry, limits: ReadLimits): string {
  const pieces: string[] = [];
  streamPartText(bytes, entry, limits, limits.maxSmallPartBytes, (t) => pieces.push(t));
  return pieces.join("");
}
