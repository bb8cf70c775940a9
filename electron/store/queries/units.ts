import type { BranchType, UnitKind } from '../../../shared/domain/org';
import type { Store } from '../open';

export interface UnitRow {
  id: string;
  is_demo: number;
  parent_id: string | null;
  kind: UnitKind;
  branch_type: BranchType | null;
  name: string;
  sort_order: number;
}

export interface NewUnit {
  id: string;
  parentId: string | null;
  kind: UnitKind;
  branchType: BranchType | null;
  name: string;
  sortOrder: number;
  isDemo: boolean;
  createdAt: string;
}

export function insertUnit(db: Store, unit: NewUnit): void {
  db.prepare(
    `INSERT INTO org_units (id, parent_id, kind, branch_type, name, sort_order, is_demo, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    unit.id,
    unit.parentId,
    unit.kind,
    unit.branchType,
    unit.name,
    unit.sortOrder,
    unit.isDemo ? 1 : 0,
    unit.createdAt,
  );
}

export function getUnit(db: Store, id: string): UnitRow | undefined {
  return db
    .prepare(
      'SELECT id, parent_id, kind, branch_type, name, sort_order, is_demo FROM org_units WHERE id = ?',
    )
    .get(id) as UnitRow | undefined;
}

/** Who takes part in a new campaign: which townships and which kinds of branch. */
export interface ParticipantFilter {
  /** null = every township of the county. */
  townshipIds: readonly string[] | null;
  branchTypes: readonly BranchType[];
}

/** Active branch ids under a county (through its townships), in tree order. */
export function listBranchIdsOfCounty(
  db: Store,
  countyId: string,
  filter: ParticipantFilter = { townshipIds: null, branchTypes: ['rural', 'community', 'other'] },
): string[] {
  return (
    db
      .prepare(
        `SELECT b.id FROM org_units t JOIN org_units b ON b.parent_id = t.id
          WHERE t.parent_id = @county AND b.kind = 'branch' AND b.archived_at IS NULL
            AND (@townships IS NULL OR t.id IN (SELECT value FROM json_each(@townships)))
            AND b.branch_type IN (SELECT value FROM json_each(@types))
          ORDER BY t.sort_order, b.sort_order`,
      )
      .all({
        county: countyId,
        townships: filter.townshipIds === null ? null : JSON.stringify(filter.townshipIds),
        types: JSON.stringify(filter.branchTypes),
      }) as { id: string }[]
  ).map((row) => row.id);
}
