import type { RankingView } from '../../../../shared/domain/views';

/**
 * The levels a committee may give, highest first: those the rubric names, the stars of a
 * per-star rubric, and any level the ranking reached, down to 0.
 */
export function levelChoices(ranking: RankingView): number[] {
  let max = ranking.scheme === 'per-star' ? ranking.dimensions.length : 0;
  for (const l of ranking.levels) max = Math.max(max, l.level);
  for (const r of ranking.rows) max = Math.max(max, r.levelBeforeQuota ?? 0, r.level ?? 0);
  return Array.from({ length: max + 1 }, (_, i) => max - i);
}
