import type { BranchType, UnitKind } from '../../../shared/domain/org';
import type { Statement } from 'better-sqlite3';
import type { Store } from '../../store/open';

export interface TownshipRow {
  id: string;
  name: string;
  kind: UnitKind;
  sort_order: number;
}

export interface BranchRow {
  id: string;
  township_id: string;
  name: string;
  branch_type: BranchType;
  in_campaign: 0 | 1;
  archived: 0 | 1;
}

/** The county's active townships and sub-districts. */
export function listTownships(db: Store, countyId: string): TownshipRow[] {
  return db
    .prepare(
      `SELECT id, name, kind, sort_order FROM org_units
        WHERE parent_id = ? AND kind IN ('township', 'subdistrict') AND archived_at IS NULL
        ORDER BY sort_order, name`,
    )
    .all(countyId) as TownshipRow[];
}

/**
 * The county's branches, archived ones too (a list naming an archived branch must not create it
 * again), and whether each already takes part in the campaign.
 */
export function listBranches(db: Store, countyId: string, campaignId: string | null): BranchRow[] {
  return db
    .prepare(
      `SELECT b.id, b.parent_id AS township_id, b.name, b.branch_type,
              EXISTS (SELECT 1 FROM campaign_branches cb
                       WHERE cb.campaign_id = ? AND cb.branch_id = b.id) AS in_campaign,
              b.archived_at IS NOT NULL AS archived
         FROM org_units t JOIN org_units b ON b.parent_id = t.id
        WHERE t.parent_id = ? AND b.kind = 'branch'
        ORDER BY b.archived_at IS NOT NULL`,
    )
    .all(campaignId, countyId) as BranchRow[];
}

/** The next free sort position under a parent, so imported units come after existing ones. */
export function nextSortOrders(db: Store, countyId: string): Map<string, number> {
  const rows = db
    .prepare(
      `SELECT parent_id AS id, max(sort_order) + 1 AS next FROM org_units
        WHERE parent_id = ? OR parent_id IN (SELECT id FROM org_units WHERE parent_id = ?)
        GROUP BY parent_id`,
    )
    .all(countyId, countyId) as { id: string; next: number }[];
  return new Map(rows.map((r) => [r.id, r.next]));
}

/** Prepared once per apply: tens of thousands of rows go through them. */

export function writers(
  db: Store,
): Record<'insertUnit' | 'setType' | 'enrol', Statement<unknown[]>> {
  return {
    insertUnit: db.prepare(
      `INSERT INTO org_units (id, parent_id, kind, branch_type, name, sort_order, is_demo, created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    setType: db.prepare('UPDATE org_units SET branch_type = ? WHERE id = ?'),
    enrol: db.prepare(
      'INSERT OR IGNORE INTO campaign_branches (campaign_id, branch_id) VALUES (?, ?)',
    ),
  };
}
