import { AppError } from '../../../shared/errors';
import type { ServiceContext } from '../context';
import type { RegistryUnitRow } from './queries';
import { findUnit } from './queries';

export function requireTownship(ctx: ServiceContext, id: string): RegistryUnitRow {
  const row = findUnit(ctx.db, id);
  if (!row || (row.kind !== 'township' && row.kind !== 'subdistrict')) {
    throw new AppError('NOT_FOUND', `Township ${id} does not exist`, { entity: 'record' });
  }
  return row;
}

export function requireBranch(ctx: ServiceContext, id: string): RegistryUnitRow {
  const row = findUnit(ctx.db, id);
  if (!row || row.kind !== 'branch') {
    throw new AppError('NOT_FOUND', `Branch ${id} does not exist`, { entity: 'branch' });
  }
  return row;
}

/** What the audit log keeps of a branch before and after a change. */
export function branchSnapshot(row: RegistryUnitRow): Record<string, unknown> {
  return {
    name: row.name,
    branchType: row.branch_type,
    townshipId: row.parent_id,
    archivedAt: row.archived_at,
  };
}
