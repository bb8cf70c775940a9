import { z } from 'zod';
import { ROUND_KINDS } from '../domain/org';
import type { AssignmentPreview, BranchEvaluatorOption, RoundView } from '../domain/views/rounds';
import { id, method } from './method';

const roundName = z.string().trim().min(1).max(100);

/** Rounds, the deciding round and who may score a branch (issue #4). */
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
} as const;
