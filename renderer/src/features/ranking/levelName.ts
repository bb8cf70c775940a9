import type { RankingRow, RankingView } from '../../../../shared/domain/views';

// The level's name itself is `levelName` in shared/domain/level-name.ts.

/** A whole ranking, or its description with the levels its branches hold. */
export type LevelSource = Pick<RankingView, 'levels' | 'scheme' | 'dimensions'> &
  ({ rows: readonly RankingRow[] } | { levelsHeld: readonly number[] });

/** Every level a plan or chart should offer, highest first. */
export function knownLevels(view: LevelSource): number[] {
  const levels = new Set<number>(view.levels.map((l) => l.level));
  if (view.scheme === 'per-star') {
    for (let n = 1; n <= view.dimensions.length; n += 1) levels.add(n);
  }
  if (view.scheme === 'selection') levels.add(1);
  if ('levelsHeld' in view) for (const level of view.levelsHeld) levels.add(level);
  else for (const row of view.rows) if (row.level !== null && row.level > 0) levels.add(row.level);
  return [...levels].sort((a, b) => b - a);
}
