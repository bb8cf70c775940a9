import type { UnitKind } from '../../../shared/domain/org';
import { insertUnit } from '../../store/queries/units';
import { write } from '../../store/write';
import type { ServiceContext } from '../context';
import { normalizeName, refuse, requireUniqueName } from './names';
import {
  countTownshipUses,
  deleteUnitRow,
  listChildren,
  nextSortOrder,
  renameUnit,
} from './queries';
import type { ScopeInput } from './scope';
import { resolveScope } from './scope';
import { requireTownship } from './units';

export interface AddTownshipInput extends ScopeInput {
  name: string;
  kind: Extract<UnitKind, 'township' | 'subdistrict'>;
  reason?: string | undefined;
}

function why(reason: string | undefined): { reason?: string } {
  return reason ? { reason } : {};
}

/** A new township or sub-district under the county, last in the county's order. */
export function addTownship(ctx: ServiceContext, input: AddTownshipInput): { id: string } {
  return write(ctx, (tx) => {
    const { county } = resolveScope(ctx, input);
    const name = normalizeName(input.name);
    requireUniqueName(ctx.db, county.id, name);
    const id = ctx.newId();
    insertUnit(ctx.db, {
      id,
      parentId: county.id,
      kind: input.kind,
      branchType: null,
      name,
      sortOrder: nextSortOrder(ctx.db, county.id),
      // What is added to the demo's county is demo data: it never mixes with a real county.
      isDemo: county.is_demo === 1,
      createdAt: ctx.now(),
    });
    tx.audit({
      action: 'create',
      entity: 'township',
      entityId: id,
      after: { name, kind: input.kind, countyId: county.id },
      ...why(input.reason),
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
      ...why(input.reason),
    });
    return { id: row.id };
  });
}

/**
 * Deletes a township added by mistake (a typo, a duplicate from an import). Only while it has
 * no branches, archived ones included, and nothing else refers to it (evaluators from it, plan
 * targets for it): otherwise its history would lose its place.
 */
export function deleteTownship(
  ctx: ServiceContext,
  input: { townshipId: string; reason?: string | undefined },
): { id: string } {
  return write(ctx, (tx) => {
    const row = requireTownship(ctx, input.townshipId);
    const uses = countTownshipUses(ctx.db, row.id);
    if (uses > 0) {
      throw refuse(
        'CONFLICT',
        listChildren(ctx.db, row.id).length > 0 ? 'townshipNotEmpty' : 'townshipInUse',
        'The township still has branches or is referred to',
        { name: row.name },
      );
    }
    deleteUnitRow(ctx.db, row.id);
    tx.audit({
      action: 'delete',
      entity: 'township',
      entityId: row.id,
      before: { name: row.name, kind: row.kind, countyId: row.parent_id },
      ...why(input.reason),
    });
    return { id: row.id };
  });
}
