import type { BranchType, UnitKind } from '../../../shared/domain/org';
import type { Store } from '../open';

export interface UnitRow {
  id: string;
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
      'SELECT id, parent_id, kind, branch_type, name, sort_order FROM org_units WHERE id = ?',
    )
    .get(id) as UnitRow | undefined;
}

/** Counties with how many active branches sit below them. */
export function listCounties(db: Store): { id: string; name: string; branch_count: number }[] {
  return db
    .prepare(
      `SELECT c.id, c.name,
              (SELECT count(*) FROM org_units t JOIN org_units b ON b.parent_id = t.id
                WHERE t.parent_id = c.id AND b.kind = 'branch' AND b.archived_at IS NULL)
                AS branch_count
         FROM org_units c
        WHERE c.kind = 'county' AND c.archived_at IS NULL
        ORDER BY c.sort_order, c.name`,
    )
    .all() as { id: string; name: string; branch_count: number }[];
}

/** Active branch ids under a county (through its townships). */
export function listBranchIdsOfCounty(db: Store, countyId: string): string[] {
  return (
    db
      .prepare(
        `SELECT b.id FROM org_units t JOIN org_units b ON b.parent_id = t.id
          WHERE t.parent_id = ? AND b.kind = 'branch' AND b.archived_at IS NULL
          ORDER BY t.sort_order, b.sort_order`,
      )
      .all(countyId) as { id: string }[]
  ).map((row) => row.id);
}
