import type { AssignmentView, TownshipAssignmentResult } from '../../../shared/domain/views';
import { AppError } from '../../../shared/errors';
import type { AssignmentRow } from '../../store/queries/assignments';
import {
  deleteAssignment,
  getAssignment,
  hasSubmittedSheet,
  insertAssignment,
  listAssignments,
} from '../../store/queries/assignments';
import { write } from '../../store/write';
import type { ServiceContext } from '../context';
import { planTownship, requireRound } from './plan-township';

export function listRoundAssignments(
  ctx: ServiceContext,
  input: { roundId: string },
): AssignmentView[] {
  requireRound(ctx, input.roundId);
  return listAssignments(ctx.db, input.roundId).map(toView);
}

/**
 * Assigns every campaign branch of a township to one evaluator, all or nothing. Pairs already
 * assigned stay as they are. Conflicts of interest among the new pairs are refused unless a
 * reason is given, which is then stored on exactly those rows.
 */
export function assignTownship(
  ctx: ServiceContext,
  input: {
    roundId: string;
    evaluatorId: string;
    townshipId: string;
    conflictReason?: string | undefined;
  },
): TownshipAssignmentResult {
  return write(ctx, (tx) => {
    const { branches, fresh, townshipId } = planTownship(ctx, input);
    const conflicts = fresh.filter((b) => b.conflict !== null);
    const reason = input.conflictReason ?? null;
    const first = conflicts[0];
    if (first && reason === null) {
      throw new AppError('CONFLICT', 'Conflict of interest needs a confirmed reason', {
        count: conflicts.length,
        branch: first.name,
        branchId: first.id,
        conflict: first.conflict ?? '',
      });
    }
    const at = ctx.now();
    for (const branch of fresh) {
      insertAssignment(ctx.db, {
        roundId: input.roundId,
        evaluatorId: input.evaluatorId,
        branchId: branch.id,
        conflict: branch.conflict,
        conflictReason: branch.conflict === null ? null : reason,
        confirmedBy: branch.conflict === null ? null : ctx.actor,
        createdAt: at,
      });
    }
    const result: TownshipAssignmentResult = {
      branches: branches.length,
      added: fresh.length,
      alreadyAssigned: branches.length - fresh.length,
      conflicts: conflicts.length,
    };
    // Re-assigning what is already there changes nothing, so it leaves no trail either.
    if (fresh.length > 0) {
      tx.audit({
        action: 'assign-township',
        entity: 'evaluator',
        entityId: input.evaluatorId,
        after: { roundId: input.roundId, townshipId, ...result },
        ...(conflicts.length > 0 && reason !== null ? { reason } : {}),
      });
    }
    // Each confirmed conflict also shows in that branch's own trail.
    for (const branch of conflicts) {
      tx.audit({
        action: 'confirm-conflict',
        entity: 'branch',
        entityId: branch.id,
        after: {
          roundId: input.roundId,
          evaluatorId: input.evaluatorId,
          conflict: branch.conflict,
        },
        ...(reason !== null ? { reason } : {}),
      });
    }
    return result;
  });
}

/** Takes one branch off an evaluator; refused once their sheet for it is submitted. */
export function removeAssignment(
  ctx: ServiceContext,
  input: { roundId: string; evaluatorId: string; branchId: string },
): { removed: true } {
  write(ctx, (tx) => {
    const row = getAssignment(ctx.db, input.roundId, input.evaluatorId, input.branchId);
    if (!row) throw new AppError('NOT_FOUND', 'No such assignment', { entity: 'assignment' });
    if (hasSubmittedSheet(ctx.db, input.roundId, input.evaluatorId, input.branchId)) {
      throw new AppError('CONFLICT', 'The evaluator already submitted a sheet for this branch', {
        entity: 'assignment',
        branch: row.branch_name,
      });
    }
    deleteAssignment(ctx.db, input.roundId, input.evaluatorId, input.branchId);
    tx.audit({
      action: 'remove-assignment',
      entity: 'branch',
      entityId: input.branchId,
      before: {
        roundId: input.roundId,
        evaluatorId: input.evaluatorId,
        conflict: row.conflict,
        conflictReason: row.conflict_reason,
      },
    });
  });
  return { removed: true };
}

function toView(row: AssignmentRow): AssignmentView {
  return {
    roundId: row.round_id,
    evaluatorId: row.evaluator_id,
    evaluatorName: row.evaluator_name,
    branchId: row.branch_id,
    branchName: row.branch_name,
    townshipId: row.township_id,
    townshipName: row.township_name,
    conflict: row.conflict,
    conflictReason: row.conflict_reason,
    confirmedBy: row.confirmed_by,
  };
}
