#!/usr/bin/env node
/**
 * Writes the add-in icons assets/icon-{16,32,64,80,128}.png: a rounded green square with a
 * white "AR" glyph. Only node's zlib: a PNG is a signature plus CRC-checked chunks, and the
 * pixels are deflated scanlines. Deterministic (no timestamps), so the PNGs are committed and
 * `node assets/make-icons.js` only needs re-running when the design changes.
 */
"use strict";
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

const SIZES = [16, 32, 64, 80, 128];
const BACKGROUND = [0x10, 0x7c, 0x41]; // Excel green
const FOREGROUND = [0xff, 0xff, 0xff];

// 5×7 bitmap glyphs, one string per row.
const GLYPHS = {
  A: ["01110", "10001", "10001", "11111", "10001", "10001", "10001"],
  R: ["11110", "10001", "10001", "11110", "10100", "10010", "10001"],
};
const TEXT = "AR";

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function crc32(buffer) {
  let c = 0xffffffff;
  for (const byte of buffer) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typeAndData = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typeAndData));
  return Buffer.concat([length, typeAndData, crc]);
}

/** RGBA pixels of one icon, row by row. */
function drawIcon(size) {
  const pixels = Buffer.alloc(size * size * 4);
  const radius = Math.max(2, Math.round(size * 0.18));
  const scale = Math.max(1, Math.floor((size * 0.7) / 11));
  const glyphWidth = (TEXT.length * 6 - 1) * scale;
  const glyphHeight = 7 * scale;
  const left = Math.floor((size - glyphWidth) / 2);
  const top = Math.floor((size - glyphHeight) / 2);

  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const offset = (y * size + x) * 4;
      if (!insideRoundedSquare(x, y, size, radius)) continue; // transparent corner
      const ink = isGlyphPixel(x - left, y - top, scale);
      const [r, g, b] = ink ? FOREGROUND : BACKGROUND;
      pixels[offset] = r;
      pixels[offset + 1] = g;
      pixels[offset + 2] = b;
      pixels[offset + 3] = 0xff;
    }
  }
  return pixels;
}

function insideRoundedSquare(x, y, size, radius) {
  const cx = Math.min(Math.max(x + 0.5, radius), size - radius);
  const cy = Math.min(Math.max(y + 0.5, radius), size - radius);
  return (x + 0.5 - cx) ** 2 + (y + 0.5 - cy) ** 2 <= radius ** 2;
}

function isGlyphPixel(gx, gy, scale) {
  if (gx < 0 || gy < 0) return false;
  const column = Math.floor(gx / scale);
  const row = Math.floor(gy / scale);
  if (row >= 7) return false;
  const letter = Math.floor(column / 6);
  const within = column % 6;
  if (letter >= TEXT.length || within === 5) return false;
  return GLYPHS[TEXT[letter]][row][within] === "1";
}

/** Encodes RGBA pixels as a PNG (colour type 6, 8 bits, no interlace, filter 0 per row). */
function encodePng(size, pixels) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  const stride = size * 4;
  const raw = Buffer.alloc((stride + 1) * size);
  for (let y = 0; y < size; y++) {
    raw[y * (stride + 1)] = 0; // filter: none
    pixels.copy(raw, y * (stride + 1) + 1, y * stride, (y + 1) * stride);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", zlib.deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

function main() {
  for (const size of SIZES) {
    const file = path.join(__dirname, `icon-${size}.png`);
    fs.writeFileSync(file, encodePng(size, drawIcon(size)));
    console.log(`wrote ${path.relative(process.cwd(), file)}`);
  }
}

if (require.main === module) main();
module.exports = { encodePng, drawIcon, SIZES };
