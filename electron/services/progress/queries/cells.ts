/**
 * The sheets a round expects, one row per (branch, evaluator) pair, with the state of each:
 * a pair is expected when it is assigned, when its sheet was opened anyway, or (self rounds)
 * when it is a branch's self-assessment. Parameters: :round, :campaign, :self (1 in a self
 * round), :required (JSON array of required item codes), :township (null = every township). Entered items are counted by SQLite
 * through the scores primary key, so no score row ever reaches JavaScript.
 */
export const CELLS_CTE = `
  scope AS (
    SELECT cb.branch_id FROM campaign_branches cb JOIN org_units b ON b.id = cb.branch_id
     WHERE cb.campaign_id = :campaign AND (:township IS NULL OR b.parent_id = :township)
  ),
  pairs AS (
    SELECT branch_id, evaluator_id FROM assignments
     WHERE round_id = :round AND branch_id IN (SELECT branch_id FROM scope)
    UNION SELECT branch_id, evaluator_id FROM score_sheets
     WHERE round_id = :round AND branch_id IN (SELECT branch_id FROM scope)
    UNION SELECT branch_id, NULL FROM scope WHERE :self = 1
  ),
  cells AS (
    SELECT p.branch_id, p.evaluator_id, s.id AS sheet_id,
           (p.evaluator_id IS NULL AND :self = 1) OR EXISTS (
             SELECT 1 FROM assignments a WHERE a.round_id = :round AND a.branch_id = p.branch_id
                AND a.evaluator_id = p.evaluator_id) AS assigned,
           CASE WHEN s.id IS NULL THEN 0 ELSE (
             SELECT count(*) FROM scores sc WHERE sc.sheet_id = s.id
                AND sc.item_code IN (SELECT value FROM json_each(:required))) END AS entered,
           CASE
             WHEN s.id IS NULL THEN 'not-started'
             WHEN s.status = 'submitted' THEN 'submitted'
             WHEN EXISTS (SELECT 1 FROM scores sc WHERE sc.sheet_id = s.id) THEN 'in-progress'
             ELSE 'not-started'
           END AS status
      FROM pairs p
      LEFT JOIN score_sheets s
        ON s.round_id = :round AND s.branch_id = p.branch_id AND s.evaluator_id IS p.evaluator_id
  )`;

export interface CellParams {
  round: string;
  campaign: string;
  self: 0 | 1;
  required: string;
  township: string | null;
}
