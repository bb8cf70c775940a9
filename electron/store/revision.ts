import type { Store } from './open';

/**
 * The data revision: a number that moves whenever committed data may have changed, so caches
 * of derived data (rankings, completion counts) know when they are stale. It combines a counter
 * that the write path (`write.ts`) bumps once per committed transaction of this connection with
 * SQLite's `data_version`, which moves when ANOTHER connection (window, process) commits.
 */
const counters = new WeakMap<Store, number>();

export function dataRevision(db: Store): number {
  // Data read inside an open transaction may yet be rolled back: whatever is computed from it
  // must never be reused, so it gets a revision that equals nothing (NaN !== NaN).
  if (db.inTransaction) return Number.NaN;
  const external = db.pragma('data_version', { simple: true }) as number;
  return (counters.get(db) ?? 0) * 1_000_003 + external;
}

/** Only the write path bumps, once per commit (and tests that change rows behind its back). */
export function bumpRevision(db: Store): void {
  counters.set(db, (counters.get(db) ?? 0) + 1);
}
