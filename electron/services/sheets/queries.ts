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

/** A branch's own audit entries and those of its sheets, oldest first. */
export function listBranchAudit(db: Store, branchId: string): AuditRow[] {
  return db
    .prepare(
      `SELECT * FROM audit_log
        WHERE (entity = 'branch' AND entity_id = ?)
           OR (entity = 'sheet' AND entity_id IN (SELECT id FROM score_sheets WHERE branch_id = ?))
        ORDER BY seq`,
    )
    .all(branchId, branchId) as AuditRow[];
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

/** Records a veto's resolution; false when it was resolved already. */
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
         VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (round_id, branch_id, item_code) DO NOTHING`,
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
