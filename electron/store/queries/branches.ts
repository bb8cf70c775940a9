import type { BranchType, UnitKind } from '../../../shared/domain/org';
import type { Store } from '../open';

export interface CampaignBranchRow {
  township_id: string;
  township_name: string;
  township_kind: UnitKind;
  branch_id: string;
  branch_name: string;
  branch_type: BranchType;
  sheets_started: number;
  sheets_submitted: number;
  archived_at: string | null;
}

/** The campaign's branches with their township and how many sheets each has, in tree order. */
export function listCampaignBranches(db: Store, campaignId: string): CampaignBranchRow[] {
  return db
    .prepare(
      `SELECT t.id AS township_id, t.name AS township_name, t.kind AS township_kind,
              b.id AS branch_id, b.name AS branch_name, b.branch_type, b.archived_at,
              (SELECT count(*) FROM score_sheets s JOIN rounds r ON r.id = s.round_id
                WHERE s.branch_id = b.id AND r.campaign_id = cb.campaign_id) AS sheets_started,
              (SELECT count(*) FROM score_sheets s JOIN rounds r ON r.id = s.round_id
                WHERE s.branch_id = b.id AND r.campaign_id = cb.campaign_id
                  AND s.status = 'submitted') AS sheets_submitted
         FROM campaign_branches cb
         JOIN org_units b ON b.id = cb.branch_id
         JOIN org_units t ON t.id = b.parent_id
        WHERE cb.campaign_id = ?
        ORDER BY t.sort_order, t.name, b.sort_order, b.name`,
    )
    .all(campaignId) as CampaignBranchRow[];
}

export function countCampaignEvaluators(db: Store, campaignId: string): number {
  return (
    db
      .prepare('SELECT count(*) AS n FROM campaign_evaluators WHERE campaign_id = ?')
      .get(campaignId) as { n: number }
  ).n;
}
