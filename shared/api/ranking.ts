import { z } from 'zod';
import { STATUSES } from '../domain/ranking-query/types';
import type { RankingExplanation, RankingPage, RankingView } from '../domain/views/ranking';
import { id, method } from './method';

/** The most rows one `ranking.page` answers: a few screens, never a province. */
export const RANKING_PAGE_MAX = 500;

const rankingFilter = z.strictObject({
  townships: z.array(id).max(10_000),
  levels: z.array(z.number().int().min(0).max(10)).max(11),
  stars: z.array(z.string().min(1).max(64)).max(20),
  status: z.enum(STATUSES).optional(),
  search: z.string().max(200),
});

const rankingSort = z.strictObject({
  key: z.string().regex(/^(rank|branch|township|total|level|previous|dim:\d{1,2})$/),
  dir: z.enum(['asc', 'desc']),
});

/** A round's ranking and the explanation of one branch's result. */
export const rankingContract = {
  /** The whole ranking: exports, charts and tests. The screen's table asks for pages. */
  'ranking.compute': method(
    z.strictObject({ campaignId: id, roundId: id.optional() }),
  ).returns<RankingView>(),
  /** The rows a screen shows, filtered and sorted by the server, with counts for the filters. */
  'ranking.page': method(
    z.strictObject({
      campaignId: id,
      roundId: id.optional(),
      offset: z.number().int().min(0),
      limit: z.number().int().min(1).max(RANKING_PAGE_MAX),
      sort: rankingSort.optional(),
      filters: rankingFilter,
    }),
  ).returns<RankingPage>(),
  'ranking.explain': method(
    z.strictObject({ campaignId: id, roundId: id.optional(), branchId: id }),
  ).returns<RankingExplanation>(),
} as const;
