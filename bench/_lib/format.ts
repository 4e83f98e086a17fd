/** Number formats of the printed tables. */

const GROUPED = new Intl.NumberFormat("en-US", { maximumFractionDigits: 0 });

/** 1000000 → "1,000,000". */
export function count(n: number): string {
  return GROUPED.format(n);
}

/** Milliseconds as "842 ms" below 10 s, else "12.4 s". */
export function duration(ms: number): string {
  if (ms < 1) return `${ms.toFixed(3)} ms`;
  if (ms < 10) return `${ms.toFixed(2)} ms`;
  if (ms < 10_000) return `${count(Math.round(ms))} ms`;
  return `${(ms / 1000).toFixed(1)} s`;
}

/** Bytes as "812 MB", or "3.4 MB" below 10 MB (MB = 2^20 bytes, as memory is usually shown). */
export function megabytes(bytes: number): string {
  const mb = bytes / 1_048_576;
  return mb < 10 ? `${mb.toFixed(1)} MB` : `${count(Math.round(mb))} MB`;
}

/** A ratio as "0.42×". */
export function ratio(value: number): string {
  return `${value.toFixed(2)}×`;
}

/** Wall and CPU time of a phase: "5,638 ms (CPU 2,010 ms)". */
export function wallAndCpu(t: { ms: number; cpuMs: number }): string {
  return `${duration(t.ms)} (CPU ${duration(t.cpuMs)})`;
}
