import type { UnitKind } from '../../../shared/domain/org';
import { insertUnit } from '../../store/queries/units';
import { requireCampaign } from '../campaigns';
import { write } from '../../store/write';
import type { ServiceContext } from '../context';
import { normalizeName, requireUniqueName } from './names';
import { nextSortOrder, renameUnit } from './queries';
import { requireTownship } from './units';

export interface AddTownshipInput {
  campaignId: string;
  name: string;
  kind: Extract<UnitKind, 'township' | 'subdistrict'>;
  reason?: string | undefined;
}

/** A new township or sub-district under the campaign's county, last in the county's order. */
export function addTownship(ctx: ServiceContext, input: AddTownshipInput): { id: string } {
  return write(ctx, (tx) => {
    const countyId = requireCampaign(ctx, input.campaignId).county_id;
    const name = normalizeName(input.name);
    requireUniqueName(ctx.db, countyId, name);
    const id = ctx.newId();
    insertUnit(ctx.db, {
      id,
      parentId: countyId,
      kind: input.kind,
      branchType: null,
      name,
      sortOrder: nextSortOrder(ctx.db, countyId),
      isDemo: false,
      createdAt: ctx.now(),
    });
    tx.audit({
      action: 'create',
      entity: 'township',
      entityId: id,
      after: { name, kind: input.kind, countyId },
      ...(input.reason ? { reason: input.reason } : {}),
    });
    return { id };
  });
}

export function renameTownship(
  ctx: ServiceContext,
  input: { townshipId: string; name: string; reason?: string | undefined },
): { id: string } {
  return write(ctx, (tx) => {
    const row = requireTownship(ctx, input.townshipId);
    const name = normalizeName(input.name);
    if (name === row.name) return { id: row.id };
    // A township always has its county as parent (schema: only a county is a root).
    requireUniqueName(ctx.db, row.parent_id ?? '', name, row.id);
    renameUnit(ctx.db, row.id, name);
    tx.audit({
      action: 'rename',
      entity: 'township',
      entityId: row.id,
      before: { name: row.name },
      after: { name },
      ...(input.reason ? { reason: input.reason } : {}),
    });
    return { id: row.id };
  });
}
