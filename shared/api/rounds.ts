import { z } from 'zod';
import { ROUND_KINDS } from '../domain/org';
import type {
  AssignmentPreview,
  AssignmentView,
  BranchEvaluatorOption,
  EvaluatorView,
  RoundView,
  TownshipAssignmentResult,
} from '../domain/views/rounds';
import { id, method } from './method';

const roundName = z.string().trim().min(1).max(100);
const evaluatorName = z.string().trim().min(1).max(100);
const evaluatorRole = z.string().trim().max(100);

/** Rounds, the deciding round, evaluators, assignments and who may score a branch. */
export const roundsContract = {
  /** Every round of a campaign in order, with assignment and sheet counts. */
  'rounds.list': method(z.strictObject({ campaignId: id })).returns<RoundView[]>(),
  'rounds.create': method(
    z.strictObject({ campaignId: id, kind: z.enum(ROUND_KINDS), name: roundName }),
  ).returns<RoundView>(),
  'rounds.rename': method(z.strictObject({ roundId: id, name: roundName })).returns<RoundView>(),
  /** The round the ranking uses by default (campaigns.deciding_round_id). */
  'rounds.setDeciding': method(z.strictObject({ roundId: id })).returns<RoundView>(),
  /** What assigning a whole township would do, conflicts of interest named, before asking. */
  'rounds.previewAssignment': method(
    z.strictObject({ roundId: id, evaluatorId: id, townshipId: id }),
  ).returns<AssignmentPreview>(),
  /** Evaluators assigned to a branch in a round: whose sheet may be opened for it. */
  'rounds.branchEvaluators': method(z.strictObject({ roundId: id, branchId: id })).returns<
    BranchEvaluatorOption[]
  >(),
  'evaluators.list': method(z.strictObject({ campaignId: id })).returns<EvaluatorView[]>(),
  'evaluators.create': method(
    z.strictObject({
      campaignId: id,
      name: evaluatorName,
      role: evaluatorRole,
      unitId: id.nullable(),
    }),
  ).returns<EvaluatorView>(),
  'evaluators.update': method(
    z.strictObject({
      id,
      name: evaluatorName.optional(),
      role: evaluatorRole.optional(),
      unitId: id.nullable().optional(),
    }),
  ).returns<EvaluatorView>(),
  /** Refused (CONFLICT, reason evaluatorHasSheets) once the evaluator has any score sheet. */
  'evaluators.delete': method(z.strictObject({ id })).returns<{ id: string }>(),
  'assignments.list': method(z.strictObject({ roundId: id })).returns<AssignmentView[]>(),
  /**
   * Assigns every campaign branch of a township in one step. Conflicts of interest among them are
   * refused with CONFLICT unless `conflictReason` confirms them.
   */
  'assignments.assignTownship': method(
    z.strictObject({
      roundId: id,
      evaluatorId: id,
      townshipId: id,
      conflictReason: z.string().trim().min(2).max(2000).optional(),
    }),
  ).returns<TownshipAssignmentResult>(),
  /** Refused with CONFLICT once the evaluator submitted a sheet for the branch in the round. */
  'assignments.remove': method(
    z.strictObject({ roundId: id, evaluatorId: id, branchId: id }),
  ).returns<{ removed: true }>(),
} as const;
