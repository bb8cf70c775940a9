import { countByStatus, filterRows } from '../../../shared/domain/ranking-query/filter-rows';
import { sortRows } from '../../../shared/domain/ranking-query/sort-rows';
import type { RankingSort, RowFilter } from '../../../shared/domain/ranking-query/types';
import { STATUSES } from '../../../shared/domain/ranking-query/types';
import type {
  RankingMeta,
  RankingPage,
  RankingRow,
  RankingView,
} from '../../../shared/domain/views';
import { dataRevision } from '../../store/revision';
import { requireCampaign } from '../campaigns';
import type { ServiceContext } from '../context';
import { cachedRanking } from './cache';
import { isOpeningView, keepFirstScreen, storedFirstScreen } from './first-screen';
import { warmRanking } from './warm-up';
import { computeRanking } from './service';

export interface RankingPageInput {
  campaignId: string;
  roundId?: string | undefined;
  offset: number;
  limit: number;
  sort?: { key: string; dir: 'asc' | 'desc' } | undefined;
  filters: RowFilter;
}

interface Arranged {
  rows: RankingRow[];
  statusCounts: RankingPage['statusCounts'];
}

interface PerRows {
  totals: Pick<RankingMeta, 'statusTotals' | 'townships' | 'levelsHeld'>;
  /** The last few filter + sort combinations, newest last: scrolling asks for the same one. */
  arranged: Map<string, Arranged>;
}

/** How many filter + sort combinations are kept per ranking; each holds at most one row array. */
const KEPT = 4;

/**
 * Per rows array: `computeRanking` hands out the same array until the data revision moves (with
 * the committee's decisions merged in too), so a scroll's next page costs a slice, not a filter
 * and a sort of 46,000 rows.
 */
const byRows = new WeakMap<RankingRow[], PerRows>();

function totalsOf(rows: RankingRow[]): PerRows['totals'] {
  const statusTotals = Object.fromEntries(
    STATUSES.map((s) => [s, 0]),
  ) as RankingMeta['statusTotals'];
  const townships = new Map<string, string>();
  const levels = new Set<number>();
  for (const row of rows) {
    statusTotals[row.status] += 1;
    if (!townships.has(row.townshipId)) townships.set(row.townshipId, row.townshipName);
    if (row.level !== null && row.level > 0) levels.add(row.level);
  }
  return {
    statusTotals,
    townships: [...townships].map(([id, name]) => ({ id, name })),
    levelsHeld: [...levels].sort((a, b) => b - a),
  };
}

function perRows(rows: RankingRow[]): PerRows {
  let entry = byRows.get(rows);
  if (!entry) {
    entry = { totals: totalsOf(rows), arranged: new Map() };
    byRows.set(rows, entry);
  }
  return entry;
}

function arrange(rows: RankingRow[], filters: RowFilter, sort: RankingSort | undefined): Arranged {
  const entry = perRows(rows);
  const key = JSON.stringify([filters, sort ?? null]);
  const hit = entry.arranged.get(key);
  if (hit) {
    // Newest last, so the oldest is the one dropped.
    entry.arranged.delete(key);
    entry.arranged.set(key, hit);
    return hit;
  }
  const arranged = {
    rows: sortRows(filterRows(rows, filters), sort),
    statusCounts: countByStatus(rows, filters),
  };
  entry.arranged.set(key, arranged);
  if (entry.arranged.size > KEPT) {
    const oldest = entry.arranged.keys().next().value;
    if (oldest !== undefined) entry.arranged.delete(oldest);
  }
  return arranged;
}

function metaOf(view: RankingView, totals: PerRows['totals']): RankingMeta {
  const { rows, ...rest } = view;
  const decidedCount = rows.reduce((n, row) => (row.decided ? n + 1 : n), 0);
  return { ...rest, total: rows.length, ...totals, decidedCount };
}

/** The round asked for, or the deciding one; undefined when the campaign has none yet. */
function roundOf(ctx: ServiceContext, input: RankingPageInput): string | undefined {
  return input.roundId ?? requireCampaign(ctx, input.campaignId).deciding_round_id ?? undefined;
}

/**
 * The first screen after a start, from the database when it is still the data's (see
 * first-screen.ts); the ranking itself is computed after the answer has gone, in slices between
 * which other calls run (warm-up.ts), so the next request finds it warm. Null when the ranking
 * is already in memory (a slice of it is cheaper and is the truth) or nothing current is stored.
 */
function fromStore(ctx: ServiceContext, input: RankingPageInput): RankingPage | null {
  if (!isOpeningView(input)) return null;
  const roundId = roundOf(ctx, input);
  if (roundId === undefined) return null;
  if (cachedRanking(ctx.db, input.campaignId, roundId, dataRevision(ctx.db))) return null;
  const stored = storedFirstScreen(ctx, { ...input, roundId });
  if (!stored) return null;
  warmRanking(ctx, { campaignId: input.campaignId, roundId });
  return stored;
}

/**
 * One window of a round's ranking, filtered and sorted here rather than in the page: a
 * province's full ranking is 16 MB of JSON, a screen of rows a few kilobytes.
 */
export function rankingPage(ctx: ServiceContext, input: RankingPageInput): RankingPage {
  const stored = fromStore(ctx, input);
  if (stored) return stored;
  const view = computeRanking(ctx, input);
  // The contract's pattern admits only the sort keys there are.
  const sort = input.sort as RankingSort | undefined;
  const { rows, statusCounts } = arrange(view.rows, input.filters, sort);
  const page: RankingPage = {
    meta: metaOf(view, perRows(view.rows).totals),
    offset: input.offset,
    rows: rows.slice(input.offset, input.offset + input.limit),
    matched: rows.length,
    statusCounts,
  };
  keepFirstScreen(ctx, { ...input, roundId: view.roundId }, page);
  return page;
}
