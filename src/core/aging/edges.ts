/**
 * Aging buckets: edges (30, 60, 90 by default), their labels, and which bucket a number of
 * days falls in. DESIGN §3: due-date basis `Current` (≤ 0 days), `1-30` … `90+`; invoice-date
 * basis `0-30` … `90+`.
 */

/** Days-overdue edges of the default buckets Current, 1-30, 31-60, 61-90, 90+. */
export const DEFAULT_AGING_EDGES: readonly number[] = Object.freeze([30, 60, 90]);

/** `due`: days past the due date (default). `invoice`: days since the invoice date. */
export type AgingBasis = "due" | "invoice";

export interface AgingOptions {
  /** Ascending whole days > 0; default {@link DEFAULT_AGING_EDGES}. */
  readonly edges?: readonly number[];
  /** Default `due`. */
  readonly basis?: AgingBasis;
}

export const AGING_ERRORS = {
  empty: "aging: give at least one edge",
  notPositiveInteger: "aging: edges must be whole days greater than 0",
  notAscending: "aging: edges must be in ascending order without repeats",
} as const;

/**
 * Checks aging edges.
 *
 * @throws RangeError with an {@link AGING_ERRORS} message when edges are empty, not whole days
 *   > 0, or not strictly ascending.
 */
export function validateEdges(edges: readonly number[]): void {
  if (edges.length === 0) throw new RangeError(AGING_ERRORS.empty);
  for (let i = 0; i < edges.length; i++) {
    if (!Number.isSafeInteger(edges[i]) || edges[i] <= 0) throw new RangeError(AGING_ERRORS.notPositiveInteger);
    if (i > 0 && edges[i] <= edges[i - 1]) throw new RangeError(AGING_ERRORS.notAscending);
  }
}

/**
 * Bucket labels for edges and basis.
 *
 * @example
 * agingLabels([30, 60, 90], "due") //=> ["Current", "1-30", "31-60", "61-90", "90+"]
 * agingLabels([30, 60, 90], "invoice") //=> ["0-30", "31-60", "61-90", "90+"]
 * agingLabels([15, 30]) //=> ["Current", "1-15", "16-30", "30+"]
 */
export function agingLabels(edges: readonly number[] = DEFAULT_AGING_EDGES, basis: AgingBasis = "due"): string[] {
  validateEdges(edges);
  const labels = basis === "due" ? ["Current", `1-${edges[0]}`] : [`0-${edges[0]}`];
  for (let i = 1; i < edges.length; i++) labels.push(`${edges[i - 1] + 1}-${edges[i]}`);
  labels.push(`${edges[edges.length - 1]}+`);
  return labels;
}

/**
 * Index into {@link agingLabels} of a number of days.
 *
 * Due basis: ≤ 0 is Current (due today is not overdue), 1..edge₀ is the first bucket, above the
 * last edge the last bucket. Invoice basis: ≤ edge₀ (also negative) is the first bucket.
 *
 * @example
 * agingBucket(0, [30, 60, 90], "due") //=> 0 (Current)
 * agingBucket(30, [30, 60, 90], "due") //=> 1 (1-30)
 * agingBucket(91, [30, 60, 90], "due") //=> 4 (90+)
 */
export function agingBucket(days: number, edges: readonly number[] = DEFAULT_AGING_EDGES, basis: AgingBasis = "due"): number {
  const offset = basis === "due" ? 1 : 0;
  if (basis === "due" && days <= 0) return 0;
  for (let i = 0; i < edges.length; i++) {
    if (days <= edges[i]) return i + offset;
  }
  return edges.length + offset;
}
