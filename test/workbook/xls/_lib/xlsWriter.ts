/**
 * A tiny .xls writer for tests, independent of src: a BIFF8 Workbook stream (globals, shared
 * strings split into CONTINUE records, cells of every record kind the reader takes) inside a
 * version 3 compound file (512-byte sectors, a mini stream for a stream under 4,096 bytes). It
 * also says where its structures lie, so hostile tests can break one byte at a time.
 */

/** An error cell: its BIFF code (0x07 = #DIV/0!, 0x2a = #N/A). */
export interface ErrorValue {
  readonly error: number;
}
export type PlainValue = number | string | boolean | ErrorValue;
/** A formula cell: only its cached result is written (no tokens the reader needs). */
export interface FormulaValue {
  readonly formula: PlainValue;
}

export interface CellSpec {
  /** 0-based, as BIFF counts. */
  readonly row: number;
  readonly col: number;
  readonly value: PlainValue | FormulaValue;
  /** Written in a date style (number format "yyyy-mm-dd"). */
  readonly date?: boolean;
}

export interface SheetSpec {
  readonly name: string;
  /** 0 visible, 1 hidden, 2 very hidden. */
  readonly state?: 0 | 1 | 2;
  readonly cells: readonly CellSpec[];
  /** [firstRow, lastRow, firstCol, lastCol], 0-based. */
  readonly merges?: readonly (readonly [number, number, number, number])[];
  /** Numbers as RK records where they fit (integers of 30 bits), in MULRK runs with `mulrk`. */
  readonly rk?: boolean;
  readonly mulrk?: boolean;
  /** Texts as LABEL records instead of shared strings. */
  readonly labels?: boolean;
}

export interface WorkbookSpec {
  readonly sheets: readonly SheetSpec[];
  readonly date1904?: boolean;
  /** Largest record data before a CONTINUE (Excel: 8,224); smaller to force splits. */
  readonly maxRecord?: number;
  /** Writes a FILEPASS record (an encrypted workbook). */
  readonly encrypted?: boolean;
  /** The BOF version (0x0600 BIFF8; 0x0500 Excel 95). */
  readonly version?: number;
  /** The stream's name (Excel 95: "Book"). */
  readonly streamName?: string;
  /** The SST's announced count, when it should lie. */
  readonly sstCount?: number;
  /**
   * Keeps a small stream small, in the mini stream; by default it is padded to 4,096 bytes after
   * its last EOF, as Excel writes it, so it lies in the file's own sectors.
   */
  readonly mini?: boolean;
}

function u16(n: number): number[] {
  return [n & 0xff, (n >> 8) & 0xff];
}
function u32(n: number): number[] {
  return [n & 0xff, (n >>> 8) & 0xff, (n >>> 16) & 0xff, (n >>> 24) & 0xff];
}
function f64(n: number): number[] {
  const b = Buffer.alloc(8);
  b.writeDoubleLE(n);
  return [...b];
}
function record(type: number, data: readonly number[]): number[] {
  return [...u16(type), ...u16(data.length), ...data];
}
function isWide(text: string): boolean {
  return [...text].some((ch) => ch.charCodeAt(0) > 0xff) || /[\u0100-\uffff]/.test(text);
}
function chars(text: string, wide: boolean): number[] {
  return wide ? [...Buffer.from(text, "utf16le")] : [...text].map((c) => c.charCodeAt(0));
}
/** XLUnicodeString: 2-byte count, flags, characters (no split). */
function unicodeString(text: string): number[] {
  const wide = isWide(text);
  return [...u16(text.length), wide ? 1 : 0, ...chars(text, wide)];
}

/**
 * A record whose data is a list of strings that may split into CONTINUE records, repeating the
 * flags byte where characters go on in the next record.
 */
function stringsRecord(type: number, head: readonly number[], texts: readonly string[], maxRecord: number): number[] {
  const out: number[] = [];
  let current = [...head];
  let currentType = type;
  const flush = () => {
    out.push(...record(currentType, current));
    current = [];
    currentType = 0x003c;
  };
  for (const text of texts) {
    const wide = isWide(text);
    // the header (count and flags) is never split
    if (current.length + 3 > maxRecord) flush();
    current.push(...u16(text.length), wide ? 1 : 0);
    const size = wide ? 2 : 1;
    let rest = text;
    while (rest.length > 0) {
      let room = Math.floor((maxRecord - current.length) / size);
      if (room === 0) {
        flush();
        current.push(wide ? 1 : 0);
        room = Math.floor((maxRecord - current.length) / size);
      }
      const piece = rest.slice(0, room);
      current.push(...chars(piece, wide));
      rest = rest.slice(piece.length);
    }
  }
  flush();
  return out;
}

const DATE_XF = 1;

/** The BIFF8 Workbook stream of a spec, and where each sheet's BOF lies. */
export function workbookStream(spec: WorkbookSpec): { stream: Uint8Array; sheetOffsets: number[] } {
  const maxRecord = spec.maxRecord ?? 8224;
  const version = spec.version ?? 0x0600;
  const shared: string[] = [];
  const sharedIndex = new Map<string, number>();
  for (const sheet of spec.sheets) {
    if (sheet.labels) continue;
    for (const cell of sheet.cells) {
      if (typeof cell.value === "string" && !sharedIndex.has(cell.value)) {
        sharedIndex.set(cell.value, shared.length);
        shared.push(cell.value);
      }
    }
  }
  const sheetStreams = spec.sheets.map((sheet) => sheetRecords(sheet, sharedIndex, maxRecord, version));
  const globalsWithout = (offsets: number[]): number[] => {
    const g: number[] = [];
    g.push(...record(0x0809, [...u16(version), ...u16(0x0005), 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]));
    if (spec.encrypted) g.push(...record(0x002f, [0, 0, 1, 0, 1, 0, ...new Array(48).fill(7)]));
    g.push(...record(0x0022, u16(spec.date1904 ? 1 : 0)));
    g.push(...record(0x041e, [...u16(164), ...unicodeString("yyyy-mm-dd")]));
    g.push(...record(0x00e0, [0, 0, ...u16(0), ...new Array(16).fill(0)]));
    g.push(...record(0x00e0, [0, 0, ...u16(164), ...new Array(16).fill(0)]));
    spec.sheets.forEach((sheet, i) => {
      const wide = isWide(sheet.name);
      g.push(...record(0x0085, [...u32(offsets[i] ?? 0), sheet.state ?? 0, 0, sheet.name.length, wide ? 1 : 0, ...chars(sheet.name, wide)]));
    });
    // (a loop, not push(...): the shared strings may be more bytes than a call takes arguments)
    if (shared.length > 0 || spec.sstCount !== undefined) for (const b of stringsRecord(0x00fc, [...u32(shared.length), ...u32(spec.sstCount ?? shared.length)], shared, maxRecord)) g.push(b);
    g.push(...record(0x000a, []));
    return g;
  };
  const size = globalsWithout([]).length;
  const offsets: number[] = [];
  let at = size;
  for (const s of sheetStreams) {
    offsets.push(at);
    at += s.length;
  }
  const bytes = [...globalsWithout(offsets), ...sheetStreams.flat()];
  return { stream: Uint8Array.from(bytes), sheetOffsets: offsets };
}

function rkOf(value: number): number | undefined {
  return Number.isInteger(value) && value >= -(2 ** 29) && value < 2 ** 29 ? ((value << 2) | 2) >>> 0 : undefined;
}

function sheetRecords(sheet: SheetSpec, sharedIndex: ReadonlyMap<string, number>, maxRecord: number, version: number): number[] {
  const out: number[] = [];
  out.push(...record(0x0809, [...u16(version), ...u16(0x0010), 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]));
  const cells = [...sheet.cells].sort((a, b) => a.row - b.row || a.col - b.col);
  for (let i = 0; i < cells.length; i++) {
    const { row, col, value, date } = cells[i];
    const xf = date ? DATE_XF : 0;
    const head = [...u16(row), ...u16(col), ...u16(xf)];
    if (typeof value === "number") {
      const rk = sheet.rk ? rkOf(value) : undefined;
      if (rk === undefined) {
        out.push(...record(0x0203, [...head, ...f64(value)]));
        continue;
      }
      if (sheet.mulrk) {
        // a run of RK numbers side by side in the row
        const run: number[] = [...u16(xf), ...u32(rk)];
        let last = col;
        while (i + 1 < cells.length) {
          const next = cells[i + 1];
          const nextRk = typeof next.value === "number" ? rkOf(next.value) : undefined;
          if (next.row !== row || next.col !== last + 1 || nextRk === undefined) break;
          run.push(...u16(next.date ? DATE_XF : 0), ...u32(nextRk));
          last = next.col;
          i++;
        }
        if (last > col) {
          out.push(...record(0x00bd, [...u16(row), ...u16(col), ...run, ...u16(last)]));
          continue;
        }
      }
      out.push(...record(0x027e, [...head, ...u32(rk)]));
    } else if (typeof value === "string") {
      if (sheet.labels) out.push(...record(0x0204, [...head, ...unicodeString(value)]));
      else out.push(...record(0x00fd, [...head, ...u32(sharedIndex.get(value)!)]));
    } else if (typeof value === "boolean") {
      out.push(...record(0x0205, [...head, value ? 1 : 0, 0]));
    } else if ("error" in value) {
      out.push(...record(0x0205, [...head, value.error, 1]));
    } else {
      const result = value.formula;
      const tail = [...u16(0), ...u32(0), ...u16(3), 0x1e, ...u16(1)]; // flags, chn, a formula "=1"
      if (typeof result === "number") out.push(...record(0x0006, [...head, ...f64(result), ...tail]));
      else if (typeof result === "boolean") out.push(...record(0x0006, [...head, 1, 0, result ? 1 : 0, 0, 0, 0, 0xff, 0xff, ...tail]));
      else if (typeof result === "string") {
        out.push(...record(0x0006, [...head, 0, 0, 0, 0, 0, 0, 0xff, 0xff, ...tail]));
        out.push(...stringsRecord(0x0207, [], [result], maxRecord));
      } else out.push(...record(0x0006, [...head, 2, 0, result.error, 0, 0, 0, 0xff, 0xff, ...tail]));
    }
  }
  if (sheet.merges && sheet.merges.length > 0) {
    out.push(...record(0x00e5, [...u16(sheet.merges.length), ...sheet.merges.flatMap(([r1, r2, c1, c2]) => [...u16(r1), ...u16(r2), ...u16(c1), ...u16(c2)])]));
  }
  out.push(...record(0x000a, []));
  return out;
}

const SECTOR = 512;
const END = 0xfffffffe;
const FREE = 0xffffffff;
const FATSECT = 0xfffffffd;

/** Where the compound file put things (byte offsets in the file), for hostile tests to break. */
export interface CompoundLayout {
  readonly fatAt: number;
  readonly directoryAt: number;
  /** The first sector of each big stream by name (mini streams: their first mini sector). */
  readonly starts: Readonly<Record<string, number>>;
  readonly sectorOf: (sector: number) => number;
}

/** A version 3 compound file holding the streams under its root. */
export function compoundFile(streams: readonly { name: string; data: Uint8Array }[]): { bytes: Uint8Array; layout: CompoundLayout } {
  const big = streams.filter((s) => s.data.length >= 4096);
  const mini = streams.filter((s) => s.data.length < 4096);
  const miniChunks: number[] = [];
  const miniFat: number[] = [];
  const starts: Record<string, number> = {};
  for (const s of mini) {
    const count = Math.ceil(s.data.length / 64);
    starts[s.name] = count > 0 ? miniFat.length : END;
    for (let k = 0; k < count; k++) miniFat.push(k === count - 1 ? END : miniFat.length + 1);
    const padded = new Uint8Array(count * 64);
    padded.set(s.data);
    miniChunks.push(...padded);
  }
  const sectorsOf = (n: number) => Math.ceil(n / SECTOR);
  const dirSectors = sectorsOf((streams.length + 1) * 128);
  const miniFatSectors = sectorsOf(miniFat.length * 4);
  const miniSectors = sectorsOf(miniChunks.length);
  const bigSectors = big.map((s) => sectorsOf(s.data.length));
  const others = dirSectors + miniFatSectors + miniSectors + bigSectors.reduce((a, b) => a + b, 0);
  let fatSectors = 1;
  while (fatSectors * (SECTOR / 4) < fatSectors + others) fatSectors++;
  const total = fatSectors + others;
  const fat = new Array<number>(fatSectors * (SECTOR / 4)).fill(FREE);
  let next = 0;
  const run = (count: number): number => {
    const first = next;
    for (let k = 0; k < count; k++) fat[next + k] = k === count - 1 ? END : next + k + 1;
    next += count;
    return count > 0 ? first : END;
  };
  for (let k = 0; k < fatSectors; k++) fat[next++] = FATSECT;
  const dirStart = run(dirSectors);
  const miniFatStart = run(miniFatSectors);
  const miniStart = run(miniSectors);
  big.forEach((s, i) => (starts[s.name] = run(bigSectors[i])));
  const file = new Uint8Array(SECTOR * (total + 1));
  const view = new DataView(file.buffer);
  file.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  view.setUint16(0x18, 0x3e, true);
  view.setUint16(0x1a, 3, true);
  view.setUint16(0x1c, 0xfffe, true);
  view.setUint16(0x1e, 9, true);
  view.setUint16(0x20, 6, true);
  view.setUint32(0x2c, fatSectors, true);
  view.setUint32(0x30, dirStart, true);
  view.setUint32(0x38, 4096, true);
  view.setUint32(0x3c, miniFatStart, true);
  view.setUint32(0x40, miniFatSectors, true);
  view.setUint32(0x44, END, true);
  for (let i = 0; i < 109; i++) view.setUint32(0x4c + i * 4, i < fatSectors ? i : FREE, true);
  const sectorOf = (sector: number) => (sector + 1) * SECTOR;
  fat.forEach((v, i) => view.setUint32(sectorOf(Math.floor(i / 128)) + (i % 128) * 4, v, true));
  const dirAt = sectorOf(dirStart);
  const entry = (index: number, name: string, type: number, child: number, right: number, start: number, size: number) => {
    const at = dirAt + index * 128;
    file.set(Buffer.from(name + "\0", "utf16le"), at);
    view.setUint16(at + 0x40, (name.length + 1) * 2, true);
    file[at + 0x42] = type;
    file[at + 0x43] = 1;
    view.setUint32(at + 0x44, FREE, true);
    view.setUint32(at + 0x48, right, true);
    view.setUint32(at + 0x4c, child, true);
    view.setUint32(at + 0x74, start, true);
    view.setUint32(at + 0x78, size, true);
  };
  entry(0, "Root Entry", 5, streams.length > 0 ? 1 : FREE, FREE, miniStart, miniChunks.length);
  streams.forEach((s, i) => entry(i + 1, s.name, 2, FREE, i + 1 < streams.length ? i + 2 : FREE, starts[s.name], s.data.length));
  for (let k = dirSectors * 4; k > streams.length + 1; k--) view.setUint32(dirAt + (k - 1) * 128 + 0x44, FREE, true);
  if (miniFatSectors > 0) miniFat.forEach((v, i) => view.setUint32(sectorOf(miniFatStart) + i * 4, v, true));
  for (let k = miniFat.length; k < miniFatSectors * 128; k++) view.setUint32(sectorOf(miniFatStart) + k * 4, FREE, true);
  if (miniSectors > 0) file.set(miniChunks, sectorOf(miniStart));
  big.forEach((s) => {
    for (let k = 0, sector = starts[s.name]; k * SECTOR < s.data.length; k++, sector = fat[sector]) file.set(s.data.subarray(k * SECTOR, (k + 1) * SECTOR), sectorOf(sector));
  });
  return { bytes: file, layout: { fatAt: sectorOf(0), directoryAt: dirAt, starts, sectorOf } };
}

/** An .xls of the spec: its Workbook stream in a compound file. */
export function xlsFile(spec: WorkbookSpec): { bytes: Uint8Array; layout: CompoundLayout; stream: Uint8Array; sheetOffsets: number[] } {
  const { stream: written, sheetOffsets } = workbookStream(spec);
  const stream = spec.mini || written.length >= 4096 ? written : Uint8Array.from([...written, ...new Uint8Array(4096 - written.length)]);
  const { bytes, layout } = compoundFile([{ name: spec.streamName ?? "Workbook", data: stream }]);
  return { bytes, layout, stream, sheetOffsets };
}
