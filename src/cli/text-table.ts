/** Width as a terminal shows it, near enough: one column per code point (accents, not emoji). */
function width(text: string): number {
  return [...text].length;
}

/**
 * Rows of cells aligned in columns two spaces apart. The last column is not padded, so a
 * long TXT value only makes its own line long.
 */
export function formatColumns(rows: readonly (readonly string[])[]): string[] {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, width(cell))));
  return rows.map((row) =>
    row
      .map((cell, i) => (i === row.length - 1 ? cell : cell + ' '.repeat((widths[i] ?? 0) - width(cell))))
      .join('  ')
      .trimEnd(),
  );
}
