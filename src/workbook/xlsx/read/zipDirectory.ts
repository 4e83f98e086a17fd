/**
 * Reads a ZIP package's central directory and inflates single entries, so the reader inflates
 * only the parts it needs and can use the fastest inflater at hand (fflate in the browser,
 * zlib in Node; see {@link InflateRaw}).
 */
import { inflateSync } from "fflate";
import { READ_DETAILS, type CodedDetail, type ReadDetail, type ReadDetailParams } from "./readDetails";

/** Inflates raw DEFLATE data whose inflated size is known. */
export type InflateRaw = (data: Uint8Array, size: number) => Uint8Array;

/** fflate's pure-JS inflater: works everywhere. */
export const fflateInflateRaw: InflateRaw = (data, size) => inflateSync(data, { out: new Uint8Array(size) });

export interface ZipEntry {
  readonly name: string;
  /** 0 = stored, 8 = deflate. */
  readonly method: number;
  readonly compressedSize: number;
  readonly size: number;
  readonly localHeaderOffset: number;
}

/** Thrown for a damaged or unsupported archive; the reader wraps it with the file name. */
export class ZipFormatError extends Error {
  override name = "ZipFormatError";
}

export const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

/** Little-endian 16-bit field of a ZIP record. */
export function u16(b: Uint8Array, at: number): number {
  return b[at] | (b[at + 1] << 8);
}
/** Little-endian 32-bit field of a ZIP record (unsigned). */
export function u32(b: Uint8Array, at: number): number {
  return (b[at] | (b[at + 1] << 8) | (b[at + 2] << 16)) + b[at + 3] * 0x1000000;
}
function u64(b: Uint8Array, at: number): number {
  return u32(b, at) + u32(b, at + 4) * 0x100000000;
}

const utf8 = new TextDecoder("utf-8");

/** Thrown when the directory itself is hostile (too many entries, one name twice): refused, not "damaged". */
export class ZipRefusedError extends Error {
  override name = "ZipRefusedError";
  /** Why, coded (its English and Chinese texts: readReasons.ts READ_DETAILS). */
  readonly coded: CodedDetail;

  constructor(code: ReadDetail, params: ReadDetailParams) {
    super(READ_DETAILS[code].en(params));
    this.coded = { code, params };
  }
}

/** Offset of the end-of-central-directory record (searched back over a comment of up to 64 KiB), or -1. */
export function endOfCentralDirectory(bytes: Uint8Array): number {
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (u32(bytes, i) === EOCD) return i;
  }
  return -1;
}

/**
 * Every entry of the archive by name. A name listed twice is refused (which copy would Excel
 * read?), and so is a directory longer than `maxEntries`.
 */
export function zipEntries(bytes: Uint8Array, maxEntries = Number.MAX_SAFE_INTEGER): Map<string, ZipEntry> {
  const eocd = endOfCentralDirectory(bytes);
  if (eocd < 0) throw new ZipFormatError("no ZIP directory (the file is cut short)");
  let count = u16(bytes, eocd + 10);
  let offset = u32(bytes, eocd + 16);
  if ((count === 0xffff || offset === 0xffffffff) && eocd >= 20 && u32(bytes, eocd - 20) === ZIP64_LOCATOR) {
    const z = u64(bytes, eocd - 20 + 8);
    if (u32(bytes, z) !== ZIP64_EOCD) throw new ZipFormatError("bad ZIP64 directory");
    count = u64(bytes, z + 32);
    offset = u64(bytes, z + 48);
  }
  if (count > maxEntries) throw new ZipRefusedError("tooManyParts", { count, limit: maxEntries });
  const entries = new Map<string, ZipEntry>();
  let p = offset;
  for (let k = 0; k < count; k++) {
    if (p + 46 > bytes.length || u32(bytes, p) !== CENTRAL) throw new ZipFormatError("bad ZIP directory entry");
    const nameLen = u16(bytes, p + 28);
    const extraLen = u16(bytes, p + 30);
    const commentLen = u16(bytes, p + 32);
    let compressedSize = u32(bytes, p + 20);
    let size = u32(bytes, p + 24);
    let localHeaderOffset = u32(bytes, p + 42);
    const name = utf8.decode(bytes.subarray(p + 46, p + 46 + nameLen));
    if (compressedSize === 0xffffffff || size === 0xffffffff || localHeaderOffset === 0xffffffff) {
      // ZIP64 extra field: the 8-byte values present are those whose 4-byte field is 0xFFFFFFFF, in this order
      let e = p + 46 + nameLen;
      const end = e + extraLen;
      while (e + 4 <= end) {
        const id = u16(bytes, e);
        const len = u16(bytes, e + 2);
        if (id === 1) {
          let q = e + 4;
          if (size === 0xffffffff) (size = u64(bytes, q)), (q += 8);
          if (compressedSize === 0xffffffff) (compressedSize = u64(bytes, q)), (q += 8);
          if (localHeaderOffset === 0xffffffff) localHeaderOffset = u64(bytes, q);
          break;
        }
        e += 4 + len;
      }
    }
    const key = name.replace(/^\//, "");
    if (entries.has(key)) throw new ZipRefusedError("partTwice", { part: key });
    entries.set(key, { name, method: u16(bytes, p + 10), compressedSize, size, localHeaderOffset });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
}

/** Where an entry's (compressed) data lies in the archive. */
export function entryDataRange(bytes: Uint8Array, entry: ZipEntry): { start: number; end: number } {
  const h = entry.localHeaderOffset;
  if (!(h + 30 <= bytes.length) || u32(bytes, h) !== LOCAL) throw new ZipFormatError(`bad local header for ${entry.name}`);
  const start = h + 30 + u16(bytes, h + 26) + u16(bytes, h + 28);
  const end = start + entry.compressedSize;
  if (!(end <= bytes.length)) throw new ZipFormatError(`${entry.name} is cut short`);
  return { start, end };
}

/** The inflated content of one entry, at once (small entries; the reader streams, see partStream.ts). */
export function entryData(bytes: Uint8Array, entry: ZipEntry, inflate: InflateRaw = fflateInflateRaw): Uint8Array {
  const { start, end } = entryDataRange(bytes, entry);
  const data = bytes.subarray(start, end);
  if (entry.method === 0) return data;
  if (entry.method !== 8) throw new ZipFormatError(`${entry.name} uses unsupported compression method ${entry.method}`);
  const out = inflate(data, entry.size);
  if (out.length !== entry.size) throw new ZipFormatError(`${entry.name} is damaged (inflated ${out.length} of ${entry.size} bytes)`);
  return out;
}
