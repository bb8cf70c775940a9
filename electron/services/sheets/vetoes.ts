import { AppError } from '../../../shared/errors';
import { audit } from '../audit';
import type { ServiceContext } from '../context';

/**
 * Resolves a raised veto with a reason. Vetoes are facts: they are never averaged away, only
 * resolved by a person who says why, and the resolution is audited.
 */
export function resolveVeto(
  ctx: ServiceContext,
  input: { roundId: string; branchId: string; itemCode: string; reason: string },
): { resolved: true } {
  ctx.db
    .transaction(() => {
      const raised = ctx.db
        .prepare(
          `SELECT count(*) AS n FROM score_sheets s JOIN scores sc ON sc.sheet_id = s.id
            WHERE s.round_id = ? AND s.branch_id = ? AND sc.item_code = ? AND sc.fact = 1`,
        )
        .get(input.roundId, input.branchId, input.itemCode) as { n: number };
      if (raised.n === 0) {
        throw new AppError('NOT_FOUND', 'No raised veto for this branch and item', {
          entity: 'veto',
        });
      }
      const id = ctx.newId();
      const changes = ctx.db
        .prepare(
          `INSERT INTO veto_resolutions (id, round_id, branch_id, item_code, reason, resolved_by, resolved_at)
           VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (round_id, branch_id, item_code) DO NOTHING`,
        )
        .run(
          id,
          input.roundId,
          input.branchId,
          input.itemCode,
          input.reason,
          ctx.actor,
          ctx.now(),
        ).changes;
      if (changes === 0)
        throw new AppError('CONFLICT', 'This veto was already resolved', { entity: 'veto' });
      audit(ctx, {
        action: 'resolve-veto',
        entity: 'branch',
        entityId: input.branchId,
        after: { roundId: input.roundId, item: input.itemCode },
        reason: input.reason,
      });
    })
    .immediate();
  return { resolved: true };
}
