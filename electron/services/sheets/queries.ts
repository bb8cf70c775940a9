import type { AuditRow } from '../../store/queries/audit';
import type { Store } from '../../store/open';

/** Whether a branch takes part in a round's campaign, and whether it is archived. */
export function branchTakingPart(
  db: Store,
  roundId: string,
  branchId: string,
): { archived_at: string | null } | undefined {
  return db
    .prepare(
      `SELECT b.archived_at FROM rounds r
         JOIN campaign_branches cb ON cb.campaign_id = r.campaign_id
         JOIN org_units b ON b.id = cb.branch_id
        WHERE r.id = ? AND cb.branch_id = ?`,
    )
    .get(roundId, branchId) as { archived_at: string | null } | undefined;
}

/**
 * A branch's own audit entries and those of its sheets, oldest first; a discarded sheet's
 * entries stay in the trail (the discard entry on the branch names the sheet).
 */
export function listBranchAudit(db: Store, branchId: string): AuditRow[] {
  return db
    .prepare(
      `SELECT * FROM audit_log
        WHERE (entity = 'branch' AND entity_id = @branch)
           OR (entity = 'sheet' AND entity_id IN (
                 SELECT id FROM score_sheets WHERE branch_id = @branch
                 UNION ALL
                 SELECT json_extract(before, '$.sheetId') FROM audit_log
                  WHERE entity = 'branch' AND entity_id = @branch AND action = 'discard-sheet'))
        ORDER BY seq`,
    )
    .all({ branch: branchId }) as AuditRow[];
}

/** How many files were ever attached to a sheet (removed ones are kept, so they count). */
export function countSheetEvidence(db: Store, sheetId: string): number {
  return (
    db.prepare('SELECT count(*) AS n FROM evidence_files WHERE sheet_id = ?').get(sheetId) as {
      n: number;
    }
  ).n;
}

/** Deletes a sheet (its scores go with it) if it is still at `version`; false otherwise. */
export function deleteSheetAt(db: Store, sheetId: string, version: number): boolean {
  return (
    db.prepare('DELETE FROM score_sheets WHERE id = ? AND version = ?').run(sheetId, version)
      .changes === 1
  );
}

export interface DraftLine {
  id: string;
  version: number;
  branch_id: string;
  branch_name: string;
  township_name: string;
  evaluator_id: string | null;
  evaluator_name: string | null;
}

/**
 * A round's draft sheets, optionally of one evaluator (null: the self-assessments) and of one
 * township, in tree order then by evaluator.
 */
export function listRoundDrafts(
  db: Store,
  filter: {
    roundId: string;
    evaluatorId?: string | null | undefined;
    townshipId?: string | undefined;
  },
): DraftLine[] {
  return db
    .prepare(
      `SELECT s.id, s.version, s.branch_id, b.name AS branch_name, t.name AS township_name,
              s.evaluator_id, e.name AS evaluator_name
         FROM score_sheets s
         JOIN org_units b ON b.id = s.branch_id
         JOIN org_units t ON t.id = b.parent_id
         LEFT JOIN evaluators e ON e.id = s.evaluator_id
        WHERE s.round_id = @round AND s.status = 'draft'
          AND (@anyEvaluator = 1 OR s.evaluator_id IS @evaluator)
          AND (@township IS NULL OR t.id = @township)
        ORDER BY t.sort_order, t.name, b.sort_order, b.name, e.name, e.id`,
    )
    .all({
      round: filter.roundId,
      anyEvaluator: filter.evaluatorId === undefined ? 1 : 0,
      evaluator: filter.evaluatorId ?? null,
      township: filter.townshipId ?? null,
    }) as DraftLine[];
}

/** [sheet, item] of every entry of the given sheets. */
export function listEnteredItems(db: Store, sheetIds: readonly string[]): [string, string][] {
  return db
    .prepare(
      `SELECT sc.sheet_id, sc.item_code FROM json_each(?) j JOIN scores sc ON sc.sheet_id = j.value`,
    )
    .raw()
    .all(JSON.stringify(sheetIds)) as [string, string][];
}

/** How many sheets of a round raise a veto item for a branch. */
export function countRaisedVetoes(
  db: Store,
  input: { roundId: string; branchId: string; itemCode: string },
): number {
  const row = db
    .prepare(
      `SELECT count(*) AS n FROM score_sheets s JOIN scores sc ON sc.sheet_id = s.id
        WHERE s.round_id = ? AND s.branch_id = ? AND sc.item_code = ? AND sc.fact = 1`,
    )
    .get(input.roundId, input.branchId, input.itemCode) as { n: number };
  return row.n;
}

/**
 * Records a veto's resolution; false when it was resolved already (its derived id, or its
 * round, branch and item, taken).
 */
export function insertVetoResolution(
  db: Store,
  row: {
    id: string;
    roundId: string;
    branchId: string;
    itemCode: string;
    reason: string;
    resolvedBy: string;
    resolvedAt: string;
  },
): boolean {
  return (
    db
      .prepare(
        `INSERT INTO veto_resolutions (id, round_id, branch_id, item_code, reason, resolved_by, resolved_at)
         VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING`,
      )
      .run(
        row.id,
        row.roundId,
        row.branchId,
        row.itemCode,
        row.reason,
        row.resolvedBy,
        row.resolvedAt,
      ).changes > 0
  );
}
