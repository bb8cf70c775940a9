import type { ConflictScope } from '../../../shared/domain/org';
import { AppError } from '../../../shared/errors';
import { listRoundAssignmentUnits, setAssignmentConflict } from '../../store/queries/assignments';
import type { Tx } from '../../store/write';
import type { ServiceContext } from '../context';
import { conflictOfInterest } from './conflicts';

/**
 * Judges every assignment of a round again under a new conflict rule. Pairs that are no longer
 * a conflict lose their flag (the branch's trail keeps what was lifted, with its reason); pairs
 * that become one need a reason, as when they were assigned: without it the change is refused
 * with CONFLICT and nothing is stored. Answers how many flags were lifted and set.
 */
export function rejudgeAssignments(
  ctx: ServiceContext,
  tx: Tx,
  roundId: string,
  scope: ConflictScope,
  reason: string | null,
): { lifted: number; flagged: number } {
  const changes = listRoundAssignmentUnits(ctx.db, roundId).flatMap((a) => {
    const unit =
      a.unit_id === null || a.unit_kind === null
        ? null
        : { id: a.unit_id, kind: a.unit_kind, parentId: a.unit_parent_id };
    const conflict = conflictOfInterest(
      unit,
      { id: a.branch_id, townshipId: a.township_id },
      scope,
    );
    return conflict === a.conflict ? [] : [{ row: a, conflict }];
  });
  const flagged = changes.filter((c) => c.conflict !== null);
  const first = flagged[0];
  if (first && reason === null) {
    throw new AppError('CONFLICT', 'The new rule makes assignments a conflict of interest', {
      count: flagged.length,
      branch: first.row.branch_name,
      branchId: first.row.branch_id,
      conflict: first.conflict ?? '',
    });
  }
  for (const { row, conflict } of changes) {
    const key = { roundId, evaluatorId: row.evaluator_id, branchId: row.branch_id };
    setAssignmentConflict(ctx.db, {
      ...key,
      conflict,
      conflictReason: conflict === null ? null : reason,
      confirmedBy: conflict === null ? null : ctx.actor,
    });
    tx.audit({
      action: conflict === null ? 'clear-conflict' : 'confirm-conflict',
      entity: 'branch',
      entityId: row.branch_id,
      before: {
        ...key,
        conflict: row.conflict,
        conflictReason: row.conflict_reason,
        confirmedBy: row.confirmed_by,
      },
      after: { ...key, conflict },
      ...(conflict !== null && reason !== null ? { reason } : {}),
    });
  }
  return { lifted: changes.length - flagged.length, flagged: flagged.length };
}
