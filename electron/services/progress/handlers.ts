import type { progressContract } from '../../../shared/api/progress';
import { roundComparison } from './comparison';
import { evaluatorConsistency } from './consistency';
import { progressMatrix } from './matrix';
import { getGapThreshold, setGapThreshold } from './threshold';
import type { HandlerGroup } from '../registry';

export const progressHandlers: HandlerGroup<typeof progressContract> = {
  'progress.matrix': (input, ctx) => progressMatrix(ctx, input),
  'progress.comparison': (input, ctx) => roundComparison(ctx, input),
  'progress.getThreshold': (input, ctx) => ({
    threshold: getGapThreshold(ctx, input.campaignId),
  }),
  'progress.setThreshold': (input, ctx) => ({
    threshold: setGapThreshold(ctx, input.campaignId, input.threshold),
  }),
  'progress.consistency': (input, ctx) => evaluatorConsistency(ctx, input),
};
