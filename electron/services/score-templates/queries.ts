import type { RoundKind } from '../../../shared/domain/org';
import type { Store } from '../../store/open';

export interface TemplateBranchRow {
  id: string;
  name: string;
  township_id: string;
  township_name: string;
}

/**
 * The branches a workbook covers: those assigned to the evaluator in the round, or for the
 * self-assessment every branch of the campaign; optionally only one township's; tree order.
 */
export function listTemplateBranches(
  db: Store,
  scope: {
    campaignId: string;
    roundId: string;
    evaluatorId: string | null;
    townshipId: string | null;
  },
): TemplateBranchRow[] {
  const assigned = scope.evaluatorId
    ? 'AND cb.branch_id IN (SELECT branch_id FROM assignments WHERE round_id = @roundId AND evaluator_id = @evaluatorId)'
    : '';
  return db
    .prepare(
      `SELECT b.id, b.name, t.id AS township_id, t.name AS township_name
         FROM campaign_branches cb
         JOIN org_units b ON b.id = cb.branch_id
         JOIN org_units t ON t.id = b.parent_id
        WHERE cb.campaign_id = @campaignId ${assigned}
          AND (@townshipId IS NULL OR t.id = @townshipId)
        ORDER BY t.sort_order, t.name, b.sort_order, b.name`,
    )
    .all(scope) as TemplateBranchRow[];
}

export function findRound(
  db: Store,
  roundId: string,
): { id: string; name: string; kind: RoundKind; campaign_id: string } | undefined {
  return db.prepare('SELECT id, name, kind, campaign_id FROM rounds WHERE id = ?').get(roundId) as
    { id: string; name: string; kind: RoundKind; campaign_id: string } | undefined;
}

/** The name of an evaluator of the campaign (undefined when not one of its evaluators). */
export function campaignEvaluatorName(
  db: Store,
  evaluatorId: string,
  campaignId: string,
): string | undefined {
  const row = db
    .prepare(
      `SELECT e.name FROM evaluators e JOIN campaign_evaluators ce ON ce.evaluator_id = e.id
        WHERE e.id = ? AND ce.campaign_id = ?`,
    )
    .get(evaluatorId, campaignId) as { name: string } | undefined;
  return row?.name;
}

/** A branch of the campaign with its township's name. */
export function campaignBranchNames(
  db: Store,
): (campaignId: string, branchId: string) => { name: string; township: string } | undefined {
  const query = db.prepare(
    `SELECT b.name, t.name AS township FROM campaign_branches cb
       JOIN org_units b ON b.id = cb.branch_id JOIN org_units t ON t.id = b.parent_id
      WHERE cb.campaign_id = ? AND cb.branch_id = ?`,
  );
  return (campaignId, branchId) =>
    query.get(campaignId, branchId) as { name: string; township: string } | undefined;
}
