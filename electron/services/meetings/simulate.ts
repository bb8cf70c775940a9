import type { MeetingView, SimulationView } from '../../../shared/domain/views/meetings';
import { simulateDecision } from '../../../shared/scoring/simulate';
import type { ServiceContext } from '../context';
import { computeRanking, roundEvaluations } from '../ranking';
import { setProjected } from './projected';
import { getMeetingView, requireInSession, requireItem, requireMeeting } from './view';

/**
 * "If this branch is rated N★, who else moves?" for one agenda item, by the shared engine on
 * the meeting's round as it stands. Read-only: nothing is stored.
 */
export function simulateItem(
  ctx: ServiceContext,
  input: { id: string; itemId: string; level: number },
): SimulationView {
  const row = requireMeeting(ctx, input.id);
  const item = requireItem(getMeetingView(ctx, input), input.itemId);
  const { rubric, evaluations } = roundEvaluations(ctx, {
    campaignId: row.campaign_id,
    roundId: row.round_id,
  });
  const result = simulateDecision(rubric, evaluations, item.branchId, input.level);
  const rows = new Map(
    computeRanking(ctx, { campaignId: row.campaign_id, roundId: row.round_id }).rows.map((r) => [
      r.branchId,
      r,
    ]),
  );
  return {
    itemId: item.id,
    branchId: item.branchId,
    level: result.level,
    computedLevel: result.computedLevel,
    withinQuota: result.withinQuota,
    moves: result.moves.map((m) => ({
      ...m,
      branchName: rows.get(m.branchId)?.branchName ?? '',
      townshipName: rows.get(m.branchId)?.townshipName ?? '',
    })),
  };
}

/**
 * Shows (or, with level null, hides) the simulation of the current item on the projector.
 * Held in memory, not audited: it decides nothing.
 */
export function projectSimulation(
  ctx: ServiceContext,
  input: { id: string; itemId: string; level: number | null },
): MeetingView {
  const row = requireMeeting(ctx, input.id);
  // Hiding is always allowed; showing only while the meeting is in session.
  if (input.level !== null) {
    requireInSession(row);
    simulateItem(ctx, { id: input.id, itemId: input.itemId, level: input.level });
  }
  setProjected(row.id, input.level === null ? null : { itemId: input.itemId, level: input.level });
  return getMeetingView(ctx, input);
}
