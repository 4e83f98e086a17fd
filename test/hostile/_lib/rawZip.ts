/**
 * A ZIP writer with nothing checked, to build the packages an attacker would: any method, any
 * declared size, a name twice, and DEFLATE streams that inflate to gigabytes from a few
 * kilobytes (independent blocks repeated, see {@link repeatedDeflate}).
 */
import { constants, crc32, deflateRawSync } from "node:zlib";

export interface RawEntry {
  readonly name: string;
  /** The bytes as stored (already deflated when method is 8). */
  readonly data: Uint8Array;
  readonly method: 0 | 8;
  /** Declared inflated size (may lie). */
  readonly size: number;
  readonly crc?: number;
}

/** A deflated entry of `text`, sizes true. */
export function deflatedEntry(name: string, text: string | Uint8Array): RawEntry {
  const bytes = typeof text === "string" ? Buffer.from(text, "utf8") : Buffer.from(text);
  return { name, data: deflateRawSync(bytes), method: 8, size: bytes.length, crc: crc32(bytes) };
}

/**
 * A raw DEFLATE stream of head + chunk × times + tail, built without inflating anything: each
 * piece is deflated once as an independent, byte-aligned run of blocks (full flush), and the
 * chunk's blocks are repeated. Returns the stream and its inflated size.
 */
export function repeatedDeflate(head: string, chunk: string, times: number, tail: string): { data: Uint8Array; size: number } {
  const flushed = (text: string) => deflateRawSync(Buffer.from(text, "utf8"), { finishFlush: constants.Z_FULL_FLUSH });
  const h = flushed(head);
  const c = flushed(chunk);
  const t = deflateRawSync(Buffer.from(tail, "utf8"));
  const out = Buffer.alloc(h.length + c.length * times + t.length);
  h.copy(out, 0);
  for (let i = 0; i < times; i++) c.copy(out, h.length + i * c.length);
  t.copy(out, h.length + c.length * times);
  const size = Buffer.byteLength(head) + Buffer.byteLength(chunk) * times + Buffer.byteLength(tail);
  return { data: out, size };
}

/** The ZIP archive of the entries, in order (names may repeat). */
export function rawZip(entries: readonly RawEntry[]): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, "utf8");
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x800, 6);
    local.writeUInt16LE(e.method, 8);
    local.writeUInt32LE(e.crc ?? 0, 14);
    local.writeUInt32LE(e.data.length, 18);
    local.writeUInt32LE(Math.min(e.size, 0xffffffff), 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x800, 8);
    central.writeUInt16LE(e.method, 10);
    central.writeUInt32LE(e.crc ?? 0, 16);
    central.writeUInt32LE(e.data.length, 20);
    central.writeUInt32LE(Math.min(e.size, 0xffffffff), 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, Buffer.from(e.data));
    centrals.push(central, name);
    offset += 30 + name.length + e.data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, directory, end]));
}
