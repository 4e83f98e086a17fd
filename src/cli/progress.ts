/**
 * A one-line progress bar on stderr, drawn only when stderr is a terminal so pipes and CI logs
 * stay clean. Redraws at most every 100 ms: a million-row job must not spend its time printing.
 */
export interface Progress {
  update(done: number, total: number, label?: string): void;
  done(): void;
}

export function progressBar(stream: NodeJS.WriteStream = process.stderr): Progress {
  if (!stream.isTTY) return { update() {}, done() {} };
  let last = 0;
  let drawn = false;
  return {
    update(done, total, label = "") {
      const now = Date.now();
      if (now - last < 100 && done < total) return;
      last = now;
      const width = 28;
      const share = total > 0 ? Math.min(1, done / total) : 0;
      const filled = Math.round(share * width);
      const bar = "█".repeat(filled) + "░".repeat(width - filled);
      stream.write(`\r${bar} ${String(Math.round(share * 100)).padStart(3)}% ${label}`.slice(0, (stream.columns || 80) - 1) + "\x1b[K");
      drawn = true;
    },
    done() {
      if (drawn) stream.write("\r\x1b[K");
      drawn = false;
    },
  };
}
