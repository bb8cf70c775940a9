import { AppError } from '../../../shared/errors';
import type { ServiceContext } from '../context';
import { isAssigned } from './queries';

/**
 * An evaluator scores only the branches assigned to them in the round (the self-assessment is
 * the branch's own and needs none). Checked on every open, so a removed assignment also closes
 * the way back into an old draft.
 */
export function requireAssignment(
  ctx: ServiceContext,
  input: { roundId: string; branchId: string; evaluatorId: string },
): void {
  if (isAssigned(ctx.db, input.roundId, input.evaluatorId, input.branchId)) return;
  throw new AppError('FORBIDDEN', 'The evaluator is not assigned to this branch in this round', {
    entity: 'assignment',
    reason: 'not-assigned',
  });
}
