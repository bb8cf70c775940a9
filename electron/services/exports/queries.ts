import type { RoundKind } from '../../../shared/domain/org';
import type { Store } from '../../store/open';

export interface RoundInfo {
  id: string;
  name: string;
  kind: RoundKind;
  seq: number;
  /** 1 when any sheet of the round was submitted: the round really happened. */
  submitted: number;
}

export function listCampaignRounds(db: Store, campaignId: string): RoundInfo[] {
  return db
    .prepare(
      `SELECT r.id, r.name, r.kind, r.seq,
              EXISTS (SELECT 1 FROM score_sheets s
                       WHERE s.round_id = r.id AND s.status = 'submitted') AS submitted
         FROM rounds r WHERE r.campaign_id = ? ORDER BY r.seq`,
    )
    .all(campaignId) as RoundInfo[];
}

/** The county's townships and sub-districts in the county's own order. */
export function listCountyTownships(db: Store, countyId: string): { id: string; name: string }[] {
  return db
    .prepare(
      `SELECT id, name FROM org_units WHERE parent_id = ? AND kind IN ('township', 'subdistrict')
        ORDER BY sort_order, name`,
    )
    .all(countyId) as { id: string; name: string }[];
}

export function roundInCampaign(db: Store, roundId: string, campaignId: string): boolean {
  return (
    db
      .prepare('SELECT 1 AS found FROM rounds WHERE id = ? AND campaign_id = ?')
      .get(roundId, campaignId) !== undefined
  );
}

/**
 * A plain scan: reading the sheets in table order is several times faster than through the
 * round index, which visits 46,000 scattered rows of a province.
 */
export function listRoundRemarks(
  db: Store,
  roundId: string,
): { branch_id: string; remark: string }[] {
  return db
    .prepare(
      `SELECT branch_id, remark FROM score_sheets NOT INDEXED
        WHERE round_id = ? AND remark <> ''`,
    )
    .all(roundId) as { branch_id: string; remark: string }[];
}

export interface EvaluatorInfo {
  id: string;
  name: string;
  role: string;
}

export function listEvaluatorsOfCampaign(db: Store, campaignId: string): EvaluatorInfo[] {
  return db
    .prepare(
      `SELECT e.id, e.name, e.role FROM campaign_evaluators ce JOIN evaluators e ON e.id = ce.evaluator_id
        WHERE ce.campaign_id = ? ORDER BY e.name`,
    )
    .all(campaignId) as EvaluatorInfo[];
}

export interface ScoreRow {
  sheet_id: string;
  round_id: string;
  branch_id: string;
  evaluator_id: string | null;
  status: 'draft' | 'submitted';
  item_code: string;
  points: number;
  fact: number | null;
  remark: string;
}

/** Every score row of the campaign, sheet by sheet. */
export function listCampaignScores(db: Store, campaignId: string): ScoreRow[] {
  return db
    .prepare(
      `SELECT s.id AS sheet_id, s.round_id, s.branch_id, s.evaluator_id, s.status,
              sc.item_code, sc.points, sc.fact, sc.remark
         FROM rounds r JOIN score_sheets s ON s.round_id = r.id
         JOIN scores sc ON sc.sheet_id = s.id
        WHERE r.campaign_id = ? ORDER BY r.seq, s.branch_id, s.created_at`,
    )
    .all(campaignId) as ScoreRow[];
}
