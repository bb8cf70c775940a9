import { z } from 'zod';
import type { ConsistencyReport, ProgressMatrix, RoundComparison } from '../domain/views/progress';
import { PROGRESS_FILTERS } from '../domain/views/progress';
import { id, method } from './method';

/** Progress, round comparison and evaluator consistency (issue #4). */
export const progressContract = {
  /** The evaluator × branch matrix of a round, with completion per round and per township. */
  'progress.matrix': method(
    z.strictObject({
      campaignId: id,
      roundId: id,
      townshipId: id.optional(),
      filter: z.enum(PROGRESS_FILTERS).optional(),
      /** Rows returned at most; a province is filtered by township rather than sent whole. */
      limit: z.number().int().min(1).max(50_000).optional(),
    }),
  ).returns<ProgressMatrix>(),
  /** Totals and levels of every round side by side, and the gap between two of them. */
  'progress.comparison': method(
    z.strictObject({
      campaignId: id,
      fromRoundId: id.optional(),
      toRoundId: id.optional(),
    }),
  ).returns<RoundComparison>(),
  'progress.getThreshold': method(z.strictObject({ campaignId: id })).returns<{
    threshold: number;
  }>(),
  /** Gap threshold in hundredths (10 points = 1000). */
  'progress.setThreshold': method(
    z.strictObject({ campaignId: id, threshold: z.number().int().min(0).max(1_000_000) }),
  ).returns<{ threshold: number }>(),
  /** Advisory: each evaluator's deviation from the panel and the items disagreed on most. */
  'progress.consistency': method(
    z.strictObject({ campaignId: id, roundId: id }),
  ).returns<ConsistencyReport>(),
} as const;
