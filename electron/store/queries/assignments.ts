import type { ConflictScope, RoundKind, UnitKind } from '../../../shared/domain/org';
import type { ConflictOfInterest } from '../../../shared/domain/views';
import type { Store } from '../open';

export interface AssignmentRow {
  round_id: string;
  evaluator_id: string;
  evaluator_name: string;
  branch_id: string;
  branch_name: string;
  township_id: string;
  township_name: string;
  conflict: ConflictOfInterest | null;
  conflict_reason: string | null;
  confirmed_by: string | null;
  /** The round's rule for what counts as a conflict. */
  conflict_scope: ConflictScope;
}

const SELECT_ASSIGNMENT = `
  SELECT a.round_id, a.evaluator_id, e.name AS evaluator_name, a.branch_id, b.name AS branch_name,
         t.id AS township_id, t.name AS township_name, a.conflict, a.conflict_reason, a.confirmed_by,
         r.conflict_scope
    FROM assignments a
    JOIN rounds r ON r.id = a.round_id
    JOIN evaluators e ON e.id = a.evaluator_id
    JOIN org_units b ON b.id = a.branch_id
    JOIN org_units t ON t.id = b.parent_id`;

export function listAssignments(db: Store, roundId: string): AssignmentRow[] {
  return db
    .prepare(
      `${SELECT_ASSIGNMENT} WHERE a.round_id = ?
        ORDER BY e.name, e.id, t.sort_order, t.name, b.sort_order, b.name`,
    )
    .all(roundId) as AssignmentRow[];
}

export function getAssignment(
  db: Store,
  roundId: string,
  evaluatorId: string,
  branchId: string,
): AssignmentRow | undefined {
  return db
    .prepare(`${SELECT_ASSIGNMENT} WHERE a.round_id = ? AND a.evaluator_id = ? AND a.branch_id = ?`)
    .get(roundId, evaluatorId, branchId) as AssignmentRow | undefined;
}

/** Branch ids one evaluator already has in a round. */
export function assignedBranchIds(db: Store, roundId: string, evaluatorId: string): Set<string> {
  const rows = db
    .prepare('SELECT branch_id FROM assignments WHERE round_id = ? AND evaluator_id = ?')
    .all(roundId, evaluatorId) as { branch_id: string }[];
  return new Set(rows.map((row) => row.branch_id));
}

export interface NewAssignment {
  roundId: string;
  evaluatorId: string;
  branchId: string;
  conflict: ConflictOfInterest | null;
  conflictReason: string | null;
  confirmedBy: string | null;
  createdAt: string;
}

/** Inserts unless the pair is already assigned; answers whether a row was added. */
export function insertAssignment(db: Store, a: NewAssignment): boolean {
  return (
    db
      .prepare(
        `INSERT INTO assignments
           (round_id, evaluator_id, branch_id, conflict, conflict_reason, confirmed_by, created_at)
         VALUES (?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT (round_id, evaluator_id, branch_id) DO NOTHING`,
      )
      .run(
        a.roundId,
        a.evaluatorId,
        a.branchId,
        a.conflict,
        a.conflictReason,
        a.confirmedBy,
        a.createdAt,
      ).changes > 0
  );
}

export function deleteAssignment(
  db: Store,
  roundId: string,
  evaluatorId: string,
  branchId: string,
): number {
  return db
    .prepare('DELETE FROM assignments WHERE round_id = ? AND evaluator_id = ? AND branch_id = ?')
    .run(roundId, evaluatorId, branchId).changes;
}

/** Stores a pair's conflict of interest (null: none) with its confirmation. */
export function setAssignmentConflict(
  db: Store,
  a: {
    roundId: string;
    evaluatorId: string;
    branchId: string;
    conflict: ConflictOfInterest | null;
    conflictReason: string | null;
    confirmedBy: string | null;
  },
): void {
  db.prepare(
    `UPDATE assignments SET conflict = ?, conflict_reason = ?, confirmed_by = ?
      WHERE round_id = ? AND evaluator_id = ? AND branch_id = ?`,
  ).run(a.conflict, a.conflictReason, a.confirmedBy, a.roundId, a.evaluatorId, a.branchId);
}

/** Every assignment of a round with the evaluator's unit, to judge conflicts again. */
export function listRoundAssignmentUnits(
  db: Store,
  roundId: string,
): (AssignmentRow & {
  unit_id: string | null;
  unit_kind: UnitKind | null;
  unit_parent_id: string | null;
})[] {
  return db
    .prepare(
      `SELECT x.*, u.id AS unit_id, u.kind AS unit_kind, u.parent_id AS unit_parent_id
         FROM (${SELECT_ASSIGNMENT} WHERE a.round_id = ?) x
         JOIN evaluators ev ON ev.id = x.evaluator_id
         LEFT JOIN org_units u ON u.id = ev.unit_id
        ORDER BY x.township_name, x.branch_name, x.evaluator_name`,
    )
    .all(roundId) as ReturnType<typeof listRoundAssignmentUnits>;
}

/** How many branches each of a campaign's evaluators has, per round. */
export function countAssignmentsByRound(
  db: Store,
  campaignId: string,
): { evaluator_id: string; round_id: string; n: number }[] {
  return db
    .prepare(
      `SELECT a.evaluator_id, a.round_id, count(*) AS n
         FROM assignments a JOIN rounds r ON r.id = a.round_id
        WHERE r.campaign_id = ?
        GROUP BY a.evaluator_id, a.round_id, r.seq
        ORDER BY r.seq`,
    )
    .all(campaignId) as { evaluator_id: string; round_id: string; n: number }[];
}

/** Every branch an evaluator is assigned, in any round, for re-checking after a unit change. */
export function listEvaluatorAssignments(db: Store, evaluatorId: string): AssignmentRow[] {
  return db
    .prepare(`${SELECT_ASSIGNMENT} WHERE a.evaluator_id = ? ORDER BY t.sort_order, b.sort_order`)
    .all(evaluatorId) as AssignmentRow[];
}

/** Whether the evaluator already submitted a sheet for the branch in the round. */
export function hasSubmittedSheet(
  db: Store,
  roundId: string,
  evaluatorId: string,
  branchId: string,
): boolean {
  return (
    db
      .prepare(
        `SELECT 1 FROM score_sheets WHERE round_id = ? AND evaluator_id = ? AND branch_id = ?
            AND status = 'submitted'`,
      )
      .get(roundId, evaluatorId, branchId) !== undefined
  );
}

/** How many branches one evaluator has, per round (any campaign). */
export function countEvaluatorAssignments(
  db: Store,
  evaluatorId: string,
): { round_id: string; n: number }[] {
  return db
    .prepare(
      `SELECT a.round_id, count(*) AS n FROM assignments a JOIN rounds r ON r.id = a.round_id
        WHERE a.evaluator_id = ? GROUP BY a.round_id, r.seq ORDER BY r.seq`,
    )
    .all(evaluatorId) as { round_id: string; n: number }[];
}

/** The campaign branches under one township, in display order. */
/** The township's campaign branches that can still get new work (archived ones cannot). */
export function listTownshipCampaignBranches(
  db: Store,
  campaignId: string,
  townshipId: string,
): { id: string; name: string }[] {
  return db
    .prepare(
      `SELECT b.id, b.name FROM campaign_branches cb JOIN org_units b ON b.id = cb.branch_id
        WHERE cb.campaign_id = ? AND b.parent_id = ? AND b.archived_at IS NULL
        ORDER BY b.sort_order, b.name`,
    )
    .all(campaignId, townshipId) as { id: string; name: string }[];
}

/** The campaign a round belongs to, or undefined when there is no such round. */
export function getRoundCampaignId(db: Store, roundId: string): string | undefined {
  return getRoundRule(db, roundId)?.campaign_id;
}

export interface RoundRuleRow {
  campaign_id: string;
  name: string;
  kind: RoundKind;
  conflict_scope: ConflictScope;
}

/** A round's campaign, name, kind and conflict rule. */
export function getRoundRule(db: Store, roundId: string): RoundRuleRow | undefined {
  return db
    .prepare('SELECT campaign_id, name, kind, conflict_scope FROM rounds WHERE id = ?')
    .get(roundId) as RoundRuleRow | undefined;
}
