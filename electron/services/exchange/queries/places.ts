import type { Store } from '../../../store/open';
import { sql } from '../queries';

/**
 * Where a row of the data belongs: its county, township and branch, for the package's scope,
 * its manifest and the names conflicts and refusals are listed under.
 */

/** The county the data belongs to (the first one that is not the demo's), for the manifest. */
export function countyOfData(db: Store): { id: string; name: string } | undefined {
  return sql(
    db,
    `SELECT id, name FROM org_units WHERE kind = 'county' AND archived_at IS NULL
      ORDER BY is_demo, sort_order, created_at LIMIT 1`,
  ).get() as { id: string; name: string } | undefined;
}

/** The branch a sheet scores. */
export function branchOfSheet(db: Store, sheetId: string): string | undefined {
  const row = sql(db, 'SELECT branch_id FROM score_sheets WHERE id = ?').get(sheetId) as
    { branch_id: string } | undefined;
  return row?.branch_id;
}

/** The sheet an evidence file belongs to. */
export function sheetOfEvidence(db: Store, evidenceId: string): string | undefined {
  const row = sql(db, 'SELECT sheet_id FROM evidence_files WHERE id = ?').get(evidenceId) as
    { sheet_id: string } | undefined;
  return row?.sheet_id;
}

/** The branch and veto item a veto resolution is about. */
export function vetoPlace(
  db: Store,
  resolutionId: string,
): { branch_id: string; item_code: string } | undefined {
  return sql(db, 'SELECT branch_id, item_code FROM veto_resolutions WHERE id = ?').get(
    resolutionId,
  ) as { branch_id: string; item_code: string } | undefined;
}

/** An organisation's name and its parent's (a branch and its township). */
export function unitNames(
  db: Store,
  id: string,
): { name: string; parent: string | null } | undefined {
  return sql(
    db,
    `SELECT u.name AS name, p.name AS parent FROM org_units u
       LEFT JOIN org_units p ON p.id = u.parent_id WHERE u.id = ?`,
  ).get(id) as { name: string; parent: string | null } | undefined;
}

/** What a township's package covers: its own units, its branches' sheets, evidence and vetoes. */
export interface TownshipRows {
  units: Set<string>;
  branches: Set<string>;
  sheets: Set<string>;
  evidence: Set<string>;
  vetoes: Set<string>;
}

export function townshipRows(db: Store, townshipId: string): TownshipRows {
  const ids = (text: string): Set<string> =>
    new Set((sql(db, text).all(townshipId) as { id: string }[]).map((row) => row.id));
  const branchesSql = 'SELECT id FROM org_units WHERE parent_id = ?';
  const sheetsSql = `SELECT id FROM score_sheets WHERE branch_id IN (${branchesSql})`;
  return {
    // The counties and the township itself travel with it (a branch names both above it).
    units: ids("SELECT id FROM org_units WHERE id = ? OR kind = 'county'"),
    branches: ids(branchesSql),
    sheets: ids(sheetsSql),
    evidence: ids(`SELECT id FROM evidence_files WHERE sheet_id IN (${sheetsSql})`),
    vetoes: ids(`SELECT id FROM veto_resolutions WHERE branch_id IN (${branchesSql})`),
  };
}

export function townshipName(db: Store, id: string): string | undefined {
  const row = sql(
    db,
    "SELECT name FROM org_units WHERE id = ? AND kind IN ('township', 'subdistrict')",
  ).get(id) as { name: string } | undefined;
  return row?.name;
}

/** The townships of the data, for the package's scope choice. */
export function listTownships(db: Store): { id: string; name: string; county: string }[] {
  return sql(
    db,
    `SELECT t.id AS id, t.name AS name, c.name AS county FROM org_units t
       JOIN org_units c ON c.id = t.parent_id
      WHERE t.parent_id IS NOT NULL AND c.kind = 'county' AND t.archived_at IS NULL AND c.is_demo = 0
      ORDER BY c.sort_order, t.sort_order, t.name`,
  ).all() as { id: string; name: string; county: string }[];
}
