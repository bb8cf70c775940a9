import type { LevelName, RankingRow } from './views';

/**
 * The level after the committee: the decided one where a decision is recorded (none for 退回复核
 * and 暂缓), else the computed one (the meeting passed the rest by consent as ranked).
 */
export function levelAfterReview(row: RankingRow): number | null {
  return row.decided ? row.decided.decidedLevel : row.level;
}

/**
 * A proposed rating is a level above none (无星 / below the lowest band is no rating), unless
 * the rubric names level 0 itself. Unrated, incomplete and vetoed branches are not published
 * (the 公示名单 sheet and the notice itself, 公示).
 */
export function hasProposedRating(row: RankingRow, levels: readonly LevelName[]): boolean {
  const level = levelAfterReview(row);
  // A committee may rate a vetoed or incomplete branch by adjustment; without one they stay off.
  if (level === null || (!row.decided && row.status !== 'rated')) return false;
  return level > 0 || levels.some((l) => l.level === 0);
}
