import type { RoundKind } from '../org';
import type { ConflictOfInterest } from '../views';

/** One round of a campaign with how far it has got (the rounds panel, pickers). */
export interface RoundView {
  id: string;
  kind: RoundKind;
  name: string;
  seq: number;
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
