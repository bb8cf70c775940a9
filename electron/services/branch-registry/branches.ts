import type { BranchType } from '../../../shared/domain/org';
import { insertUnit } from '../../store/queries/units';
import { addCampaignBranches } from '../../store/queries/campaigns';
import { write } from '../../store/write';
import type { ServiceContext } from '../context';
import { refuseNewConflicts } from './move-conflicts';
import { normalizeName, refuse, requireUniqueName } from './names';
import { findUnit, moveUnit, nextSortOrder, updateBranchRow } from './queries';
import type { ScopeInput } from './scope';
import { resolveScope } from './scope';
import { branchSnapshot, requireBranch, requireTownship } from './units';

type Reason = string | undefined;

function why(reason: Reason): { reason?: string } {
  return reason ? { reason } : {};
}

export interface AddBranchInput extends ScopeInput {
  townshipId: string;
  name: string;
  branchType: BranchType;
  reason?: Reason;
}

/**
 * A new branch under a township of the county; added inside a campaign, it takes part in it.
 * Its name must not be another spelling of a sibling's (西上屯村 / 西上屯村党支部).
 */
export function addBranch(ctx: ServiceContext, input: AddBranchInput): { id: string } {
  return write(ctx, (tx) => {
    const { county, campaign } = resolveScope(ctx, input);
    const township = requireTownship(ctx, input.townshipId);
    if (township.parent_id !== county.id) {
      throw refuse('CONFLICT', 'otherCounty', 'Township is not in the county');
    }
    const name = normalizeName(input.name);
    requireUniqueName(ctx.db, township.id, name);
    const id = ctx.newId();
    insertUnit(ctx.db, {
      id,
      parentId: township.id,
      kind: 'branch',
      branchType: input.branchType,
      name,
      sortOrder: nextSortOrder(ctx.db, township.id),
      isDemo: township.is_demo === 1,
      createdAt: ctx.now(),
    });
    if (campaign) addCampaignBranches(ctx.db, campaign.id, [id]);
    tx.audit({
      action: 'create',
      entity: 'branch',
      entityId: id,
      after: {
        name,
        branchType: input.branchType,
        townshipId: township.id,
        ...(campaign ? { campaignId: campaign.id } : {}),
      },
      ...why(input.reason),
    });
    return { id };
  });
}

export function editBranch(
  ctx: ServiceContext,
  input: { branchId: string; name: string; branchType: BranchType; reason?: Reason },
): { id: string } {
  return write(ctx, (tx) => {
    const row = requireBranch(ctx, input.branchId);
    const name = normalizeName(input.name);
    if (name === row.name && input.branchType === row.branch_type) return { id: row.id };
    requireUniqueName(ctx.db, row.parent_id ?? '', name, row.id);
    updateBranchRow(ctx.db, row.id, { name, branchType: input.branchType });
    tx.audit({
      action: 'update',
      entity: 'branch',
      entityId: row.id,
      before: branchSnapshot(row),
      after: branchSnapshot({ ...row, name, branch_type: input.branchType }),
      ...why(input.reason),
    });
    return { id: row.id };
  });
}

/**
 * Moves a branch to another township of the same county. Sheets, scores and participation hang
 * on the branch id, so they all move with it untouched.
 */
export function moveBranch(
  ctx: ServiceContext,
  input: { branchId: string; townshipId: string; reason?: Reason },
): { id: string } {
  return write(ctx, (tx) => {
    const row = requireBranch(ctx, input.branchId);
    const target = requireTownship(ctx, input.townshipId);
    if (target.id === row.parent_id) return { id: row.id };
    const from = row.parent_id ? findUnit(ctx.db, row.parent_id) : undefined;
    if (!from || from.parent_id !== target.parent_id) {
      throw refuse('CONFLICT', 'otherCounty', 'Branches only move within their county');
    }
    requireUniqueName(ctx.db, target.id, row.name);
    moveUnit(ctx.db, row.id, target.id, nextSortOrder(ctx.db, target.id));
    refuseNewConflicts(ctx.db, row.id);
    tx.audit({
      action: 'move',
      entity: 'branch',
      entityId: row.id,
      before: branchSnapshot(row),
      after: branchSnapshot({ ...row, parent_id: target.id }),
      ...why(input.reason),
    });
    return { id: row.id };
  });
}
