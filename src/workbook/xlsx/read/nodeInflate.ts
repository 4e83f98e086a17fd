/**
 * Node's zlib as the reader's inflater for the big parts (Node only; the reader itself stays
 * host-neutral and inflates with fflate's JavaScript). zlib's native inflate is several times
 * faster than fflate's, which was the largest single cost of reading a 200,000-invoice ledger.
 * The part still arrives slice by slice into the same limits (InflatedPart), so memory
 * stays bounded by what the parser keeps and a bomb is stopped at the limit it crosses.
 */
import * as zlib from "node:zlib";
import type { ReadLimits } from "./limits";
import { InflatedPart, sinkOf, streamPartText, type PartSink } from "./partStream";
import { ZipFormatError, entryDataRange, type ZipEntry } from "./zipDirectory";

/** Inflated bytes handed on at a time (zlib's default is 16 KB: more calls for the same text). */
const CHUNK = 256 * 1024;

/**
 * streamPartText with zlib's inflate: the PartStreamer readXlsxAsync takes in Node.
 * @throws ReadLimitError past `maxBytes` or the ratio limit; ZipFormatError when damaged; an
 * error thrown by `onText` (a parse error) as it is.
 */
export function nodeInflateText(bytes: Uint8Array, entry: ZipEntry, limits: ReadLimits, maxBytes: number, onText: PartSink | ((text: string) => void)): Promise<void> {
  const { start, end } = entry.method === 8 ? entryDataRange(bytes, entry) : { start: 0, end: 0 };
  // stored parts need no inflating, empty ones no stream: the plain reader's answer
  if (entry.method !== 8 || start === end) {
    try {
      streamPartText(bytes, entry, limits, maxBytes, onText);
      return Promise.resolve();
    } catch (e) {
      return Promise.reject(e);
    }
  }
  let out: InflatedPart;
  try {
    out = new InflatedPart(entry, limits, maxBytes, sinkOf(onText));
  } catch (e) {
    return Promise.reject(e);
  }
  return new Promise<void>((resolve, reject) => {
    const inflater = zlib.createInflateRaw({ chunkSize: CHUNK });
    let settled = false;
    const fail = (e: unknown) => {
      if (settled) return;
      settled = true;
      inflater.destroy();
      reject(e);
    };
    inflater.on("data", (chunk: Buffer) => {
      if (settled) return;
      try {
        // bytesWritten: the compressed bytes zlib has consumed so far, for the ratio check
        out.take(chunk, inflater.bytesWritten);
      } catch (e) {
        fail(e);
      }
    });
    inflater.on("error", (e) => fail(new ZipFormatError(`${entry.name} is damaged (${e.message})`)));
    inflater.on("end", () => {
      if (settled) return;
      try {
        out.end();
        settled = true;
        resolve();
      } catch (e) {
        fail(e);
      }
    });
    inflater.end(bytes.subarray(start, end));
  });
}
