import type { Store } from '../../store/open';

/** The highest points stored per item under a campaign: what a new rubric version must hold. */
export function scoredItemMaxima(
  db: Store,
  campaignId: string,
): { item_code: string; top: number }[] {
  return db
    .prepare(
      `SELECT sc.item_code, max(sc.points) AS top FROM rounds r JOIN score_sheets s ON s.round_id = r.id
         JOIN scores sc ON sc.sheet_id = s.id WHERE r.campaign_id = ? GROUP BY sc.item_code`,
    )
    .all(campaignId) as { item_code: string; top: number }[];
}
