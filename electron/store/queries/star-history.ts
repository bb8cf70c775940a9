import type { Store } from '../open';

/**
 * The levels named (命名) for `year` to the branches taking part in a campaign, one row each:
 * the ranking's year-over-year columns read them before last year's computed levels.
 */
export function namedLevelsOfYear(
  db: Store,
  campaignId: string,
  year: number,
): { branch_id: string; level: number }[] {
  return db
    .prepare(
      `SELECT h.branch_id, h.level FROM star_history h
         JOIN campaign_branches cb ON cb.branch_id = h.branch_id
        WHERE cb.campaign_id = ? AND h.year = ?`,
    )
    .all(campaignId, year) as { branch_id: string; level: number }[];
}
