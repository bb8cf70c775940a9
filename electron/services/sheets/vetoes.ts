import { AppError } from '../../../shared/errors';
import { assertRoundOpen } from '../../store/frozen';
import { write } from '../../store/write';
import type { ServiceContext } from '../context';
import { vetoResolutionIdFor } from './derived-ids';
import { countRaisedVetoes, insertVetoResolution } from './queries';

/**
 * Resolves a raised veto with a reason. Vetoes are facts: they are never averaged away, only
 * resolved by a person who says why, and the resolution is audited.
 */
export function resolveVeto(
  ctx: ServiceContext,
  input: { roundId: string; branchId: string; itemCode: string; reason: string },
): { resolved: true } {
  write(ctx, (tx) => {
    assertRoundOpen(ctx.db, input.roundId);
    if (countRaisedVetoes(ctx.db, input) === 0) {
      throw new AppError('NOT_FOUND', 'No raised veto for this branch and item', {
        entity: 'veto',
      });
    }
    const stored = insertVetoResolution(ctx.db, {
      // Derived, so a resolution made apart on two laptops is one row after their merge.
      id: vetoResolutionIdFor(input),
      roundId: input.roundId,
      branchId: input.branchId,
      itemCode: input.itemCode,
      reason: input.reason,
      resolvedBy: ctx.actor,
      resolvedAt: ctx.now(),
    });
    if (!stored)
      throw new AppError('CONFLICT', 'This veto was already resolved', { entity: 'veto' });
    tx.audit({
      action: 'resolve-veto',
      entity: 'branch',
      entityId: input.branchId,
      after: { roundId: input.roundId, item: input.itemCode },
      reason: input.reason,
    });
  });
  return { resolved: true };
}
