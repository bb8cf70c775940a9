import type { roundsContract } from '../../../shared/api/rounds';
import type { HandlerGroup } from '../registry';
import {
  branchEvaluators,
  createRound,
  listRounds,
  previewAssignment,
  renameRound,
  setDeciding,
} from './service';

export const roundsHandlers: HandlerGroup<typeof roundsContract> = {
  'rounds.list': (input, ctx) => listRounds(ctx, input.campaignId),
  'rounds.create': (input, ctx) => createRound(ctx, input),
  'rounds.rename': (input, ctx) => renameRound(ctx, input.roundId, input.name),
  'rounds.setDeciding': (input, ctx) => setDeciding(ctx, input.roundId),
  'rounds.previewAssignment': (input, ctx) => previewAssignment(ctx, input),
  'rounds.branchEvaluators': (input, ctx) => branchEvaluators(ctx, input),
};
