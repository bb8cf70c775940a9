import type { RoundKind } from '../../../shared/domain/org';
import type {
  AssignmentPreview,
  BranchEvaluatorOption,
  RoundView,
} from '../../../shared/domain/views/rounds';
import { AppError } from '../../../shared/errors';
import { setDecidingRound } from '../../store/queries/campaigns';
import { insertRound } from '../../store/queries/rounds';
import { write } from '../../store/write';
import { requireCampaign } from '../campaigns';
import type { ServiceContext } from '../context';
import { planTownship, requireRound } from './plan-township';
import type { RoundCountsRow } from './queries';
import {
  getRoundCounts,
  listBranchEvaluators,
  listRoundCounts,
  nextRoundSeq,
  renameRound as renameRoundRow,
} from './queries';

function toView(row: RoundCountsRow): RoundView {
  return {
    id: row.id,
    kind: row.kind,
    name: row.name,
    seq: row.seq,
    isDeciding: row.is_deciding === 1,
    assignments: row.assignments,
    evaluators: row.evaluators,
    conflicts: row.conflicts,
    sheetsStarted: row.sheets_started,
    sheetsSubmitted: row.sheets_submitted,
  };
}

function requireRoundRow(ctx: ServiceContext, roundId: string): RoundCountsRow {
  const row = getRoundCounts(ctx.db, roundId);
  if (!row) throw new AppError('NOT_FOUND', `Round ${roundId} does not exist`, { entity: 'round' });
  return row;
}

export function listRounds(ctx: ServiceContext, input: { campaignId: string }): RoundView[] {
  requireCampaign(ctx, input.campaignId);
  return listRoundCounts(ctx.db, input.campaignId).map(toView);
}

/**
 * Adds a round after the existing ones. A campaign without a deciding round (all its rounds
 * were made elsewhere without one) takes the new round as deciding, so the ranking has one.
 */
export function createRound(
  ctx: ServiceContext,
  input: { campaignId: string; kind: RoundKind; name: string },
): RoundView {
  const id = ctx.newId();
  write(ctx, (tx) => {
    const campaign = requireCampaign(ctx, input.campaignId);
    const seq = nextRoundSeq(ctx.db, campaign.id);
    insertRound(ctx.db, {
      id,
      campaignId: campaign.id,
      ...pick(input),
      seq,
      createdAt: ctx.now(),
    });
    const deciding = campaign.deciding_round_id === null;
    if (deciding) setDecidingRound(ctx.db, campaign.id, id);
    tx.audit({
      action: 'create-round',
      entity: 'round',
      entityId: id,
      after: { campaignId: campaign.id, ...pick(input), seq, deciding },
    });
  });
  return toView(requireRoundRow(ctx, id));
}

function pick(input: { kind: RoundKind; name: string }): { kind: RoundKind; name: string } {
  return { kind: input.kind, name: input.name };
}

export function renameRound(
  ctx: ServiceContext,
  input: { roundId: string; name: string },
): RoundView {
  const { roundId, name } = input;
  write(ctx, (tx) => {
    const before = requireRoundRow(ctx, roundId);
    if (before.name === name) return;
    renameRoundRow(ctx.db, roundId, name);
    tx.audit({
      action: 'rename-round',
      entity: 'round',
      entityId: roundId,
      before: before.name,
      after: name,
    });
  });
  return toView(requireRoundRow(ctx, roundId));
}

/**
 * Makes a round the campaign's deciding round: the one `ranking.compute` uses when no round is
 * named (ranking/service.ts reads campaigns.deciding_round_id). Audited on the campaign.
 */
export function setDeciding(ctx: ServiceContext, input: { roundId: string }): RoundView {
  const { roundId } = input;
  write(ctx, (tx) => {
    const round = requireRoundRow(ctx, roundId);
    const campaign = requireCampaign(ctx, round.campaign_id);
    if (campaign.deciding_round_id === roundId) return;
    setDecidingRound(ctx.db, campaign.id, roundId);
    tx.audit({
      action: 'set-deciding-round',
      entity: 'campaign',
      entityId: campaign.id,
      before: campaign.deciding_round_id,
      after: roundId,
    });
  });
  return toView(requireRoundRow(ctx, roundId));
}

/** What `assignments.assignTownship` would add, with every conflict named; writes nothing. */
export function previewAssignment(
  ctx: ServiceContext,
  input: { roundId: string; evaluatorId: string; townshipId: string },
): AssignmentPreview {
  const plan = planTownship(ctx, input);
  return {
    branches: plan.branches.length,
    alreadyAssigned: plan.branches.length - plan.fresh.length,
    conflicts: plan.fresh.flatMap((b) =>
      b.conflict === null ? [] : [{ branchId: b.id, branchName: b.name, conflict: b.conflict }],
    ),
  };
}

export function branchEvaluators(
  ctx: ServiceContext,
  input: { roundId: string; branchId: string },
): BranchEvaluatorOption[] {
  requireRound(ctx, input.roundId);
  return listBranchEvaluators(ctx.db, input.roundId, input.branchId).map((row) => ({
    evaluatorId: row.evaluator_id,
    name: row.name,
    role: row.role,
    conflict: row.conflict,
  }));
}
