import type { ConflictOfInterest } from '../../../shared/domain/views';
import { AppError } from '../../../shared/errors';
import type { ConflictScope, RoundKind } from '../../../shared/domain/org';
import {
  assignedBranchIds,
  getRoundRule,
  listTownshipCampaignBranches,
} from '../../store/queries/assignments';
import { getEvaluator, isCampaignEvaluator } from '../../store/queries/evaluators';
import { getUnit } from '../../store/queries/units';
import { conflictOfInterest } from './conflicts';
import { roundRefusal } from './refusals';
import type { ServiceContext } from '../context';

export interface TownshipPlan {
  campaignId: string;
  townshipId: string;
  /** Every campaign branch of the township. */
  branches: { id: string; name: string }[];
  /** Those not yet assigned to the evaluator, each with its conflict of interest, if any. */
  fresh: { id: string; name: string; conflict: ConflictOfInterest | null }[];
}

export interface RoundRule {
  campaignId: string;
  name: string;
  kind: RoundKind;
  conflictScope: ConflictScope;
}

/** The round's campaign, kind and conflict rule, or NOT_FOUND. */
export function requireRoundRule(ctx: ServiceContext, roundId: string): RoundRule {
  const row = getRoundRule(ctx.db, roundId);
  if (row === undefined) {
    throw new AppError('NOT_FOUND', `Round ${roundId} does not exist`, { entity: 'round' });
  }
  return {
    campaignId: row.campaign_id,
    name: row.name,
    kind: row.kind,
    conflictScope: row.conflict_scope,
  };
}

/** The round's campaign id, or NOT_FOUND. */
export function requireRound(ctx: ServiceContext, roundId: string): string {
  return requireRoundRule(ctx, roundId).campaignId;
}

/**
 * What assigning a whole township to an evaluator would add, and which of those pairs are a
 * conflict of interest. Shared by the preview and the assignment, so both judge alike.
 */
export function planTownship(
  ctx: ServiceContext,
  input: { roundId: string; evaluatorId: string; townshipId: string },
): TownshipPlan {
  const { campaignId, kind, conflictScope } = requireRoundRule(ctx, input.roundId);
  // A self-assessment is the branch's own sheet: nobody is assigned to score it.
  if (kind === 'self') throw roundRefusal('FORBIDDEN', 'self-round-no-evaluators');
  const evaluator = getEvaluator(ctx.db, input.evaluatorId);
  if (!evaluator || !isCampaignEvaluator(ctx.db, campaignId, input.evaluatorId)) {
    throw new AppError('NOT_FOUND', 'Evaluator not in this campaign', { entity: 'evaluator' });
  }
  const township = getUnit(ctx.db, input.townshipId);
  if (!township || (township.kind !== 'township' && township.kind !== 'subdistrict')) {
    throw new AppError('NOT_FOUND', 'Township missing', { entity: 'township' });
  }
  const unit =
    evaluator.unit_id === null || evaluator.unit_kind === null
      ? null
      : { id: evaluator.unit_id, kind: evaluator.unit_kind, parentId: evaluator.unit_parent_id };
  const branches = listTownshipCampaignBranches(ctx.db, campaignId, township.id);
  const existing = assignedBranchIds(ctx.db, input.roundId, input.evaluatorId);
  const fresh = branches
    .filter((b) => !existing.has(b.id))
    .map((b) => ({
      ...b,
      conflict: conflictOfInterest(unit, { id: b.id, townshipId: township.id }, conflictScope),
    }));
  return { campaignId, townshipId: township.id, branches, fresh };
}
