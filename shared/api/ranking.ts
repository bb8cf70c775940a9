import { z } from 'zod';
import type { RankingExplanation, RankingView } from '../domain/views/ranking';
import { id, method } from './method';

/** A round's ranking and the explanation of one branch's result. */
export const rankingContract = {
  'ranking.compute': method(
    z.strictObject({ campaignId: id, roundId: id.optional() }),
  ).returns<RankingView>(),
  'ranking.explain': method(
    z.strictObject({ campaignId: id, roundId: id.optional(), branchId: id }),
  ).returns<RankingExplanation>(),
} as const;
