import type { Store } from '../../store/open';
import type { CheckpointRow } from '../../store/queries/checkpoints';
import type { ChainedFields } from '../../store/audit-chain';

export type ChainRow = ChainedFields & {
  seq: number;
  prev_hash: string | null;
  hash: string | null;
};

/** Every audit entry in chain order, one at a time (a county's log has hundreds of thousands). */
export function chainRows(db: Store): IterableIterator<ChainRow> {
  return db.prepare('SELECT * FROM audit_log ORDER BY seq').iterate() as IterableIterator<ChainRow>;
}

export function auditCount(db: Store): number {
  return (db.prepare('SELECT count(*) AS n FROM audit_log').get() as { n: number }).n;
}

/** What a checkpoint names: the round, its campaign and county. */
export interface RoundOrigin {
  roundId: string;
  round: string;
  campaignId: string;
  campaign: string;
  year: number;
  county: string;
  closedMeetings: number;
}

export function roundOrigin(db: Store, roundId: string): RoundOrigin | undefined {
  return db
    .prepare(
      `SELECT r.id AS roundId, r.name AS round, c.id AS campaignId, c.name AS campaign,
              c.year AS year, u.name AS county,
              (SELECT count(*) FROM meetings m
                WHERE m.round_id = r.id AND m.stage = 'closed') AS closedMeetings
         FROM rounds r JOIN campaigns c ON c.id = r.campaign_id
         JOIN org_units u ON u.id = c.county_id
        WHERE r.id = ?`,
    )
    .get(roundId) as RoundOrigin | undefined;
}

export type { CheckpointRow } from '../../store/queries/checkpoints';
export { frozenCheckpoint } from '../../store/queries/checkpoints';

/** The round's checkpoints, newest version first. */
export function checkpointsOf(db: Store, roundId: string): CheckpointRow[] {
  return db
    .prepare('SELECT * FROM checkpoints WHERE round_id = ? ORDER BY version DESC')
    .all(roundId) as CheckpointRow[];
}

export function allCheckpoints(db: Store): CheckpointRow[] {
  return db.prepare('SELECT * FROM checkpoints ORDER BY frozen_at').all() as CheckpointRow[];
}

export function insertCheckpoint(db: Store, row: CheckpointRow): void {
  db.prepare(
    `INSERT INTO checkpoints (id, round_id, version, county, campaign, year, round, size, root,
       audit_head, frozen_at, frozen_by, app_version, key_id, public_key, signature,
       unfrozen_at, unfrozen_by, unfreeze_reason)
     VALUES (@id, @round_id, @version, @county, @campaign, @year, @round, @size, @root,
       @audit_head, @frozen_at, @frozen_by, @app_version, @key_id, @public_key, @signature,
       @unfrozen_at, @unfrozen_by, @unfreeze_reason)`,
  ).run(row);
}

export function markUnfrozen(db: Store, id: string, at: string, by: string, reason: string): void {
  db.prepare(
    'UPDATE checkpoints SET unfrozen_at = ?, unfrozen_by = ?, unfreeze_reason = ? WHERE id = ?',
  ).run(at, by, reason, id);
}

export function auditHead(db: Store): string | null {
  const row = db.prepare('SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1').get() as
    { hash: string | null } | undefined;
  return row?.hash ?? null;
}
