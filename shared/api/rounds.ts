import { z } from 'zod';
import { CONFLICT_SCOPES, ROUND_KINDS } from '../domain/org';
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
const conflictReason = z.string().trim().min(2).max(2000);

/** Rounds, the deciding round, evaluators, assignments and who may score a branch. */
export const roundsContract = {
  /** Every round of a campaign in order, with assignment and sheet counts. */
  'rounds.list': method(z.strictObject({ campaignId: id })).returns<RoundView[]>(),
  /** Adds a round after the others; its conflict rule defaults from its kind. */
  'rounds.create': method(
    z.strictObject({
      campaignId: id,
      kind: z.enum(ROUND_KINDS),
      name: roundName,
      conflictScope: z.enum(CONFLICT_SCOPES).optional(),
    }),
  ).returns<RoundView>(),
  /**
   * Renames a round, changes its kind (refused while it holds sheets of the old kind) or its
   * conflict rule (assignments judged again: new conflicts need `conflictReason`, else CONFLICT).
   */
  'rounds.update': method(
    z.strictObject({
      roundId: id,
      name: roundName.optional(),
      kind: z.enum(ROUND_KINDS).optional(),
      conflictScope: z.enum(CONFLICT_SCOPES).optional(),
      conflictReason: conflictReason.optional(),
    }),
  ).returns<RoundView>(),
  /** Refused while the round has sheets, and for the deciding round while others exist. */
  'rounds.delete': method(z.strictObject({ roundId: id })).returns<{ deleted: true }>(),
  /** The campaign's rounds in a new order; must list exactly its rounds. */
  'rounds.reorder': method(
    z.strictObject({ campaignId: id, roundIds: z.array(id).min(1).max(100) }),
  ).returns<RoundView[]>(),
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
      conflictReason: conflictReason.optional(),
    }),
  ).returns<TownshipAssignmentResult>(),
  /** Refused with CONFLICT once the evaluator submitted a sheet for the branch in the round. */
  'assignments.remove': method(
    z.strictObject({ roundId: id, evaluatorId: id, branchId: id }),
  ).returns<{ removed: true }>(),
} as const;
