import type { Store } from './open';

/**
 * Runs several reads in one deferred transaction, so they all see the same committed data
 * (another connection may commit between two plain reads). For reading only: writes go
 * through `write.ts`.
 */
export function readSnapshot<T>(db: Store, fn: () => T): T {
  return db.transaction(fn)();
}
