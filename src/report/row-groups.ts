import type { CheckRow } from '../dns/check/types.js';

/** Rows that share what the resolvers said: the rows of one name and type (five MX at @). */
export interface RowGroup {
  /** The first row: its name, type, answers, TTL, DNSSEC and disagreement hold for the whole group. */
  lead: CheckRow;
  /** The rows with their number in the whole report (1-based), in report order. */
  rows: { row: CheckRow; number: number }[];
}

/**
 * Consecutive rows with the same name, type and answers, as check() returns them (each name and
 * type together). Everything a group says once is part of the key, so no row's answer is lost
 * even if two rows of one name and type were ever judged on different answers.
 */
export function groupRows(results: readonly CheckRow[]): RowGroup[] {
  const groups: { key: string; group: RowGroup }[] = [];
  results.forEach((row, index) => {
    const key = JSON.stringify([row.name, row.type, row.byResolver, row.errorTexts, row.ttl, row.resolversDisagree, row.authenticated]);
    const last = groups.at(-1);
    if (last?.key === key) last.group.rows.push({ row, number: index + 1 });
    else groups.push({ key, group: { lead: row, rows: [{ row, number: index + 1 }] } });
  });
  return groups.map((g) => g.group);
}
