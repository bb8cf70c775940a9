import { AppError } from '../../../shared/errors';
import type { ServiceContext } from '../context';

export interface GridScope {
  campaignId: string;
  roundId: string;
  roundName: string;
  rubricVersionId: string;
  evaluatorId: string | null;
}

export interface ScopeBranch {
  branchId: string;
  branchName: string;
  townshipId: string;
  townshipName: string;
}

/** The round and evaluator the grid is for; both must belong to the same campaign. */
export function requireScope(
  ctx: ServiceContext,
  roundId: string,
  evaluatorId: string | null,
): GridScope {
  const round = ctx.db
    .prepare(
      `SELECT r.id, r.name, r.campaign_id, c.rubric_version_id
         FROM rounds r JOIN campaigns c ON c.id = r.campaign_id WHERE r.id = ?`,
    )
    .get(roundId) as
    { id: string; name: string; campaign_id: string; rubric_version_id: string } | undefined;
  if (!round) throw new AppError('NOT_FOUND', 'Round does not exist', { entity: 'round' });
  if (evaluatorId !== null) {
    const member = ctx.db
      .prepare('SELECT 1 FROM campaign_evaluators WHERE campaign_id = ? AND evaluator_id = ?')
      .get(round.campaign_id, evaluatorId);
    if (!member)
      throw new AppError('NOT_FOUND', 'Evaluator not in this campaign', { entity: 'evaluator' });
  }
  return {
    campaignId: round.campaign_id,
    roundId: round.id,
    roundName: round.name,
    rubricVersionId: round.rubric_version_id,
    evaluatorId,
  };
}

/**
 * The rows of the grid: an evaluator scores the branches assigned to them in this round; the
 * self-assessment covers every branch of the campaign.
 */
export function scopeBranches(
  ctx: ServiceContext,
  scope: GridScope,
  townshipId?: string,
): ScopeBranch[] {
  const source =
    scope.evaluatorId === null
      ? 'SELECT branch_id FROM campaign_branches WHERE campaign_id = @campaign'
      : 'SELECT branch_id FROM assignments WHERE round_id = @round AND evaluator_id = @evaluator';
  return ctx.db
    .prepare(
      `SELECT b.id AS branchId, b.name AS branchName, t.id AS townshipId, t.name AS townshipName
         FROM (${source}) s
         JOIN org_units b ON b.id = s.branch_id
         JOIN org_units t ON t.id = b.parent_id
        WHERE (@township IS NULL OR t.id = @township)
        ORDER BY t.sort_order, t.name, b.sort_order, b.name`,
    )
    .all({
      campaign: scope.campaignId,
      round: scope.roundId,
      evaluator: scope.evaluatorId,
      township: townshipId ?? null,
    }) as ScopeBranch[];
}
