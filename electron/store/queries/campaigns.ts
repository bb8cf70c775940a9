import type { Store } from '../open';

export interface CampaignRow {
  id: string;
  name: string;
  year: number;
  county_id: string;
  county_name: string;
  /** The organization department printed on exports, when the county has one set. */
  county_department: string | null;
  rubric_version_id: string;
  rubric_name: string;
  deciding_round_id: string | null;
  previous_campaign_id: string | null;
  is_demo: number;
  branch_count: number;
  /** Score sheets in any round (draft or submitted): work a deletion would lose. */
  sheet_count: number;
  created_at: string;
}

const SELECT_CAMPAIGN = `
  SELECT c.id, c.name, c.year, c.county_id, u.name AS county_name, u.department AS county_department,
         c.rubric_version_id,
         rv.name AS rubric_name, c.deciding_round_id, c.previous_campaign_id, c.is_demo, c.created_at,
         (SELECT count(*) FROM campaign_branches cb WHERE cb.campaign_id = c.id) AS branch_count,
         (SELECT count(*) FROM rounds r JOIN score_sheets s ON s.round_id = r.id
           WHERE r.campaign_id = c.id) AS sheet_count
    FROM campaigns c
    JOIN org_units u ON u.id = c.county_id
    JOIN rubric_versions rv ON rv.id = c.rubric_version_id`;

export function listCampaigns(db: Store): CampaignRow[] {
  return db
    .prepare(`${SELECT_CAMPAIGN} ORDER BY c.year DESC, c.created_at DESC, c.name`)
    .all() as CampaignRow[];
}

export function getCampaign(db: Store, id: string): CampaignRow | undefined {
  return db.prepare(`${SELECT_CAMPAIGN} WHERE c.id = ?`).get(id) as CampaignRow | undefined;
}

export function countCampaigns(db: Store): number {
  return (db.prepare('SELECT count(*) AS n FROM campaigns').get() as { n: number }).n;
}

export interface NewCampaign {
  id: string;
  name: string;
  year: number;
  countyId: string;
  rubricVersionId: string;
  isDemo: boolean;
  createdAt: string;
}

export function insertCampaign(db: Store, c: NewCampaign): void {
  db.prepare(
    `INSERT INTO campaigns (id, name, year, county_id, rubric_version_id, is_demo, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    c.id,
    c.name,
    c.year,
    c.countyId,
    c.rubricVersionId,
    c.isDemo ? 1 : 0,
    c.createdAt,
    c.createdAt,
  );
}

export function setDecidingRound(db: Store, campaignId: string, roundId: string | null): void {
  db.prepare('UPDATE campaigns SET deciding_round_id = ? WHERE id = ?').run(roundId, campaignId);
}

export function addCampaignBranches(db: Store, campaignId: string, branchIds: string[]): void {
  const insert = db.prepare('INSERT INTO campaign_branches (campaign_id, branch_id) VALUES (?, ?)');
  for (const branchId of branchIds) insert.run(campaignId, branchId);
}

export function addCampaignEvaluator(db: Store, campaignId: string, evaluatorId: string): void {
  db.prepare('INSERT INTO campaign_evaluators (campaign_id, evaluator_id) VALUES (?, ?)').run(
    campaignId,
    evaluatorId,
  );
}

/** Removes the campaign; rounds, sheets, scores and memberships go with it (ON DELETE CASCADE). */
export function deleteCampaign(db: Store, id: string): number {
  return db.prepare('DELETE FROM campaigns WHERE id = ?').run(id).changes;
}

export interface CampaignCounts {
  sheets: number;
  scores: number;
}

export function countCampaignScores(db: Store, id: string): CampaignCounts {
  return db
    .prepare(
      `SELECT count(DISTINCT s.id) AS sheets, count(sc.item_code) AS scores
         FROM rounds r JOIN score_sheets s ON s.round_id = r.id
         LEFT JOIN scores sc ON sc.sheet_id = s.id
        WHERE r.campaign_id = ?`,
    )
    .get(id) as CampaignCounts;
}
