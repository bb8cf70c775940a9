import type { ConflictScope, RoundKind } from '../../../shared/domain/org';
import { defaultConflictScope } from '../../../shared/domain/org';
import type { Store } from '../open';

export interface RoundProgressRow {
  id: string;
  kind: RoundKind;
  name: string;
  seq: number;
  sheets_started: number;
  sheets_submitted: number;
  branches_scored: number;
}

export function insertRound(
  db: Store,
  round: {
    id: string;
    campaignId: string;
    kind: RoundKind;
    name: string;
    seq: number;
    /** Defaults from the kind (`defaultConflictScope`). */
    conflictScope?: ConflictScope | undefined;
    createdAt: string;
  },
): void {
  db.prepare(
    `INSERT INTO rounds (id, campaign_id, kind, name, seq, conflict_scope, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    round.id,
    round.campaignId,
    round.kind,
    round.name,
    round.seq,
    round.conflictScope ?? defaultConflictScope(round.kind),
    round.createdAt,
  );
}

/** Each round of a campaign with how far scoring has got. */
export function listRoundProgress(db: Store, campaignId: string): RoundProgressRow[] {
  return db
    .prepare(
      `SELECT r.id, r.kind, r.name, r.seq,
              count(s.id) AS sheets_started,
              coalesce(sum(s.status = 'submitted'), 0) AS sheets_submitted,
              count(DISTINCT s.branch_id) AS branches_scored
         FROM rounds r LEFT JOIN score_sheets s ON s.round_id = r.id
        WHERE r.campaign_id = ?
        GROUP BY r.id ORDER BY r.seq`,
    )
    .all(campaignId) as RoundProgressRow[];
}
