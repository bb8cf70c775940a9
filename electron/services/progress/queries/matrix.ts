import type { CellStatus } from '../../../../shared/domain/views/progress';
import type { Store } from '../../../store/open';
import type { CellParams } from './cells';
import { CELLS_CTE } from './cells';

export interface CellRow {
  branch_id: string;
  evaluator_id: string | null;
  sheet_id: string | null;
  assigned: number;
  entered: number;
  status: Exclude<CellStatus, 'unassigned'>;
}

export interface MatrixBranchRow {
  id: string;
  name: string;
  township_id: string;
  township_name: string;
}

export interface TownshipCountRow {
  township_id: string;
  name: string;
  expected: number;
  not_started: number;
  in_progress: number;
  submitted: number;
  branches: number;
  branches_done: number;
  branches_unassigned: number;
}

/** Evaluators with work in the round: assigned, or a sheet opened. */
export function listWorkingEvaluators(db: Store, roundId: string): { id: string; name: string }[] {
  return db
    .prepare(
      `SELECT e.id, e.name FROM evaluators e WHERE e.id IN (
         SELECT evaluator_id FROM assignments WHERE round_id = :round
         UNION SELECT evaluator_id FROM score_sheets WHERE round_id = :round)
        ORDER BY e.name, e.id`,
    )
    .all({ round: roundId }) as { id: string; name: string }[];
}

export function listCampaignEvaluatorNames(
  db: Store,
  campaignId: string,
): { id: string; name: string }[] {
  return db
    .prepare(
      `SELECT e.id, e.name FROM evaluators e
         JOIN campaign_evaluators ce ON ce.evaluator_id = e.id AND ce.campaign_id = ?
        ORDER BY e.name, e.id`,
    )
    .all(campaignId) as { id: string; name: string }[];
}

/** Whether any self-assessment was filed in the round. */
export function hasSelfSheets(db: Store, roundId: string): boolean {
  return (
    db
      .prepare('SELECT 1 FROM score_sheets WHERE round_id = ? AND evaluator_id IS NULL LIMIT 1')
      .get(roundId) !== undefined
  );
}

/** The campaign's branches (of one township, or all) in tree order. */
export function listMatrixBranches(
  db: Store,
  campaignId: string,
  townshipId: string | null,
): MatrixBranchRow[] {
  return db
    .prepare(
      `SELECT b.id, b.name, t.id AS township_id, t.name AS township_name
         FROM campaign_branches cb
         JOIN org_units b ON b.id = cb.branch_id
         JOIN org_units t ON t.id = b.parent_id
        WHERE cb.campaign_id = :campaign AND (:township IS NULL OR t.id = :township)
        ORDER BY t.sort_order, t.name, b.sort_order, b.name`,
    )
    .all({ campaign: campaignId, township: townshipId }) as MatrixBranchRow[];
}

export function listCells(db: Store, params: CellParams): CellRow[] {
  return db.prepare(`WITH ${CELLS_CTE} SELECT c.* FROM cells c`).all(params) as CellRow[];
}

/** Townships that have branches in the campaign, in the county's order. */
export function listCampaignTownships(
  db: Store,
  campaignId: string,
): { id: string; name: string }[] {
  return db
    .prepare(
      `SELECT DISTINCT t.id, t.name, t.sort_order FROM campaign_branches cb
         JOIN org_units b ON b.id = cb.branch_id JOIN org_units t ON t.id = b.parent_id
        WHERE cb.campaign_id = ? ORDER BY t.sort_order, t.name`,
    )
    .all(campaignId) as { id: string; name: string }[];
}

/**
 * The required items each draft sheet still lacks, in rubric order, found by SQLite: the
 * sheets × required items that have no score row.
 */
export function listMissingItems(
  db: Store,
  sheetIds: string[],
  required: string[],
): { sheet_id: string; code: string }[] {
  return db
    .prepare(
      `SELECT s.value AS sheet_id, r.value AS code
         FROM json_each(:sheets) s, json_each(:required) r
        WHERE NOT EXISTS (SELECT 1 FROM scores sc WHERE sc.sheet_id = s.value AND sc.item_code = r.value)
        ORDER BY s.key, r.key`,
    )
    .all({ sheets: JSON.stringify(sheetIds), required: JSON.stringify(required) }) as {
    sheet_id: string;
    code: string;
  }[];
}

/** Counted per branch first, so "branch done" means every expected sheet of it is submitted. */
const TOWNSHIP_SQL = `
  WITH ${CELLS_CTE},
  per_branch AS (
    SELECT branch_id, count(*) AS expected,
           sum(status = 'not-started') AS not_started,
           sum(status = 'in-progress') AS in_progress,
           sum(status = 'submitted') AS submitted
      FROM cells GROUP BY branch_id
  )
  SELECT t.id AS township_id, t.name, coalesce(sum(pb.expected), 0) AS expected,
         coalesce(sum(pb.not_started), 0) AS not_started,
         coalesce(sum(pb.in_progress), 0) AS in_progress,
         coalesce(sum(pb.submitted), 0) AS submitted, count(*) AS branches,
         coalesce(sum(pb.expected > 0 AND pb.submitted = pb.expected), 0) AS branches_done,
         sum(pb.branch_id IS NULL) AS branches_unassigned
    FROM campaign_branches cb
    JOIN org_units b ON b.id = cb.branch_id
    JOIN org_units t ON t.id = b.parent_id
    LEFT JOIN per_branch pb ON pb.branch_id = cb.branch_id
   WHERE cb.campaign_id = :campaign
   GROUP BY t.id
   ORDER BY t.sort_order, t.name, t.id`;

export function listTownshipCounts(db: Store, params: CellParams): TownshipCountRow[] {
  return db.prepare(TOWNSHIP_SQL).all(params) as TownshipCountRow[];
}
