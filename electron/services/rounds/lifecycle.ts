import type { RoundView } from '../../../shared/domain/views/rounds';
import { setDecidingRound } from '../../store/queries/campaigns';
import { write } from '../../store/write';
import { requireCampaign } from '../campaigns';
import type { ServiceContext } from '../context';
import { deleteRound as deleteRoundRow, listRoundCounts, setRoundOrder } from './queries';
import { roundRefusal } from './refusals';
import { listRounds, requireRoundRow } from './service';

/**
 * Deletes a round nobody has scored in yet; its assignments go with it (the audit entry counts
 * them). The deciding round is refused while other rounds exist: which of them the ranking
 * should use instead is the user's decision (设为决定轮次 first), not a guess. The remaining
 * rounds are numbered 1, 2, … again.
 */
export function deleteRound(ctx: ServiceContext, input: { roundId: string }): { deleted: true } {
  write(ctx, (tx) => {
    const row = requireRoundRow(ctx, input.roundId);
    if (row.sheets_started > 0)
      throw roundRefusal('CONFLICT', 'round-has-sheets', { count: row.sheets_started });
    const campaign = requireCampaign(ctx, row.campaign_id);
    const others = listRoundCounts(ctx.db, campaign.id).filter((r) => r.id !== row.id);
    if (row.is_deciding === 1) {
      if (others.length > 0) throw roundRefusal('CONFLICT', 'deciding-round');
      setDecidingRound(ctx.db, campaign.id, null);
    }
    deleteRoundRow(ctx.db, row.id);
    setRoundOrder(
      ctx.db,
      campaign.id,
      others.map((r) => r.id),
    );
    tx.audit({
      action: 'delete-round',
      entity: 'round',
      entityId: row.id,
      before: {
        campaignId: campaign.id,
        name: row.name,
        kind: row.kind,
        seq: row.seq,
        assignments: row.assignments,
        deciding: row.is_deciding === 1,
      },
    });
  });
  return { deleted: true };
}

/**
 * Puts the campaign's rounds in the given order (every screen and export lists them by it).
 * `roundIds` must name exactly the campaign's rounds, so a window that missed a new or deleted
 * round cannot reorder what it has not seen.
 */
export function reorderRounds(
  ctx: ServiceContext,
  input: { campaignId: string; roundIds: string[] },
): RoundView[] {
  write(ctx, (tx) => {
    const campaign = requireCampaign(ctx, input.campaignId);
    const current = listRoundCounts(ctx.db, campaign.id);
    const wanted = new Set(input.roundIds);
    if (
      wanted.size !== input.roundIds.length ||
      wanted.size !== current.length ||
      current.some((r) => !wanted.has(r.id))
    )
      throw roundRefusal('CONFLICT', 'stale-order');
    if (current.every((r, i) => r.id === input.roundIds[i])) return;
    setRoundOrder(ctx.db, campaign.id, input.roundIds);
    const names = new Map(current.map((r) => [r.id, r.name]));
    tx.audit({
      action: 'reorder-rounds',
      entity: 'campaign',
      entityId: campaign.id,
      before: current.map((r) => r.name),
      after: input.roundIds.map((id) => names.get(id) ?? id),
    });
  });
  return listRounds(ctx, { campaignId: input.campaignId });
}
