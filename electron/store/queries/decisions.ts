import type { DecidedLevel, DecisionOutcome } from '../../../shared/domain/views/meetings';
import type { Store } from '../open';

/**
 * The committee's decisions as other capabilities read them (ranking, exports, statistics,
 * issue #14). They live in the store, not in the meetings capability, because the meetings
 * capability itself reads the ranking: reading them here keeps the import graph acyclic.
 */

interface LatestRow {
  branch_id: string;
  decided_level: number | null;
  computed_level: number | null;
  outcome: DecisionOutcome;
  id: string;
  meeting_id: string;
  version: number;
  overrides_quota: number;
}

/**
 * The latest decision of each branch in a round, over every meeting: the most recent decision
 * wins (a re-review meeting decides after the first one; a new version after the old one).
 */
export function latestDecisions(db: Store, roundId: string): DecidedLevel[] {
  return (
    db
      .prepare(
        `SELECT d.branch_id, d.decided_level, d.computed_level, d.outcome, d.id, d.meeting_id,
                d.version, d.overrides_quota
           FROM meeting_decisions d
          WHERE d.round_id = ? AND NOT EXISTS (
            SELECT 1 FROM meeting_decisions e WHERE e.round_id = d.round_id
               AND e.branch_id = d.branch_id
               AND (e.decided_at > d.decided_at OR (e.decided_at = d.decided_at AND e.rowid > d.rowid)))
          ORDER BY d.branch_id`,
      )
      .all(roundId) as LatestRow[]
  ).map((r) => ({
    branchId: r.branch_id,
    decidedLevel: r.decided_level,
    computedLevel: r.computed_level,
    outcome: r.outcome,
    decisionId: r.id,
    meetingId: r.meeting_id,
    version: r.version,
    overridesQuota: r.overrides_quota === 1,
  }));
}

/** One latest decision with what the 评审结果 sheet prints beside it. */
export interface DecisionRecord extends DecidedLevel {
  votesFor: number;
  votesAgainst: number;
  votesAbstain: number;
  present: number;
  recused: number;
  reason: string;
  meetingTitle: string;
  meetingDate: string;
  decidedAt: string;
}

/** The latest decision of each branch in a round with its votes, reason and meeting. */
export function latestDecisionRecords(db: Store, roundId: string): DecisionRecord[] {
  const latest = latestDecisions(db, roundId);
  if (latest.length === 0) return [];
  const rows = db
    .prepare(
      `SELECT d.id, d.votes_for, d.votes_against, d.votes_abstain, d.present, d.recused,
              d.reason, d.decided_at, m.title, m.held_on
         FROM meeting_decisions d JOIN meetings m ON m.id = d.meeting_id
        WHERE d.round_id = ?`,
    )
    .all(roundId) as {
    id: string;
    votes_for: number;
    votes_against: number;
    votes_abstain: number;
    present: number;
    recused: number;
    reason: string;
    decided_at: string;
    title: string;
    held_on: string;
  }[];
  const byId = new Map(rows.map((r) => [r.id, r]));
  return latest.map((d) => {
    const r = byId.get(d.decisionId)!;
    return {
      ...d,
      votesFor: r.votes_for,
      votesAgainst: r.votes_against,
      votesAbstain: r.votes_abstain,
      present: r.present,
      recused: r.recused,
      reason: r.reason,
      meetingTitle: r.title,
      meetingDate: r.held_on,
      decidedAt: r.decided_at,
    };
  });
}
