/**
 * The compound file (OLE2 / CFB) an .xls lives in: a little file system of 512-byte (or 4096-byte)
 * sectors, a FAT chaining them, a directory of named streams, and a mini stream holding the
 * streams under 4,096 bytes in 64-byte pieces. Only what finding and reading one stream by name
 * needs is read ([MS-CFB]).
 *
 * A hostile file cannot make the reader hang or run out of memory: every chain is followed at
 * most once per sector (a loop is refused), every sector must lie inside the file, a stream may
 * not claim more bytes than the file holds, and the directory tree is walked with each entry
 * visited once.
 */
import { XlsFileError } from "./xlsFileError";

const SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const END_OF_CHAIN = 0xfffffffe;
const FREE_SECTOR = 0xffffffff;
const NO_STREAM = 0xffffffff;
const HEADER_DIFAT = 109;
const DIR_ENTRY = 128;
const STREAM = 2;
const ROOT = 5;
const utf16 = new TextDecoder("utf-16le");

/**
 * True when the bytes start with the compound file's signature (.xls, .doc, .ppt, an encrypted .xlsx).
 * @example isCompoundFile(Uint8Array.of(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1)) //=> true
 */
export function isCompoundFile(bytes: Uint8Array): boolean {
  return bytes.length >= SIGNATURE.length && SIGNATURE.every((b, i) => bytes[i] === b);
}

/** One entry of the directory: a stream's name, first sector and size. */
interface DirectoryEntry {
  readonly name: string;
  readonly type: number;
  readonly left: number;
  readonly right: number;
  readonly child: number;
  readonly start: number;
  readonly size: number;
}

function damaged(what: string): XlsFileError {
  return new XlsFileError("corrupt", "xlsDamaged", { cause: what });
}

/** A compound file opened for reading its root streams by name. */
export class CompoundFile {
  private readonly view: DataView;
  private readonly sectorSize: number;
  private readonly sectorCount: number;
  private readonly fat: Uint32Array;
  private readonly entries: DirectoryEntry[];
  private miniFat: Uint32Array | undefined;
  private miniStream: Uint8Array | undefined;

  /** @throws XlsFileError when the header, the FAT or the directory is damaged or hostile. */
  constructor(private readonly bytes: Uint8Array) {
    if (!isCompoundFile(bytes) || bytes.length < 512) throw damaged("no compound file header");
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const shift = this.view.getUint16(0x1e, true);
    if (shift !== 9 && shift !== 12) throw damaged(`sector size 2^${shift}`);
    this.sectorSize = 1 << shift;
    // the header takes the first sector's place (512 bytes, padded to 4,096 in version 4)
    this.sectorCount = Math.floor((bytes.length - this.sectorSize + (this.sectorSize - 1)) / this.sectorSize);
    this.fat = this.readFat();
    this.entries = this.readDirectory(this.view.getUint32(0x30, true));
  }

  /** Byte offset of a sector, which must lie inside the file. */
  private sectorOffset(sector: number, what: string): number {
    if (sector >= this.sectorCount) throw new XlsFileError("corrupt", "xlsSectorOutside", { what, sector, sectors: this.sectorCount });
    return (sector + 1) * this.sectorSize;
  }

  /** The sectors of the FAT itself: 109 in the header, the rest in the DIFAT chain. */
  private readFat(): Uint32Array {
    const perSector = this.sectorSize / 4;
    const fatSectors = this.view.getUint32(0x2c, true);
    // each FAT sector maps perSector sectors: more of them than the file's sectors is a lie
    if (fatSectors > this.sectorCount) throw new XlsFileError("corrupt", "xlsSizeTooLarge", { what: "fat", bytes: fatSectors * this.sectorSize, fileBytes: this.bytes.length });
    const ids: number[] = [];
    for (let i = 0; i < HEADER_DIFAT && ids.length < fatSectors; i++) ids.push(this.view.getUint32(0x4c + i * 4, true));
    let difat = this.view.getUint32(0x44, true);
    const seen = new Set<number>();
    while (ids.length < fatSectors && difat !== END_OF_CHAIN && difat !== FREE_SECTOR) {
      if (seen.has(difat)) throw new XlsFileError("corrupt", "xlsChainLoop", { what: "difat" });
      seen.add(difat);
      const at = this.sectorOffset(difat, "difat");
      for (let i = 0; i < perSector - 1 && ids.length < fatSectors; i++) ids.push(this.view.getUint32(at + i * 4, true));
      difat = this.view.getUint32(at + (perSector - 1) * 4, true);
    }
    const fat = new Uint32Array(ids.length * perSector);
    ids.forEach((id, k) => {
      const at = this.sectorOffset(id, "fat");
      for (let i = 0; i < perSector; i++) fat[k * perSector + i] = this.view.getUint32(at + i * 4, true);
    });
    return fat;
  }

  /**
   * The sectors of a chain from `start`, in order, each once: a chain that comes back to a sector
   * (which would never end) or leaves the file is refused.
   */
  private chain(start: number, table: Uint32Array, limit: number, what: string): number[] {
    const out: number[] = [];
    const seen = new Uint8Array(limit);
    for (let s = start; s !== END_OF_CHAIN; s = table[s]) {
      if (s >= limit || s >= table.length) {
        if (s === FREE_SECTOR && out.length === 0) return out;
        throw new XlsFileError("corrupt", "xlsSectorOutside", { what, sector: s, sectors: limit });
      }
      if (seen[s]) throw new XlsFileError("corrupt", "xlsChainLoop", { what });
      seen[s] = 1;
      out.push(s);
    }
    return out;
  }

  /** The bytes of a chain of big sectors, cut to `size`. */
  private readChain(start: number, size: number | undefined, what: string): Uint8Array {
    const sectors = this.chain(start, this.fat, this.sectorCount, what);
    const total = size ?? sectors.length * this.sectorSize;
    if (total > sectors.length * this.sectorSize) throw new XlsFileError("corrupt", "xlsSizeTooLarge", { what, bytes: total, fileBytes: sectors.length * this.sectorSize });
    const out = new Uint8Array(total);
    for (let k = 0, at = 0; at < total; k++, at += this.sectorSize) {
      const from = this.sectorOffset(sectors[k], what);
      const part = this.bytes.subarray(from, Math.min(from + this.sectorSize, from + total - at, this.bytes.length));
      out.set(part, at);
    }
    return out;
  }

  private readDirectory(start: number): DirectoryEntry[] {
    const dir = this.readChain(start, undefined, "directory");
    const view = new DataView(dir.buffer, dir.byteOffset, dir.byteLength);
    const entries: DirectoryEntry[] = [];
    for (let at = 0; at + DIR_ENTRY <= dir.length; at += DIR_ENTRY) {
      const nameBytes = Math.min(64, view.getUint16(at + 0x40, true));
      const name = utf16.decode(dir.subarray(at, at + Math.max(0, nameBytes - 2)));
      entries.push({
        name,
        type: dir[at + 0x42],
        left: view.getUint32(at + 0x44, true),
        right: view.getUint32(at + 0x48, true),
        child: view.getUint32(at + 0x4c, true),
        start: view.getUint32(at + 0x74, true),
        // the high 32 bits are unreliable in version 3 files, and no .xls needs them
        size: view.getUint32(at + 0x78, true),
      });
    }
    if (entries[0]?.type !== ROOT) throw damaged("no root entry");
    return entries;
  }

  /**
   * The names of the streams directly under the root, walking its tree (each entry once: a tree
   * that points back into itself is refused).
   */
  private rootStreams(): Map<string, DirectoryEntry> {
    const out = new Map<string, DirectoryEntry>();
    const seen = new Uint8Array(this.entries.length);
    const stack = [this.entries[0].child];
    while (stack.length > 0) {
      const id = stack.pop()!;
      if (id === NO_STREAM) continue;
      if (id >= this.entries.length) throw damaged(`directory entry ${id} of ${this.entries.length}`);
      if (seen[id]) throw new XlsFileError("corrupt", "xlsDirectoryLoop", {});
      seen[id] = 1;
      const entry = this.entries[id];
      if (entry.type === STREAM) out.set(entry.name.toLowerCase(), entry);
      stack.push(entry.left, entry.right);
    }
    return out;
  }

  /** The names of the root's streams (lower case: names in a compound file ignore case). */
  streamNames(): string[] {
    return [...this.rootStreams().keys()];
  }

  /**
   * A root stream's bytes by name (any case), or undefined when there is none.
   * @throws XlsFileError when its chain is damaged or it claims more bytes than the file holds.
   */
  stream(name: string): Uint8Array | undefined {
    const entry = this.rootStreams().get(name.toLowerCase());
    if (entry === undefined) return undefined;
    const what = "stream";
    if (entry.size > this.bytes.length) throw new XlsFileError("corrupt", "xlsSizeTooLarge", { what, bytes: entry.size, fileBytes: this.bytes.length });
    const cutoff = this.view.getUint32(0x38, true);
    if (entry.size >= cutoff) return this.readChain(entry.start, entry.size, what);
    return this.readMini(entry.start, entry.size, what);
  }

  /** A small stream's bytes from the mini stream (64-byte sectors chained by the mini FAT). */
  private readMini(start: number, size: number, what: string): Uint8Array {
    if (this.miniStream === undefined || this.miniFat === undefined) {
      const root = this.entries[0];
      if (root.size > this.bytes.length) throw new XlsFileError("corrupt", "xlsSizeTooLarge", { what: "miniStream", bytes: root.size, fileBytes: this.bytes.length });
      this.miniStream = this.readChain(root.start, root.size, "miniStream");
      const miniFatBytes = this.readChain(this.view.getUint32(0x3c, true), undefined, "miniFat");
      this.miniFat = new Uint32Array(miniFatBytes.length / 4);
      const v = new DataView(miniFatBytes.buffer, miniFatBytes.byteOffset, miniFatBytes.byteLength);
      for (let i = 0; i < this.miniFat.length; i++) this.miniFat[i] = v.getUint32(i * 4, true);
    }
    const miniShift = this.view.getUint16(0x20, true);
    if (miniShift !== 6) throw damaged(`mini sector size 2^${miniShift}`);
    const miniSize = 1 << miniShift;
    const limit = Math.floor(this.miniStream.length / miniSize);
    const sectors = this.chain(start, this.miniFat, limit, what);
    if (size > sectors.length * miniSize) throw new XlsFileError("corrupt", "xlsSizeTooLarge", { what, bytes: size, fileBytes: sectors.length * miniSize });
    const out = new Uint8Array(size);
    for (let k = 0, at = 0; at < size; k++, at += miniSize) {
      const from = sectors[k] * miniSize;
      out.set(this.miniStream.subarray(from, from + Math.min(miniSize, size - at)), at);
    }
    return out;
  }
}
