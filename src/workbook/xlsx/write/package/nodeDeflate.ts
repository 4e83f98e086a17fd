/**
 * Node's zlib as the package writer's compressor (Node only; the writer itself stays
 * host-neutral and falls back to fflate's JavaScript deflate). zlib's native deflate is several
 * times faster than fflate's, which was the largest single cost of `ar-desk statements`.
 */
import * as zlib from "node:zlib";
import type { PartDeflate } from "./writePackage";

/**
 * Raw DEFLATE at `level`: each piece compressed on its own and ended with a sync flush (a
 * non-final, byte-aligned block), so pieces concatenate into one valid stream; `end` is the
 * final empty block that closes it.
 */
export function nodeDeflate(level = 1): PartDeflate {
  const options = { level, finishFlush: zlib.constants.Z_SYNC_FLUSH };
  return {
    piece: (data) => zlib.deflateRawSync(data, options),
    end: new Uint8Array(zlib.deflateRawSync(Buffer.alloc(0), { level })),
    crc32: (data, previous) => zlib.crc32(data, previous),
  };
}
