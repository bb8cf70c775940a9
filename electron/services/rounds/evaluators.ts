import type { EvaluatorView } from '../../../shared/domain/views';
import { AppError } from '../../../shared/errors';
import {
  countAssignmentsByRound,
  countEvaluatorAssignments,
  listEvaluatorAssignments,
} from '../../store/queries/assignments';
import { addCampaignEvaluator } from '../../store/queries/campaigns';
import type { EvaluatorRow } from '../../store/queries/evaluators';
import {
  countEvaluatorSheets,
  deleteEvaluatorRows,
  getEvaluator,
  insertEvaluator,
  listCampaignEvaluators,
  updateEvaluator,
} from '../../store/queries/evaluators';
import { getUnit } from '../../store/queries/units';
import { write } from '../../store/write';
import { requireCampaign } from '../campaigns';
import { conflictOfInterest } from './conflicts';
import type { ServiceContext } from '../context';

export function listEvaluators(
  ctx: ServiceContext,
  input: { campaignId: string },
): EvaluatorView[] {
  const { campaignId } = input;
  requireCampaign(ctx, campaignId);
  const counts = countAssignmentsByRound(ctx.db, campaignId);
  return listCampaignEvaluators(ctx.db, campaignId).map((row) =>
    toView(
      row,
      counts
        .filter((c) => c.evaluator_id === row.id)
        .map((c) => ({ roundId: c.round_id, count: c.n })),
    ),
  );
}

export function createEvaluator(
  ctx: ServiceContext,
  input: { campaignId: string; name: string; role: string; unitId: string | null },
): EvaluatorView {
  const campaign = requireCampaign(ctx, input.campaignId);
  const id = ctx.newId();
  write(ctx, (tx) => {
    if (input.unitId !== null) requireUnitInCounty(ctx, input.unitId, campaign.county_id);
    insertEvaluator(ctx.db, {
      id,
      name: input.name,
      role: input.role,
      unitId: input.unitId,
      isDemo: false,
      createdAt: ctx.now(),
    });
    addCampaignEvaluator(ctx.db, input.campaignId, id);
    tx.audit({
      action: 'create-evaluator',
      entity: 'evaluator',
      entityId: id,
      after: {
        campaignId: input.campaignId,
        name: input.name,
        role: input.role,
        unitId: input.unitId,
      },
    });
  });
  return toView(requireEvaluator(ctx, id), []);
}

export function editEvaluator(
  ctx: ServiceContext,
  input: {
    id: string;
    name?: string | undefined;
    role?: string | undefined;
    unitId?: string | null | undefined;
  },
): EvaluatorView {
  write(ctx, (tx) => {
    const before = requireEvaluator(ctx, input.id);
    const next = {
      name: input.name ?? before.name,
      role: input.role ?? before.role,
      unitId: input.unitId === undefined ? before.unit_id : input.unitId,
    };
    if (next.unitId !== before.unit_id) checkNewUnit(ctx, input.id, next.unitId);
    updateEvaluator(ctx.db, input.id, next);
    tx.audit({
      action: 'update-evaluator',
      entity: 'evaluator',
      entityId: input.id,
      before: { name: before.name, role: before.role, unitId: before.unit_id },
      after: next,
    });
  });
  const counts = countEvaluatorAssignments(ctx.db, input.id);
  return toView(
    requireEvaluator(ctx, input.id),
    counts.map((c) => ({ roundId: c.round_id, count: c.n })),
  );
}

/**
 * Deletes an evaluator added by mistake, with their assignments. Refused once they have any
 * score sheet (draft or submitted): what they scored must keep its author.
 */
export function deleteEvaluator(ctx: ServiceContext, input: { id: string }): { id: string } {
  return write(ctx, (tx) => {
    const row = requireEvaluator(ctx, input.id);
    const sheets = countEvaluatorSheets(ctx.db, row.id);
    if (sheets > 0) {
      throw new AppError('CONFLICT', 'The evaluator has score sheets', {
        entity: 'evaluator',
        reason: 'evaluatorHasSheets',
        name: row.name,
        count: sheets,
      });
    }
    const assignments = deleteEvaluatorRows(ctx.db, row.id);
    tx.audit({
      action: 'delete-evaluator',
      entity: 'evaluator',
      entityId: row.id,
      before: { name: row.name, role: row.role, unitId: row.unit_id, assignments },
    });
    return { id: row.id };
  });
}

/**
 * A new unit must exist, and must not turn branches the evaluator already scores into
 * unconfirmed conflicts of interest: those were never confirmed by anyone.
 */
function checkNewUnit(ctx: ServiceContext, evaluatorId: string, unitId: string | null): void {
  if (unitId === null) return;
  const unit = getUnit(ctx.db, unitId);
  if (!unit) throw new AppError('NOT_FOUND', `Unit ${unitId} does not exist`, { entity: 'unit' });
  const clashes = listEvaluatorAssignments(ctx.db, evaluatorId).filter(
    (a) =>
      a.conflict === null &&
      conflictOfInterest(
        { id: unit.id, kind: unit.kind, parentId: unit.parent_id },
        { id: a.branch_id, townshipId: a.township_id },
        a.conflict_scope,
      ) !== null,
  );
  const first = clashes[0];
  if (first) {
    throw new AppError('CONFLICT', 'The new unit makes assigned branches a conflict of interest', {
      count: clashes.length,
      branch: first.branch_name,
      branchId: first.branch_id,
    });
  }
}

function requireUnitInCounty(ctx: ServiceContext, unitId: string, countyId: string): void {
  const unit = getUnit(ctx.db, unitId);
  if (!unit) throw new AppError('NOT_FOUND', `Unit ${unitId} does not exist`, { entity: 'unit' });
  // Walk up at most county → township → branch.
  let current: typeof unit | undefined = unit;
  for (let depth = 0; current && depth < 3; depth += 1) {
    if (current.id === countyId) return;
    current = current.parent_id === null ? undefined : getUnit(ctx.db, current.parent_id);
  }
  throw new AppError('INVALID_INPUT', 'The unit is not in the campaign county', {
    path: 'unitId',
  });
}

function requireEvaluator(ctx: ServiceContext, id: string): EvaluatorRow {
  const row = getEvaluator(ctx.db, id);
  if (!row)
    throw new AppError('NOT_FOUND', `Evaluator ${id} does not exist`, { entity: 'evaluator' });
  return row;
}

function toView(row: EvaluatorRow, assigned: EvaluatorView['assignedBranches']): EvaluatorView {
  return {
    id: row.id,
    name: row.name,
    role: row.role,
    unitId: row.unit_id,
    unitName: row.unit_name,
    unitKind: row.unit_kind,
    assignedBranches: assigned,
  };
}
