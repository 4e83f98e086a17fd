import * as fs from "fs";
import * as path from "path";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const icons = require("../../assets/make-icons.js") as {
  SIZES: number[];
  drawIcon(size: number): Buffer;
  encodePng(size: number, pixels: Buffer): Buffer;
};

describe("assets/make-icons.js", () => {
  it.each([16, 32, 64, 80, 128])("committed icon-%i.png is what the script draws", (size) => {
    const committed = fs.readFileSync(path.resolve(__dirname, `../../assets/icon-${size}.png`));
    expect(committed.equals(icons.encodePng(size, icons.drawIcon(size)))).toBe(true);
    expect(committed.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    expect([committed.readUInt32BE(16), committed.readUInt32BE(20)]).toEqual([size, size]);
  });
});
