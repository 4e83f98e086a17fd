/**
 * The values the engine is working on, held from a heap root while it works.
 *
 * Why: V8 marks the old generation concurrently, on another core, from the heap's roots, but it
 * reads the JavaScript stack only in the final, stop-the-world pause. A ledger's input (a million
 * row arrays, ~300 MB of small objects) that only the callers' local variables reach is therefore
 * marked inside that pause: 180–300 ms, once or twice per run at 1M rows (`--trace-gc` shows
 * "walltime since start of marking" equal to the pause). Held here, the concurrent marker finds it
 * and the pause is ~10–30 ms. Nothing here changes a result; the value is let go when the work
 * returns or throws.
 */
const held: unknown[] = [];

/**
 * Runs `work` with `value` held from the heap (see above), and returns what it returns.
 * @example
 * const ledger = whileWorkingOn(raw, () => readEveryTable(raw));
 */
export function whileWorkingOn<T>(value: object, work: () => T): T {
  held.push(value);
  try {
    return work();
  } finally {
    held.pop();
  }
}

/** How many values are held now: 0 whenever no engine work is running. */
export function heldCount(): number {
  return held.length;
}
