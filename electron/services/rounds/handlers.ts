import type { roundsContract } from '../../../shared/api/rounds';
import type { HandlerGroup } from '../registry';
import { assignTownship, listRoundAssignments, removeAssignment } from './assignments';
import { createEvaluator, deleteEvaluator, editEvaluator, listEvaluators } from './evaluators';
import { deleteRound, reorderRounds } from './lifecycle';
import {
  branchEvaluators,
  createRound,
  listRounds,
  previewAssignment,
  setDeciding,
  updateRound,
} from './service';

export const roundsHandlers: HandlerGroup<typeof roundsContract> = {
  'rounds.list': (input, ctx) => listRounds(ctx, input),
  'rounds.create': (input, ctx) => createRound(ctx, input),
  'rounds.update': (input, ctx) => updateRound(ctx, input),
  'rounds.delete': (input, ctx) => deleteRound(ctx, input),
  'rounds.reorder': (input, ctx) => reorderRounds(ctx, input),
  'rounds.setDeciding': (input, ctx) => setDeciding(ctx, input),
  'rounds.previewAssignment': (input, ctx) => previewAssignment(ctx, input),
  'rounds.branchEvaluators': (input, ctx) => branchEvaluators(ctx, input),
  'evaluators.list': (input, ctx) => listEvaluators(ctx, input),
  'evaluators.create': (input, ctx) => createEvaluator(ctx, input),
  'evaluators.update': (input, ctx) => editEvaluator(ctx, input),
  'evaluators.delete': (input, ctx) => deleteEvaluator(ctx, input),
  'assignments.list': (input, ctx) => listRoundAssignments(ctx, input),
  'assignments.assignTownship': (input, ctx) => assignTownship(ctx, input),
  'assignments.remove': (input, ctx) => removeAssignment(ctx, input),
};
