import type { RankingRow } from '../views/ranking';
import type { RankingSort, SortKey } from './types';

type Value = number | string | null;

function valueOf(row: RankingRow, key: SortKey): Value {
  switch (key) {
    case 'rank':
      return row.rank;
    case 'branch':
      return row.branchName;
    case 'township':
      return row.townshipName;
    case 'total':
      return row.total;
    case 'level':
      return row.level;
    case 'previous':
      return row.previousLevel;
    default:
      return row.scores[Number(key.slice('dim:'.length))] ?? null;
  }
}

const collator = new Intl.Collator(['zh-CN', 'en'], { numeric: true });

/**
 * Sorted copy; rows without a value go last in both directions, because "no score" is not a
 * low score. Equal values keep the engine's order (Array.prototype.sort is stable).
 */
export function sortRows(rows: readonly RankingRow[], sort: RankingSort | undefined): RankingRow[] {
  if (!sort) return [...rows];
  const sign = sort.dir === 'asc' ? 1 : -1;
  return [...rows].sort((a, b) => {
    const x = valueOf(a, sort.key);
    const y = valueOf(b, sort.key);
    if (x === null || y === null) return x === y ? 0 : x === null ? 1 : -1;
    const order =
      typeof x === 'string' || typeof y === 'string'
        ? collator.compare(String(x), String(y))
        : x - y;
    return order * sign;
  });
}
