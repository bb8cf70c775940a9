import { keepPreviousData, useQueries, useQuery } from '@tanstack/react-query';
import type { MethodInput } from '../../../../shared/api';
import { call } from '../../api/client';
import { queryKeys } from '../../api/queryKeys';

/**
 * Ranking queries live under the campaign's key, so deleting a campaign drops them with it.
 * `round` is the chosen round id or 'deciding' when the server picks the deciding round.
 */
export const rankingKeys = {
  all: (campaignId: string) => [...queryKeys.campaign(campaignId), 'ranking'] as const,
  view: (campaignId: string, round: string) =>
    [...rankingKeys.all(campaignId), round, 'view'] as const,
  explain: (campaignId: string, round: string, branchId: string) =>
    [...rankingKeys.all(campaignId), round, 'explain', branchId] as const,
  block: (campaignId: string, round: string, query: RankingQuery, block: number) =>
    [...rankingKeys.all(campaignId), round, 'page', query, block] as const,
};

/** What the screen narrows and orders by; the server does both (`ranking.page`). */
export type RankingQuery = Pick<MethodInput<'ranking.page'>, 'filters' | 'sort'>;

/** Rows per request: a few screens, so a scroll asks rarely and each answer stays small. */
export const RANKING_BLOCK = 200;

function blockQuery(
  campaignId: string,
  roundId: string | undefined,
  query: RankingQuery,
  block: number,
) {
  return {
    queryKey: rankingKeys.block(campaignId, roundId ?? 'deciding', query, block),
    queryFn: () =>
      call('ranking.page', {
        campaignId,
        ...(roundId ? { roundId } : {}),
        ...query,
        offset: block * RANKING_BLOCK,
        limit: RANKING_BLOCK,
      }),
  };
}

/** The first rows of the ranking with its description and counts: what the screen opens on. */
export function useRankingFirstBlock(
  campaignId: string,
  roundId: string | undefined,
  query: RankingQuery,
) {
  return useQuery({
    ...blockQuery(campaignId, roundId, query, 0),
    // A new filter or round keeps the old rows on screen until the new ones arrive, so the
    // projector does not flash a skeleton between two rankings. (Only here: a block further
    // down must never show another block's rows while it loads.)
    placeholderData: keepPreviousData,
  });
}

/**
 * The blocks of rows that cover `range` (first and last index on screen, overscan included),
 * fetched as the table scrolls to them.
 */
export function useRankingBlocks(
  campaignId: string,
  roundId: string | undefined,
  query: RankingQuery,
  range: readonly [number, number],
) {
  const first = Math.floor(Math.max(0, range[0]) / RANKING_BLOCK);
  const last = Math.floor(Math.max(0, range[1]) / RANKING_BLOCK);
  const blocks: number[] = [];
  for (let b = first; b <= last; b += 1) blocks.push(b);
  return useQueries({
    queries: blocks.map((b) => blockQuery(campaignId, roundId, query, b)),
  });
}

/** The whole ranking, for the charts (which draw every branch) and exports. */
export function useRanking(campaignId: string, roundId: string | undefined) {
  return useQuery({
    queryKey: rankingKeys.view(campaignId, roundId ?? 'deciding'),
    queryFn: () => call('ranking.compute', roundId ? { campaignId, roundId } : { campaignId }),
    // Switching rounds keeps the old table on screen until the new one arrives, so the
    // projector does not flash a skeleton between two rankings.
    placeholderData: keepPreviousData,
  });
}

export function useRankingExplanation(
  campaignId: string,
  roundId: string,
  branchId: string | undefined,
) {
  return useQuery({
    queryKey: rankingKeys.explain(campaignId, roundId, branchId ?? ''),
    queryFn: () => call('ranking.explain', { campaignId, roundId, branchId: branchId ?? '' }),
    enabled: branchId !== undefined,
  });
}
