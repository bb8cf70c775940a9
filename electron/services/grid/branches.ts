import { sheetFitsRound } from '../../../shared/domain/org';
import { AppError } from '../../../shared/errors';
import { isCampaignEvaluator } from '../../store/queries/evaluators';
import type { ServiceContext } from '../context';
import { requireSheetFitsRound } from '../rounds';
import type { ScopeBranch } from './queries';
import { findRoundScope, listScopeBranches } from './queries';

export interface GridScope {
  campaignId: string;
  roundId: string;
  roundName: string;
  rubricVersionId: string;
  evaluatorId: string | null;
}

export type { ScopeBranch } from './queries';

/**
 * The round and evaluator the grid is for; both must belong to the same campaign, and the
 * self-assessment only in a self round, an evaluator only in the other rounds.
 */
export function requireScope(
  ctx: ServiceContext,
  roundId: string,
  evaluatorId: string | null,
): GridScope {
  const round = findRoundScope(ctx.db, roundId);
  if (!round) throw new AppError('NOT_FOUND', 'Round does not exist', { entity: 'round' });
  if (!sheetFitsRound(round.kind, evaluatorId))
    requireSheetFitsRound(ctx, { roundId, evaluatorId });
  if (evaluatorId !== null) {
    if (!isCampaignEvaluator(ctx.db, round.campaign_id, evaluatorId))
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
  return listScopeBranches(ctx.db, scope, townshipId ?? null);
}
