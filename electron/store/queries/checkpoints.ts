import type { Store } from '../open';

/** A signed checkpoint of a frozen round (定稿, migration 0012), as stored. */
export interface CheckpointRow {
  id: string;
  round_id: string;
  version: number;
  county: string;
  campaign: string;
  year: number;
  round: string;
  size: number;
  root: string;
  audit_head: string | null;
  frozen_at: string;
  frozen_by: string;
  app_version: string;
  key_id: string;
  public_key: string;
  signature: string;
  unfrozen_at: string | null;
  unfrozen_by: string | null;
  unfreeze_reason: string | null;
}

/**
 * The round's current checkpoint: the round is frozen while one exists. In the store because the
 * services that write to a round check it before they write (`electron/store/frozen.ts`).
 */
export function frozenCheckpoint(db: Store, roundId: string): CheckpointRow | undefined {
  return db
    .prepare('SELECT * FROM checkpoints WHERE round_id = ? AND unfrozen_at IS NULL')
    .get(roundId) as CheckpointRow | undefined;
}
