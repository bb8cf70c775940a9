import type { Store } from '../../store/open';

/** The names a signature's trusted comment gives for a round. */
export function roundNames(
  db: Store,
  roundId: string,
): { county: string; campaign: string; round: string } | undefined {
  return db
    .prepare(
      `SELECT u.name AS county, c.name AS campaign, r.name AS round
         FROM rounds r JOIN campaigns c ON c.id = r.campaign_id
         JOIN org_units u ON u.id = c.county_id
        WHERE r.id = ?`,
    )
    .get(roundId) as { county: string; campaign: string; round: string } | undefined;
}
