/**
 * Loaded with `node -r` into an `ar-desk` child to kill it with SIGKILL at the worst moment of
 * writing an output, chosen by $AR_KILL_AT:
 *   mid-write      after half the bytes of a temporary output file are written (of the first
 *                  chunk, for an output written in chunks)
 *   before-rename  when the complete temporary file is about to be renamed into place
 * (A file-size limit cannot do it: node ignores SIGXFSZ, so the write just fails with EFBIG.)
 */
"use strict";
const fsp = require("fs").promises;
const at = process.env.AR_KILL_AT;
const die = () => process.kill(process.pid, "SIGKILL");

if (at === "mid-write") {
  const open = fsp.open;
  fsp.open = async function (file, ...rest) {
    const handle = await open.call(this, file, ...rest);
    if (String(file).includes("ar-desk-tmp")) {
      const write = handle.write.bind(handle);
      const halfThenDie = async (data) => {
        const bytes = Buffer.from(data);
        await write(bytes.subarray(0, bytes.length >> 1));
        die();
        await new Promise(() => {});
      };
      // whole outputs (writeFile) and streamed ones (ar-desk statements: write per chunk, killed in the first)
      handle.writeFile = halfThenDie;
      handle.write = halfThenDie;
    }
    return handle;
  };
} else if (at === "before-rename") {
  const rename = fsp.rename;
  fsp.rename = async function (from, to) {
    if (String(from).includes("ar-desk-tmp")) {
      die();
      await new Promise(() => {});
    }
    return rename.call(this, from, to);
  };
}
