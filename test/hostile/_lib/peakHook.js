/**
 * Loaded with `node -r` into an `ar-desk` child: on exit, writes the process's peak resident
 * memory (in kilobytes) to $AR_PEAK_FILE, so a test can bound the memory a hostile file costs as
 * the operating system counts it.
 *
 * On Linux it is VmHWM from /proc/self/status: the high-water mark of this program's own memory.
 * Not getrusage's maxRSS: Linux carries that across fork and exec, so a child spawned by a jest
 * worker holding 430 MB reported 430 MB whatever it did itself.
 */
"use strict";
const file = process.env.AR_PEAK_FILE;
if (file) {
  process.on("exit", () => {
    const fs = require("fs");
    let kb = process.resourceUsage().maxRSS;
    try {
      const match = /^VmHWM:\s*(\d+)\s*kB/m.exec(fs.readFileSync("/proc/self/status", "utf8"));
      if (match) kb = Number(match[1]);
    } catch {
      // not Linux: maxRSS it is
    }
    fs.writeFileSync(file, String(kb));
  });
}
