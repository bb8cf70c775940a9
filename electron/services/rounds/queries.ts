import type { ConflictScope, RoundKind } from '../../../shared/domain/org';
import type { ConflictOfInterest } from '../../../shared/domain/views';
import type { Store } from '../../store/open';

export interface RoundCountsRow {
  id: string;
  campaign_id: string;
  kind: RoundKind;
  name: string;
  seq: number;
  conflict_scope: ConflictScope;
  is_deciding: number;
  assignments: number;
  evaluators: number;
  conflicts: number;
  sheets_started: number;
  sheets_submitted: number;
}

// Counted in sub-queries so assignments and sheets do not multiply each other in one join.
const SELECT_ROUND = `
  SELECT r.id, r.campaign_id, r.kind, r.name, r.seq, r.conflict_scope,
         (c.deciding_round_id IS r.id) AS is_deciding,
         (SELECT count(*) FROM assignments a WHERE a.round_id = r.id) AS assignments,
         (SELECT count(DISTINCT a.evaluator_id) FROM assignments a WHERE a.round_id = r.id) AS evaluators,
         (SELECT count(*) FROM assignments a WHERE a.round_id = r.id AND a.conflict IS NOT NULL) AS conflicts,
         (SELECT count(*) FROM score_sheets s WHERE s.round_id = r.id) AS sheets_started,
         (SELECT count(*) FROM score_sheets s WHERE s.round_id = r.id AND s.status = 'submitted') AS sheets_submitted
    FROM rounds r JOIN campaigns c ON c.id = r.campaign_id`;

export function listRoundCounts(db: Store, campaignId: string): RoundCountsRow[] {
  return db
    .prepare(`${SELECT_ROUND} WHERE r.campaign_id = ? ORDER BY r.seq`)
    .all(campaignId) as RoundCountsRow[];
}

export function getRoundCounts(db: Store, roundId: string): RoundCountsRow | undefined {
  return db.prepare(`${SELECT_ROUND} WHERE r.id = ?`).get(roundId) as RoundCountsRow | undefined;
}

export function nextRoundSeq(db: Store, campaignId: string): number {
  const row = db
    .prepare('SELECT coalesce(max(seq), 0) + 1 AS n FROM rounds WHERE campaign_id = ?')
    .get(campaignId) as { n: number };
  return row.n;
}

export function updateRound(
  db: Store,
  roundId: string,
  next: { name: string; kind: RoundKind; conflictScope: ConflictScope },
): void {
  db.prepare('UPDATE rounds SET name = ?, kind = ?, conflict_scope = ? WHERE id = ?').run(
    next.name,
    next.kind,
    next.conflictScope,
    roundId,
  );
}

export function deleteRound(db: Store, roundId: string): void {
  db.prepare('DELETE FROM rounds WHERE id = ?').run(roundId);
}

/** A round's sheets by who files them: self-assessments and evaluators' sheets. */
export function countRoundSheetsByOwner(
  db: Store,
  roundId: string,
): { self: number; evaluators: number } {
  return db
    .prepare(
      `SELECT coalesce(sum(evaluator_id IS NULL), 0) AS self,
              coalesce(sum(evaluator_id IS NOT NULL), 0) AS evaluators
         FROM score_sheets WHERE round_id = ?`,
    )
    .get(roundId) as { self: number; evaluators: number };
}

/**
 * Gives the campaign's rounds the order of `ids` (seq 1, 2, …). Two passes, because
 * (campaign_id, seq) is unique and a swap would collide half way.
 */
export function setRoundOrder(db: Store, campaignId: string, ids: readonly string[]): void {
  db.prepare('UPDATE rounds SET seq = -seq WHERE campaign_id = ?').run(campaignId);
  const set = db.prepare('UPDATE rounds SET seq = ? WHERE id = ? AND campaign_id = ?');
  ids.forEach((id, index) => set.run(index + 1, id, campaignId));
}

/** Whether an evaluator is assigned to a branch in a round. */
export function isAssigned(
  db: Store,
  roundId: string,
  evaluatorId: string,
  branchId: string,
): boolean {
  return (
    db
      .prepare(
        'SELECT 1 FROM assignments WHERE round_id = ? AND evaluator_id = ? AND branch_id = ?',
      )
      .get(roundId, evaluatorId, branchId) !== undefined
  );
}

export interface BranchEvaluatorRow {
  evaluator_id: string;
  name: string;
  role: string;
  conflict: ConflictOfInterest | null;
}

export function listBranchEvaluators(
  db: Store,
  roundId: string,
  branchId: string,
): BranchEvaluatorRow[] {
  return db
    .prepare(
      `SELECT a.evaluator_id, e.name, e.role, a.conflict
         FROM assignments a JOIN evaluators e ON e.id = a.evaluator_id
        WHERE a.round_id = ? AND a.branch_id = ?
        ORDER BY e.name, e.id`,
    )
    .all(roundId, branchId) as BranchEvaluatorRow[];
}
