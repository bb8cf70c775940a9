import type { RowFilter } from '../../../shared/domain/ranking-query/types';
import type { RankingPage } from '../../../shared/domain/views';
import { createLogger } from '../../logger';
import { schemaVersion } from '../../store/open';
import { dataGeneration, getMeta, setMeta } from '../../store/queries/meta';
import { writeDerived, writesHeld } from '../../store/write';
import type { ServiceContext } from '../context';

const log = createLogger('ranking');

/**
 * The ranking screen's first screen, kept in the database (issue #12 point 6): a province's first
 * ranking after a start reads 138,000 sheets and ranks 46,000 branches (1.4 s on a quiet
 * machine, far more under load), while the screen opens on the same 200 rows every time. The
 * answer to that first request — the unfiltered, unsorted first block with the ranking's
 * description — is stored after it is computed, with the stored data generation (moved by every
 * committed write, see store/queries/meta.ts), the schema version and the app version it was
 * computed at; after a restart it is answered from there while all three still match, and the
 * ranking is computed right after, in slices (warm-up.ts), so the next request finds it warm. Derived data: written
 * without audit or revision, and only ever one (the latest campaign and round asked for).
 */
export const FIRST_SCREEN_KEY = 'ranking.firstScreen';

/** The screen's block (renderer/src/features/ranking/queries.ts RANKING_BLOCK): what is kept. */
export const STORED_ROWS = 200;

interface Stored {
  stamp: string;
  page: RankingPage;
}

export interface FirstScreenAsk {
  campaignId: string;
  roundId: string;
  offset: number;
  limit: number;
  sort?: unknown;
  filters: RowFilter;
}

/** Only the screen's opening view is kept: no filter, no sort, from the first row. */
export function isOpeningView(ask: Omit<FirstScreenAsk, 'roundId'>): boolean {
  const f = ask.filters;
  return (
    ask.offset === 0 &&
    ask.limit <= STORED_ROWS &&
    ask.sort === undefined &&
    f.townships.length === 0 &&
    f.levels.length === 0 &&
    f.stars.length === 0 &&
    f.status === undefined &&
    f.search === ''
  );
}

function stampOf(ctx: ServiceContext, campaignId: string, roundId: string): string {
  return JSON.stringify([
    campaignId,
    roundId,
    dataGeneration(ctx.db),
    schemaVersion(ctx.db),
    ctx.info.version,
  ]);
}

/** The stored first screen when it is still the data's, cut to the rows asked for. */
export function storedFirstScreen(ctx: ServiceContext, ask: FirstScreenAsk): RankingPage | null {
  if (!isOpeningView(ask)) return null;
  const raw = getMeta(ctx.db, FIRST_SCREEN_KEY);
  if (raw === undefined) return null;
  let stored: Stored;
  try {
    stored = JSON.parse(raw) as Stored;
  } catch {
    return null;
  }
  if (stored.stamp !== stampOf(ctx, ask.campaignId, ask.roundId)) return null;
  return { ...stored.page, rows: stored.page.rows.slice(0, ask.limit) };
}

/**
 * Keeps the opening view's first block (asked with at least as many rows as are kept) for the
 * next start. Skipped inside an open write, on a read-only connection, while a merge in a worker
 * holds the file, and when unchanged; a failure to store only costs the next start its shortcut.
 */
export function keepFirstScreen(ctx: ServiceContext, ask: FirstScreenAsk, page: RankingPage): void {
  if (!isOpeningView(ask) || ask.limit !== STORED_ROWS) return;
  if (ctx.db.readonly || ctx.db.inTransaction || writesHeld(ctx.db)) return;
  const stamp = stampOf(ctx, ask.campaignId, ask.roundId);
  const current = getMeta(ctx.db, FIRST_SCREEN_KEY);
  if (current !== undefined && current.startsWith(`{"stamp":${JSON.stringify(stamp)},`)) return;
  const stored: Stored = { stamp, page };
  try {
    writeDerived(ctx.db, () => setMeta(ctx.db, FIRST_SCREEN_KEY, JSON.stringify(stored)));
  } catch (error) {
    log.warn(`could not keep the ranking’s first screen: ${String(error)}`);
  }
}
