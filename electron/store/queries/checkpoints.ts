import type { Store } from '../open';

/** The round's current checkpoint (定稿, migration 0012): it is frozen while one exists. */
export function currentCheckpoint(
  db: Store,
  roundId: string,
): { round: string; version: number } | undefined {
  return db
    .prepare('SELECT round, version FROM checkpoints WHERE round_id = ? AND unfrozen_at IS NULL')
    .get(roundId) as { round: string; version: number } | undefined;
}
