import type { ConflictScope, RoundKind, UnitKind } from '../org';

/** Why an evaluator should not score a branch without someone confirming it. */
export type ConflictOfInterest = 'own-township' | 'own-branch';

/** One evaluator of a campaign, with how many branches they score in each round. */
export interface EvaluatorView {
  id: string;
  name: string;
  role: string;
  unitId: string | null;
  unitName: string | null;
  unitKind: UnitKind | null;
  assignedBranches: { roundId: string; count: number }[];
}

/** Who scores which branch in a round; a conflict is stored with its confirmation. */
export interface AssignmentView {
  roundId: string;
  evaluatorId: string;
  evaluatorName: string;
  branchId: string;
  branchName: string;
  townshipId: string;
  townshipName: string;
  conflict: ConflictOfInterest | null;
  conflictReason: string | null;
  confirmedBy: string | null;
}

export interface TownshipAssignmentResult {
  /** Campaign branches of the township. */
  branches: number;
  added: number;
  alreadyAssigned: number;
  /** Conflicts of interest among the added rows, confirmed with the reason given. */
  conflicts: number;
}

/** One round of a campaign with how far it has got (the rounds panel, pickers). */
export interface RoundView {
  id: string;
  kind: RoundKind;
  name: string;
  seq: number;
  /** Which evaluators this round flags as a conflict of interest. */
  conflictScope: ConflictScope;
  /** The round the ranking uses when no other is asked for. */
  isDeciding: boolean;
  /** Evaluator–branch pairs assigned in this round. */
  assignments: number;
  /** Evaluators with at least one branch in this round. */
  evaluators: number;
  /** Assignments that are a confirmed conflict of interest. */
  conflicts: number;
  sheetsStarted: number;
  sheetsSubmitted: number;
}

/** Which branches of a township would be a conflict of interest for an evaluator, and why. */
export interface AssignmentPreview {
  branches: number;
  alreadyAssigned: number;
  conflicts: { branchId: string; branchName: string; conflict: ConflictOfInterest }[];
}

/** The evaluators who may score a branch in a round (its sheet's "who scores" choice). */
export interface BranchEvaluatorOption {
  evaluatorId: string;
  name: string;
  role: string;
  conflict: ConflictOfInterest | null;
}

/**
 * Why a round or sheet action was refused (`details.reason` of the error). The renderer says
 * each in its own translated sentence (`refusals.<reason>`), naming what to do instead.
 */
export const ROUND_REFUSALS = [
  /** An evaluator opening a branch they are not assigned to in the round. */
  'not-assigned',
  /** Assigning evaluators in a self-assessment round. */
  'self-round-no-evaluators',
  /** A self-assessment (no evaluator) outside a self-assessment round. */
  'self-sheet-outside-self-round',
  /** An evaluator's sheet in a self-assessment round. */
  'evaluator-sheet-in-self-round',
  /** Deleting a round that has sheets. */
  'round-has-sheets',
  /** Deleting the deciding round while other rounds exist. */
  'deciding-round',
  /** Changing a round's kind while it holds sheets of the old kind. */
  'kind-has-sheets',
  /** Making a round a self-assessment round while evaluators are assigned in it. */
  'kind-has-assignments',
  /** Discarding a draft that holds entries. */
  'sheet-not-empty',
  /** Discarding a submitted sheet. */
  'sheet-submitted',
  /** The rounds listed for a new order are not exactly the campaign's rounds. */
  'stale-order',
] as const;
export type RoundRefusal = (typeof ROUND_REFUSALS)[number];
