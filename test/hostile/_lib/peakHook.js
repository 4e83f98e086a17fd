/**
 * Loaded with `node -r` into an `ar-desk` child: on exit, writes the process's peak resident
 * memory (maxRSS, in kilobytes) to $AR_PEAK_FILE, so a test can bound the memory a hostile file
 * costs as the operating system counts it.
 */
"use strict";
const file = process.env.AR_PEAK_FILE;
if (file) {
  process.on("exit", () => {
    require("fs").writeFileSync(file, String(process.resourceUsage().maxRSS));
  });
}
