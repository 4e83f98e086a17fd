/** Timing of one phase: wall clock (monotonic) and this process's CPU time, in milliseconds. */

export function nowMs(): number {
  return Number(process.hrtime.bigint()) / 1e6;
}

/** User + system CPU time of this process so far (all its threads: GC helpers count too). */
export function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

export interface Timed<T> {
  readonly value: T;
  /** Wall-clock milliseconds. */
  readonly ms: number;
  /** CPU milliseconds of this process meanwhile: less sensitive than `ms` to other load on the machine. */
  readonly cpuMs: number;
}

/** Runs `work` once and returns its value with the time it took. */
export function timed<T>(work: () => T): Timed<T> {
  const start = nowMs();
  const cpu = cpuMs();
  const value = work();
  return { value, ms: nowMs() - start, cpuMs: cpuMs() - cpu };
}

/** {@link timed} for async work. */
export async function timedAsync<T>(work: () => Promise<T>): Promise<Timed<T>> {
  const start = nowMs();
  const cpu = cpuMs();
  const value = await work();
  return { value, ms: nowMs() - start, cpuMs: cpuMs() - cpu };
}
