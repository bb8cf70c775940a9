import type { BranchNode } from '../../../../shared/domain/views';

export type ScoreStatus = 'submitted' | 'draft' | 'none';

/** Submitted beats draft: one submitted sheet means a result exists for this branch. */
export function scoreStatus(branch: BranchNode): ScoreStatus {
  if (branch.sheetsSubmitted > 0) return 'submitted';
  if (branch.sheetsStarted > 0) return 'draft';
  return 'none';
}
