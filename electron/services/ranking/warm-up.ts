import { createLogger } from '../../logger';
import type { Store } from '../../store/open';
import type { ServiceContext } from '../context';
import { computeRankingInSlices } from './computed';
import { computeRanking } from './service';

const log = createLogger('ranking');

const warming = new WeakMap<Store, Promise<void>>();

/** Lets everything already waiting run (calls, I/O) before the next slice. */
const pause = () => new Promise<void>((done) => setImmediate(done));

/**
 * Computes a round's ranking after a stored first screen was answered (first-screen.ts), so the
 * user's next request finds it in memory. It runs on main, in slices with pauses between them:
 * a province's ranking read in one go held every other call for 1–2 s. (A worker was measured
 * and rejected: handing 46,000 evaluations back costs 0.35 s to serialise there and 0.4–0.9 s
 * to read on main, longer than the slices hold main in all.) One warm-up per database at a time;
 * it stops when the data moves on or a request computed the ranking itself.
 */
export function warmRanking(
  ctx: ServiceContext,
  input: { campaignId: string; roundId?: string | undefined },
): void {
  if (warming.has(ctx.db)) return;
  const run = (async () => {
    // Not one step before the answer that started it has gone.
    await pause();
    if (!ctx.db.open) return; // the file was closed meanwhile (the app quit, a restore)
    if (!(await computeRankingInSlices(ctx, input, pause))) return;
    // The display rows, in a part of their own.
    await pause();
    if (ctx.db.open) computeRanking(ctx, input);
  })()
    .catch((error: unknown) => {
      // The next request computes it again and answers its error.
      log.warn(`warming the ranking failed: ${String(error)}`);
    })
    .finally(() => warming.delete(ctx.db));
  warming.set(ctx.db, run);
}

/** Resolves when no warm-up is running on this database (tests and the bench wait on it). */
export function rankingWarmed(db: Store): Promise<void> {
  return warming.get(db) ?? Promise.resolve();
}
