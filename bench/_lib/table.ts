/** Plain-text tables for the console. */

/** Columns padded to their widest cell; `right` columns are right-aligned. */
export function textTable(rows: readonly (readonly string[])[], right: ReadonlySet<number> = new Set()): string {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, [...cell].length)));
  const line = (row: readonly string[]): string =>
    row
      .map((cell, i) => {
        const pad = " ".repeat(widths[i] - [...cell].length);
        return right.has(i) ? pad + cell : cell + pad;
      })
      .join("  ")
      .trimEnd();
  const [header, ...body] = rows;
  return [line(header), widths.map((w) => "-".repeat(w)).join("  "), ...body.map(line)].join("\n");
}
