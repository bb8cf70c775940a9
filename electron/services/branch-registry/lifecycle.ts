import type { Tx } from '../../store/write';
import { write } from '../../store/write';
import type { ServiceContext } from '../context';
import { refuse } from './names';
import {
  countEvaluatorsOfUnit,
  deleteBranchRows,
  isScoredAnywhere,
  listBranchCampaigns,
  setArchivedAt,
} from './queries';
import { branchSnapshot, requireBranch } from './units';

interface BranchChange {
  branchId: string;
  reason?: string | undefined;
}

function why(reason: string | undefined): { reason?: string } {
  return reason ? { reason } : {};
}

/**
 * Archives a branch: it stays in its campaigns with every sheet and score, so rankings and
 * exports are unchanged, but it no longer takes new work (no joining campaigns, not offered
 * in the campaign branch tree).
 */
export function archiveBranch(ctx: ServiceContext, input: BranchChange): { id: string } {
  return write(ctx, (tx) => {
    archiveOne(ctx, tx, input.branchId, input.reason);
    return { id: input.branchId };
  });
}

/**
 * Archives several branches at once (a township merged away, villages combined): all or none.
 * Each branch gets its own audit entry, the same as a single archive, so every branch's trail
 * tells its own story and the bulk action is not a separate kind of entry to read.
 */
export function archiveBranches(
  ctx: ServiceContext,
  input: { branchIds: string[]; reason?: string | undefined },
): { changed: number } {
  return write(ctx, (tx) => {
    const ids = [...new Set(input.branchIds)];
    for (const id of ids) archiveOne(ctx, tx, id, input.reason);
    return { changed: ids.length };
  });
}

function archiveOne(ctx: ServiceContext, tx: Tx, branchId: string, reason?: string): void {
  const row = requireBranch(ctx, branchId);
  if (row.archived_at !== null) {
    throw refuse('CONFLICT', 'archived', 'Branch is already archived', { name: row.name });
  }
  const at = ctx.now();
  setArchivedAt(ctx.db, row.id, at);
  tx.audit({
    action: 'archive',
    entity: 'branch',
    entityId: row.id,
    before: branchSnapshot(row),
    after: branchSnapshot({ ...row, archived_at: at }),
    ...why(reason),
  });
}

export function restoreBranch(ctx: ServiceContext, input: BranchChange): { id: string } {
  return write(ctx, (tx) => {
    const row = requireBranch(ctx, input.branchId);
    if (row.archived_at === null) {
      throw refuse('CONFLICT', 'notArchived', 'Branch is not archived', { name: row.name });
    }
    setArchivedAt(ctx.db, row.id, null);
    tx.audit({
      action: 'restore',
      entity: 'branch',
      entityId: row.id,
      before: branchSnapshot(row),
      after: branchSnapshot({ ...row, archived_at: null }),
      ...why(input.reason),
    });
    return { id: row.id };
  });
}

/**
 * Deletes a branch that was never scored anywhere (a typo, a duplicate). A scored branch is
 * refused: its results must survive, so the user is told to archive it instead.
 */
export function deleteBranch(ctx: ServiceContext, input: BranchChange): { id: string } {
  return write(ctx, (tx) => {
    const row = requireBranch(ctx, input.branchId);
    if (isScoredAnywhere(ctx.db, row.id)) {
      throw refuse('CONFLICT', 'scored', 'Branch has scores; archive it instead', {
        name: row.name,
      });
    }
    if (countEvaluatorsOfUnit(ctx.db, row.id) > 0) {
      throw refuse('CONFLICT', 'inUse', 'Evaluators belong to this branch', { name: row.name });
    }
    const campaigns = listBranchCampaigns(ctx.db, row.id);
    // Assignments are plans, not results: without any sheet they go with the branch.
    const assignments = deleteBranchRows(ctx.db, row.id);
    tx.audit({
      action: 'delete',
      entity: 'branch',
      entityId: row.id,
      before: { ...branchSnapshot(row), campaigns, assignments },
      ...why(input.reason),
    });
    return { id: row.id };
  });
}
