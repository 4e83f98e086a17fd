/**
 * Re-writes a ZIP package where only some parts changed: unchanged entries are copied as they are
 * (compressed bytes, CRC, dates), only new and changed parts are deflated. So grafting a sheet
 * into a 20 MB workbook neither inflates nor re-deflates the clerk's big sheets, and the clerk's
 * parts keep even their compressed bytes.
 */
import { zipSync } from "fflate";

import { EOCD, endOfCentralDirectory, u16, u32 } from "../read/zipDirectory";

const CENTRAL = 0x02014b50;

interface CentralEntry {
  readonly name: string;
  /** The central directory record (fixed part, name, extra field, comment). */
  readonly record: Uint8Array;
  readonly localOffset: number;
}

interface Directory {
  readonly entries: CentralEntry[];
  readonly directoryOffset: number;
}

function put32(b: Uint8Array, at: number, value: number): void {
  b[at] = value & 0xff;
  b[at + 1] = (value >>> 8) & 0xff;
  b[at + 2] = (value >>> 16) & 0xff;
  b[at + 3] = (value >>> 24) & 0xff;
}

const utf8 = new TextDecoder("utf-8");

/** The central directory; undefined for what this writer does not handle (ZIP64, multi-disk). */
function directoryOf(bytes: Uint8Array): Directory | undefined {
  const eocd = endOfCentralDirectory(bytes);
  if (eocd < 0) return undefined;
  const count = u16(bytes, eocd + 10);
  const directoryOffset = u32(bytes, eocd + 16);
  if (count === 0xffff || directoryOffset === 0xffffffff || u16(bytes, eocd + 4) !== 0) return undefined;
  const entries: CentralEntry[] = [];
  let at = directoryOffset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || u32(bytes, at) !== CENTRAL) return undefined;
    const nameLength = u16(bytes, at + 28);
    const length = 46 + nameLength + u16(bytes, at + 30) + u16(bytes, at + 32);
    const localOffset = u32(bytes, at + 42);
    if (localOffset === 0xffffffff || u32(bytes, at + 20) === 0xffffffff) return undefined;
    entries.push({ name: utf8.decode(bytes.subarray(at + 46, at + 46 + nameLength)), record: bytes.subarray(at, at + length), localOffset });
    at += length;
  }
  return { entries, directoryOffset };
}

/** Byte span of each entry's local header, data and data descriptor, by name. */
function spansOf(dir: Directory): Map<string, [number, number]> {
  const byOffset = [...dir.entries].sort((a, b) => a.localOffset - b.localOffset);
  const spans = new Map<string, [number, number]>();
  byOffset.forEach((e, i) => spans.set(e.name, [e.localOffset, i + 1 < byOffset.length ? byOffset[i + 1].localOffset : dir.directoryOffset]));
  return spans;
}

/** Whether {@link rewriteZip} can copy this package's entries (else inflate everything and zip anew). */
export function canRewrite(bytes: Uint8Array): boolean {
  return directoryOf(bytes) !== undefined;
}

/** Entry names of a package this writer can handle (see {@link canRewrite}). */
export function entryNames(bytes: Uint8Array): string[] {
  return directoryOf(bytes)?.entries.map((e) => e.name) ?? [];
}

/**
 * The package with `files` as its parts: names for which `unchanged` holds are copied from
 * `original`, the others deflated at `level`; parts missing from `files` are dropped. Original
 * entries keep their order, new ones follow.
 * @throws Error when `original` cannot be rewritten (check {@link canRewrite} first).
 */
export function rewriteZip(original: Uint8Array, files: Record<string, Uint8Array>, unchanged: (name: string) => boolean, level: 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 = 6): Uint8Array {
  const source = directoryOf(original);
  if (!source) throw new Error("ARDesk writer: this package cannot be rewritten in place");
  const changed: Record<string, Uint8Array> = {};
  for (const [name, data] of Object.entries(files)) if (!unchanged(name)) changed[name] = data;
  const freshBytes = zipSync(changed, { level });
  const fresh = directoryOf(freshBytes)!;
  const freshByName = new Map(fresh.entries.map((e) => [e.name, e]));
  const sourceSpans = spansOf(source);
  const freshSpans = spansOf(fresh);

  const order = [...source.entries.map((e) => e.name).filter((n) => n in files), ...fresh.entries.map((e) => e.name).filter((n) => !source.entries.some((e) => e.name === n))];
  const sourceByName = new Map(source.entries.map((e) => [e.name, e]));
  const pieces: Uint8Array[] = [];
  const records: Uint8Array[] = [];
  let offset = 0;
  for (const name of order) {
    const fromFresh = freshByName.get(name);
    const [bytes, entry, span] = fromFresh ? [freshBytes, fromFresh, freshSpans.get(name)!] : [original, sourceByName.get(name)!, sourceSpans.get(name)!];
    pieces.push(bytes.subarray(span[0], span[1]));
    const record = entry.record.slice();
    put32(record, 42, offset);
    records.push(record);
    offset += span[1] - span[0];
  }
  const directorySize = records.reduce((n, r) => n + r.length, 0);
  if (order.length >= 0xffff || offset + directorySize >= 0xffffffff) throw new Error("ARDesk writer: the workbook is too large to rewrite (over 4 GB or 65,535 parts)");
  const end = new Uint8Array(22);
  put32(end, 0, EOCD);
  end[8] = end[10] = order.length & 0xff;
  end[9] = end[11] = (order.length >>> 8) & 0xff;
  put32(end, 12, directorySize);
  put32(end, 16, offset);
  const out = new Uint8Array(offset + directorySize + 22);
  let at = 0;
  for (const piece of [...pieces, ...records, end]) {
    out.set(piece, at);
    at += piece.length;
  }
  return out;
}
