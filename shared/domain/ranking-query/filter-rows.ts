import type { RankingRow } from '../views/ranking';
import type { RankingStatus, RowFilter } from './types';
import { STATUSES } from './types';

/** Ignores case and surrounding blanks, which people type by accident. */
function needleOf(search: string): string {
  return search.trim().toLocaleLowerCase();
}

function matchesExceptStatus(row: RankingRow, f: RowFilter, needle: string): boolean {
  if (f.townships.length > 0 && !f.townships.includes(row.townshipId)) return false;
  if (f.levels.length > 0 && (row.level === null || !f.levels.includes(row.level))) return false;
  if (f.stars.length > 0 && !f.stars.every((s) => row.stars.includes(s))) return false;
  if (needle !== '' && !row.branchName.toLocaleLowerCase().includes(needle)) return false;
  return true;
}

/** The rows the filters keep, in the order given (the engine's ranking unless sorted). */
export function filterRows(rows: readonly RankingRow[], f: RowFilter): RankingRow[] {
  const needle = needleOf(f.search);
  return rows.filter(
    (row) =>
      (f.status === undefined || row.status === f.status) && matchesExceptStatus(row, f, needle),
  );
}

/**
 * How many rows each status would show with the other filters applied, so the status switch
 * can say what choosing it will give.
 */
export function countByStatus(
  rows: readonly RankingRow[],
  f: RowFilter,
): Record<RankingStatus, number> {
  const counts = Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<RankingStatus, number>;
  const needle = needleOf(f.search);
  for (const row of rows) if (matchesExceptStatus(row, f, needle)) counts[row.status] += 1;
  return counts;
}
