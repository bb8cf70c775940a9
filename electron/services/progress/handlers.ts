import type { progressContract } from '../../../shared/api/progress';
import type { HandlerGroup } from '../registry';
import { roundComparison } from './comparison';
import { evaluatorConsistency } from './consistency';
import { progressMatrix } from './matrix';
import { setGapThreshold, thresholdView } from './threshold';

export const progressHandlers: HandlerGroup<typeof progressContract> = {
  'progress.matrix': (input, ctx) => progressMatrix(ctx, input),
  'progress.comparison': (input, ctx) => roundComparison(ctx, input),
  'progress.getThreshold': (input, ctx) => thresholdView(ctx, input),
  'progress.setThreshold': (input, ctx) => setGapThreshold(ctx, input),
  'progress.consistency': (input, ctx) => evaluatorConsistency(ctx, input),
};
