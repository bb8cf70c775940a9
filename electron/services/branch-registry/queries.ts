import type { BranchType, UnitKind } from '../../../shared/domain/org';
import type { Store } from '../../store/open';

/** One org unit as the registry reads and audits it. */
export interface RegistryUnitRow {
  id: string;
  parent_id: string | null;
  kind: UnitKind;
  branch_type: BranchType | null;
  name: string;
  sort_order: number;
  archived_at: string | null;
  /** 1 for the demo's units: what is added under them is demo data too. */
  is_demo: number;
}

export function findUnit(db: Store, id: string): RegistryUnitRow | undefined {
  return db
    .prepare(
      `SELECT id, parent_id, kind, branch_type, name, sort_order, archived_at, is_demo
         FROM org_units WHERE id = ?`,
    )
    .get(id) as RegistryUnitRow | undefined;
}

/** The children of one unit (townships of a county, branches of a township). */
export function listChildren(db: Store, parentId: string): RegistryUnitRow[] {
  return db
    .prepare(
      `SELECT id, parent_id, kind, branch_type, name, sort_order, archived_at, is_demo
         FROM org_units WHERE parent_id = ? ORDER BY sort_order, name`,
    )
    .all(parentId) as RegistryUnitRow[];
}

export function nextSortOrder(db: Store, parentId: string): number {
  const row = db
    .prepare('SELECT coalesce(max(sort_order), -1) + 1 AS n FROM org_units WHERE parent_id = ?')
    .get(parentId) as { n: number };
  return row.n;
}

export interface RegistryBranchRow {
  township_id: string;
  id: string;
  name: string;
  branch_type: BranchType;
  archived_at: string | null;
  takes_part: number;
  sheets_started: number;
  sheets_submitted: number;
  /** Sheets or veto decisions in any campaign: such a branch is never deleted. */
  scored_anywhere: number;
}

/**
 * Every branch under a county with its standing in one campaign, in tree order; without a
 * campaign (the county's own registry) the sheet counts cover every campaign.
 */
export function listRegistryBranches(
  db: Store,
  countyId: string,
  campaignId: string | null,
): RegistryBranchRow[] {
  return db
    .prepare(
      `SELECT t.id AS township_id, b.id, b.name, b.branch_type, b.archived_at,
              EXISTS (SELECT 1 FROM campaign_branches cb
                       WHERE cb.campaign_id = @campaign AND cb.branch_id = b.id) AS takes_part,
              (SELECT count(*) FROM score_sheets s JOIN rounds r ON r.id = s.round_id
                WHERE s.branch_id = b.id AND coalesce(r.campaign_id = @campaign, 1))
                AS sheets_started,
              (SELECT count(*) FROM score_sheets s JOIN rounds r ON r.id = s.round_id
                WHERE s.branch_id = b.id AND coalesce(r.campaign_id = @campaign, 1)
                  AND s.status = 'submitted') AS sheets_submitted,
              (EXISTS (SELECT 1 FROM score_sheets s WHERE s.branch_id = b.id)
                OR EXISTS (SELECT 1 FROM veto_resolutions v WHERE v.branch_id = b.id))
                AS scored_anywhere
         FROM org_units t JOIN org_units b ON b.parent_id = t.id
        WHERE t.parent_id = @county AND b.kind = 'branch'
        ORDER BY t.sort_order, t.name, b.sort_order, b.name`,
    )
    .all({ county: countyId, campaign: campaignId }) as RegistryBranchRow[];
}

/** Whether the branch was ever scored anywhere (any sheet or veto decision, any campaign). */
export function isScoredAnywhere(db: Store, branchId: string): boolean {
  return (
    (
      db
        .prepare(
          `SELECT EXISTS (SELECT 1 FROM score_sheets WHERE branch_id = @id)
             OR EXISTS (SELECT 1 FROM veto_resolutions WHERE branch_id = @id) AS scored`,
        )
        .get({ id: branchId }) as { scored: number }
    ).scored === 1
  );
}

/** Sheets the branch has in one campaign's rounds. */
export function countCampaignSheets(db: Store, campaignId: string, branchId: string): number {
  return (
    db
      .prepare(
        `SELECT count(*) AS n FROM score_sheets s JOIN rounds r ON r.id = s.round_id
          WHERE r.campaign_id = ? AND s.branch_id = ?`,
      )
      .get(campaignId, branchId) as { n: number }
  ).n;
}

export function countEvaluatorsOfUnit(db: Store, unitId: string): number {
  return (
    db.prepare('SELECT count(*) AS n FROM evaluators WHERE unit_id = ?').get(unitId) as {
      n: number;
    }
  ).n;
}

export function takesPart(db: Store, campaignId: string, branchId: string): boolean {
  return (
    db
      .prepare('SELECT 1 FROM campaign_branches WHERE campaign_id = ? AND branch_id = ?')
      .get(campaignId, branchId) !== undefined
  );
}

/** Campaigns the branch takes part in, for the audit snapshot of a deletion. */
export function listBranchCampaigns(db: Store, branchId: string): string[] {
  return (
    db
      .prepare('SELECT campaign_id FROM campaign_branches WHERE branch_id = ? ORDER BY campaign_id')
      .all(branchId) as { campaign_id: string }[]
  ).map((row) => row.campaign_id);
}

export function updateBranchRow(
  db: Store,
  id: string,
  row: { name: string; branchType: BranchType },
): void {
  db.prepare('UPDATE org_units SET name = ?, branch_type = ? WHERE id = ?').run(
    row.name,
    row.branchType,
    id,
  );
}

export function renameUnit(db: Store, id: string, name: string): void {
  db.prepare('UPDATE org_units SET name = ? WHERE id = ?').run(name, id);
}

export function moveUnit(db: Store, id: string, parentId: string, sortOrder: number): void {
  db.prepare('UPDATE org_units SET parent_id = ?, sort_order = ? WHERE id = ?').run(
    parentId,
    sortOrder,
    id,
  );
}

export function setArchivedAt(db: Store, id: string, at: string | null): void {
  db.prepare('UPDATE org_units SET archived_at = ? WHERE id = ?').run(at, id);
}

/**
 * Deletes a never-scored branch with its participations and assignments (plans, not results);
 * returns how many assignments went with it.
 */
export function deleteBranchRows(db: Store, id: string): number {
  const assignments = db.prepare('DELETE FROM assignments WHERE branch_id = ?').run(id).changes;
  db.prepare('DELETE FROM campaign_branches WHERE branch_id = ?').run(id);
  db.prepare('DELETE FROM org_units WHERE id = ?').run(id);
  return assignments;
}

/** Takes a branch out of a campaign with its assignments in that campaign's rounds. */
export function leaveCampaign(db: Store, campaignId: string, branchId: string): void {
  db.prepare(
    `DELETE FROM assignments WHERE branch_id = ?
        AND round_id IN (SELECT id FROM rounds WHERE campaign_id = ?)`,
  ).run(branchId, campaignId);
  db.prepare('DELETE FROM campaign_branches WHERE campaign_id = ? AND branch_id = ?').run(
    campaignId,
    branchId,
  );
}

interface MoveConflictRow {
  unit_id: string;
  unit_kind: 'county' | 'township' | 'subdistrict' | 'branch';
  unit_parent: string | null;
  branch_id: string;
  branch_parent: string;
  evaluator: string;
  branch: string;
  conflict_scope: 'township' | 'branch' | 'none';
}

/** Unconfirmed assignments that involve a branch, as the branch itself or as an evaluator's unit. */
export function listAssignmentsTouching(db: Store, unitId: string): MoveConflictRow[] {
  return db
    .prepare(
      `SELECT u.id AS unit_id, u.kind AS unit_kind, u.parent_id AS unit_parent,
              b.id AS branch_id, b.parent_id AS branch_parent, e.name AS evaluator, b.name AS branch,
              r.conflict_scope
         FROM assignments a
         JOIN rounds r ON r.id = a.round_id
         JOIN evaluators e ON e.id = a.evaluator_id
         JOIN org_units u ON u.id = e.unit_id
         JOIN org_units b ON b.id = a.branch_id
        WHERE a.conflict IS NULL AND (a.branch_id = ? OR e.unit_id = ?)`,
    )
    .all(unitId, unitId) as MoveConflictRow[];
}

/** What still refers to a township besides its branches: evaluators from it, plan targets. */
export function countTownshipUses(db: Store, townshipId: string): number {
  return (
    db
      .prepare(
        `SELECT (SELECT count(*) FROM evaluators WHERE unit_id = @id)
              + (SELECT count(*) FROM plan_targets WHERE township_id = @id)
              + (SELECT count(*) FROM org_units WHERE parent_id = @id) AS n`,
      )
      .get({ id: townshipId }) as { n: number }
  ).n;
}

export function deleteUnitRow(db: Store, id: string): void {
  db.prepare('DELETE FROM org_units WHERE id = ?').run(id);
}

export interface CountyRow {
  id: string;
  name: string;
  admin_code: string | null;
  department: string | null;
  is_demo: number;
  townships: number;
  branches: number;
  campaigns: number;
}

/** Every county, real ones first, with what it holds (active branches only). */
export function listCountyRows(db: Store): CountyRow[] {
  return db
    .prepare(
      `SELECT c.id, c.name, c.admin_code, c.department, c.is_demo,
              (SELECT count(*) FROM org_units t WHERE t.parent_id = c.id) AS townships,
              (SELECT count(*) FROM org_units t JOIN org_units b ON b.parent_id = t.id
                WHERE t.parent_id = c.id AND b.kind = 'branch' AND b.archived_at IS NULL)
                AS branches,
              (SELECT count(*) FROM campaigns k WHERE k.county_id = c.id) AS campaigns
         FROM org_units c
        WHERE c.kind = 'county' AND c.archived_at IS NULL
        ORDER BY c.is_demo, c.sort_order, c.created_at, c.name`,
    )
    .all() as CountyRow[];
}

export function getCountyRow(db: Store, id: string): CountyRow | undefined {
  return listCountyRows(db).find((c) => c.id === id);
}

export function updateCountyRow(
  db: Store,
  id: string,
  row: { name: string; adminCode: string | null; department: string | null },
): void {
  db.prepare('UPDATE org_units SET name = ?, admin_code = ?, department = ? WHERE id = ?').run(
    row.name,
    row.adminCode,
    row.department,
    id,
  );
}
