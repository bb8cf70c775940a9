import type { CountyView } from '../../../shared/domain/views/branch-registry';
import { spellingKey } from '../../../shared/domain/org-name';
import { insertUnit } from '../../store/queries/units';
import { write } from '../../store/write';
import type { ServiceContext } from '../context';
import { normalizeName, refuse } from './names';
import type { CountyRow } from './queries';
import { listCountyRows, updateCountyRow } from './queries';
import { requireCounty } from './scope';

function toView(row: CountyRow): CountyView {
  return {
    id: row.id,
    name: row.name,
    code: row.admin_code,
    department: row.department,
    isDemo: row.is_demo === 1,
    townships: row.townships,
    branches: row.branches,
    campaigns: row.campaigns,
  };
}

/** '' (or nothing) clears an optional text. */
const orNull = (text: string | undefined | null): string | null =>
  text === undefined || text === null || text.trim() === '' ? null : text.trim();

/** Two real counties never share a name (the demo's 示例县 is apart). */
function requireFreeName(ctx: ServiceContext, name: string, exceptId?: string): void {
  const key = spellingKey(name);
  const clash = listCountyRows(ctx.db).find(
    (c) => c.is_demo === 0 && c.id !== exceptId && spellingKey(c.name) === key,
  );
  if (clash) {
    throw refuse('CONFLICT', 'duplicateCounty', `County "${name}" already exists`, {
      entity: 'county',
      name: clash.name,
    });
  }
}

export function listCounties(ctx: ServiceContext): CountyView[] {
  return listCountyRows(ctx.db).map(toView);
}

export interface CountyInput {
  name: string;
  code?: string | undefined;
  department?: string | undefined;
}

/** A county of one's own: real data, never the demo's. */
export function createCounty(ctx: ServiceContext, input: CountyInput): CountyView {
  const id = write(ctx, (tx) => {
    const name = normalizeName(input.name);
    requireFreeName(ctx, name);
    const countyId = ctx.newId();
    const values = { name, adminCode: orNull(input.code), department: orNull(input.department) };
    insertUnit(ctx.db, {
      id: countyId,
      parentId: null,
      kind: 'county',
      branchType: null,
      name,
      sortOrder: listCountyRows(ctx.db).length,
      isDemo: false,
      createdAt: ctx.now(),
    });
    updateCountyRow(ctx.db, countyId, values);
    tx.audit({ action: 'create', entity: 'county', entityId: countyId, after: values });
    return countyId;
  });
  return toView(requireCounty(ctx, id));
}

/** Renames a county or changes its code or department; what is left out stays. */
export function updateCounty(
  ctx: ServiceContext,
  input: Partial<CountyInput> & { id: string },
): CountyView {
  write(ctx, (tx) => {
    const row = requireCounty(ctx, input.id);
    const before = { name: row.name, adminCode: row.admin_code, department: row.department };
    const after = {
      name: input.name === undefined ? row.name : normalizeName(input.name),
      adminCode: input.code === undefined ? row.admin_code : orNull(input.code),
      department: input.department === undefined ? row.department : orNull(input.department),
    };
    if (JSON.stringify(before) === JSON.stringify(after)) return;
    if (row.is_demo === 0 && after.name !== row.name) requireFreeName(ctx, after.name, row.id);
    updateCountyRow(ctx.db, row.id, after);
    tx.audit({ action: 'update', entity: 'county', entityId: row.id, before, after });
  });
  return toView(requireCounty(ctx, input.id));
}
