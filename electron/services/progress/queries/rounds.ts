import type { RoundKind } from '../../../../shared/domain/org';
import type { Store } from '../../../store/open';

export interface RoundRef {
  id: string;
  name: string;
  kind: RoundKind;
  seq: number;
}

export function listRoundRefs(db: Store, campaignId: string): RoundRef[] {
  return db
    .prepare('SELECT id, name, kind, seq FROM rounds WHERE campaign_id = ? ORDER BY seq')
    .all(campaignId) as RoundRef[];
}

/** [round, branch, evaluator] of a campaign's sheets, the self-assessment first, then by name. */
export function iterateFirstSheets(
  db: Store,
  campaignId: string,
): IterableIterator<[string, string, string | null]> {
  return db
    .prepare(
      `SELECT s.round_id, s.branch_id, s.evaluator_id FROM score_sheets s
         JOIN rounds r ON r.id = s.round_id LEFT JOIN evaluators e ON e.id = s.evaluator_id
        WHERE r.campaign_id = ? ORDER BY s.evaluator_id IS NOT NULL, e.name, e.id`,
    )
    .raw()
    .iterate(campaignId) as IterableIterator<[string, string, string | null]>;
}

/** The campaign's branch ids in tree order. */
export function listBranchIdsInOrder(db: Store, campaignId: string): { id: string }[] {
  return db
    .prepare(
      `SELECT b.id FROM campaign_branches cb
         JOIN org_units b ON b.id = cb.branch_id JOIN org_units t ON t.id = b.parent_id
        WHERE cb.campaign_id = ? ORDER BY t.sort_order, t.name, b.sort_order, b.name`,
    )
    .all(campaignId) as { id: string }[];
}
