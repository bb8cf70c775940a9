import { AppError } from '../../shared/errors';
import type { Store } from './open';
import { frozenCheckpoint } from './queries/checkpoints';

/**
 * The refusal of migration 0012's triggers: a write aimed at a frozen round's results (定稿).
 * SQLite's RAISE takes only a literal, so the trigger cannot say which round; the services that
 * know it name it (`assertNotFrozen`), everything else gets this general sentence.
 */
export function isFrozenRefusal(error: unknown): boolean {
  return (
    typeof error === 'object' &&
    error !== null &&
    'code' in error &&
    error.code === 'SQLITE_CONSTRAINT_TRIGGER' &&
    error instanceof Error &&
    error.message === 'FROZEN'
  );
}

export function frozenError(details: { round?: string; version?: number } = {}): AppError {
  return new AppError(
    'FROZEN',
    `The round's results are frozen${details.round ? ` (${details.round}, v${details.version ?? '?'})` : ''}; unfreeze it first, with a reason`,
    details,
  );
}

/**
 * A service's own check before it writes to a round: the refusal then names the round and the
 * checkpoint's version, and comes before any other (an incomplete sheet of a frozen round is
 * frozen first). The triggers stay the guarantee for every other path.
 */
export function assertRoundOpen(db: Store, roundId: string): void {
  const current = frozenCheckpoint(db, roundId);
  if (current) throw frozenError({ round: current.round, version: current.version });
}
