import type { ConflictScope, RoundKind } from '../../../shared/domain/org';
import { defaultConflictScope } from '../../../shared/domain/org';
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
  countRoundSheetsByOwner,
  getRoundCounts,
  listBranchEvaluators,
  listRoundCounts,
  nextRoundSeq,
  updateRound as updateRoundRow,
} from './queries';
import { rejudgeAssignments } from './rejudge';
import { roundRefusal } from './refusals';

function toView(row: RoundCountsRow): RoundView {
  return {
    id: row.id,
    kind: row.kind,
    name: row.name,
    seq: row.seq,
    conflictScope: row.conflict_scope,
    isDeciding: row.is_deciding === 1,
    assignments: row.assignments,
    evaluators: row.evaluators,
    conflicts: row.conflicts,
    sheetsStarted: row.sheets_started,
    sheetsSubmitted: row.sheets_submitted,
  };
}

export function requireRoundRow(ctx: ServiceContext, roundId: string): RoundCountsRow {
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
  input: {
    campaignId: string;
    kind: RoundKind;
    name: string;
    conflictScope?: ConflictScope | undefined;
  },
): RoundView {
  const id = ctx.newId();
  write(ctx, (tx) => {
    const campaign = requireCampaign(ctx, input.campaignId);
    const seq = nextRoundSeq(ctx.db, campaign.id);
    const fields = {
      kind: input.kind,
      name: input.name,
      conflictScope: scopeFor(input.kind, input.conflictScope),
    };
    insertRound(ctx.db, { id, campaignId: campaign.id, ...fields, seq, createdAt: ctx.now() });
    const deciding = campaign.deciding_round_id === null;
    if (deciding) setDecidingRound(ctx.db, campaign.id, id);
    tx.audit({
      action: 'create-round',
      entity: 'round',
      entityId: id,
      after: { campaignId: campaign.id, ...fields, seq, deciding },
    });
  });
  return toView(requireRoundRow(ctx, id));
}

/** A self round flags nobody (it has no evaluators); other rounds default from their kind. */
function scopeFor(kind: RoundKind, asked: ConflictScope | undefined): ConflictScope {
  if (kind === 'self') return 'none';
  return asked ?? defaultConflictScope(kind);
}

/**
 * A round's kind may change only while it holds no sheet the new kind would refuse: a self
 * round with self-assessments stays a self round, a review round with evaluators' sheets (or
 * assignments) cannot become one.
 */
function checkKindChange(ctx: ServiceContext, row: RoundCountsRow, kind: RoundKind): void {
  if (kind === row.kind || (kind !== 'self' && row.kind !== 'self')) return;
  const sheets = countRoundSheetsByOwner(ctx.db, row.id);
  const clashing = kind === 'self' ? sheets.evaluators : sheets.self;
  if (clashing > 0) throw roundRefusal('CONFLICT', 'kind-has-sheets', { count: clashing });
  if (kind === 'self' && row.assignments > 0)
    throw roundRefusal('CONFLICT', 'kind-has-assignments', { count: row.assignments });
}

/**
 * Renames a round, changes its kind or its conflict rule. A new rule judges the round's
 * assignments again (`rejudgeAssignments`): conflicts it creates need `conflictReason`.
 */
export function updateRound(
  ctx: ServiceContext,
  input: {
    roundId: string;
    name?: string | undefined;
    kind?: RoundKind | undefined;
    conflictScope?: ConflictScope | undefined;
    conflictReason?: string | undefined;
  },
): RoundView {
  const { roundId } = input;
  write(ctx, (tx) => {
    const row = requireRoundRow(ctx, roundId);
    const kind = input.kind ?? row.kind;
    checkKindChange(ctx, row, kind);
    const kindChanged = kind !== row.kind;
    const before = { name: row.name, kind: row.kind, conflictScope: row.conflict_scope };
    const next = {
      name: input.name ?? row.name,
      kind,
      conflictScope: scopeFor(
        kind,
        input.conflictScope ?? (kindChanged ? undefined : row.conflict_scope),
      ),
    };
    if (JSON.stringify(before) === JSON.stringify(next)) return;
    updateRoundRow(ctx.db, roundId, next);
    const judged =
      next.conflictScope === row.conflict_scope
        ? { lifted: 0, flagged: 0 }
        : rejudgeAssignments(ctx, tx, roundId, next.conflictScope, input.conflictReason ?? null);
    tx.audit({
      action: 'update-round',
      entity: 'round',
      entityId: roundId,
      before,
      after: { ...next, ...judged },
      ...(judged.flagged > 0 && input.conflictReason ? { reason: input.conflictReason } : {}),
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
