import {
  decidedLevelOf,
  decisionProblem,
  overridesQuota as breaksQuota,
} from '../../../shared/domain/meeting-rules';
import type { DecisionOutcome, MeetingView } from '../../../shared/domain/views/meetings';
import type { RankingView } from '../../../shared/domain/views';
import { AppError } from '../../../shared/errors';
import { assertRoundOpen } from '../../store/frozen';
import { write } from '../../store/write';
import type { ServiceContext } from '../context';
import { computeRanking } from '../ranking';
import { reopenSheet } from '../sheets';
import { insertDecision, nextDecisionVersion, submittedSheets } from './queries';
import { getMeetingView, requireInSession, requireItem, requireMeeting } from './view';

export interface DecideInput {
  id: string;
  itemId: string;
  outcome: DecisionOutcome;
  decidedLevel: number | null;
  votes: { for: number; against: number; abstain: number };
  reason: string;
}

function rankingRow(ranking: RankingView, branchId: string) {
  return ranking.rows.find((r) => r.branchId === branchId) ?? null;
}

/**
 * Records a decision as a new version (append-only). The computed level is the ranking's at this
 * moment; present and recused are counted from the roll call and the item's recusals, so the
 * minutes match the record by construction. 退回复核 reopens the branch's submitted sheets.
 */
export function decide(ctx: ServiceContext, input: DecideInput): MeetingView {
  const row = requireMeeting(ctx, input.id);
  const ranking = computeRanking(ctx, { campaignId: row.campaign_id, roundId: row.round_id });
  write(ctx, (tx) => {
    const current = requireMeeting(ctx, input.id);
    assertRoundOpen(ctx.db, current.round_id);
    requireInSession(current);
    const view = getMeetingView(ctx, input);
    const item = requireItem(view, input.itemId);
    const present = view.members.filter((m) => m.attendance === 'present');
    const recused = present.filter((m) => item.recusedMemberIds.includes(m.id)).length;
    const computed = rankingRow(ranking, item.branchId);
    const computedLevel = computed?.level ?? null;
    const problem = decisionProblem({ ...input, computedLevel, present: present.length, recused });
    if (problem) {
      throw new AppError('INVALID_INPUT', `Decision refused: ${problem}`, {
        path:
          problem === 'reason-required'
            ? 'reason'
            : problem.startsWith('level')
              ? 'decidedLevel'
              : 'votes',
        problem,
        reason: `decision-${problem}`.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase()),
      });
    }
    const decided = decidedLevelOf({ ...input, computedLevel });
    const overridesQuota = breaksQuota({
      decidedLevel: decided,
      computedLevel,
      levelBeforeQuota: computed?.levelBeforeQuota ?? null,
      plannedLevels: ranking.plan.filter((t) => t.kind === 'level').map((t) => Number(t.target)),
    });
    const decisionId = ctx.newId();
    insertDecision(ctx.db, {
      id: decisionId,
      meeting_id: current.id,
      round_id: current.round_id,
      item_id: item.id,
      branch_id: item.branchId,
      version: nextDecisionVersion(ctx.db, item.id),
      outcome: input.outcome,
      computed_level: computedLevel,
      decided_level: decided,
      votes_for: input.votes.for,
      votes_against: input.votes.against,
      votes_abstain: input.votes.abstain,
      present: present.length,
      recused,
      reason: input.reason.trim(),
      overrides_quota: overridesQuota ? 1 : 0,
      decided_by: ctx.actor,
      decided_at: ctx.now(),
    });
    tx.audit({
      action: 'decide',
      entity: 'meeting',
      entityId: current.id,
      before: item.decision
        ? { outcome: item.decision.outcome, level: item.decision.decidedLevel }
        : null,
      after: {
        branch: item.branchName,
        outcome: input.outcome,
        level: decided,
        votes: input.votes,
        decisionId,
      },
      ...(input.reason.trim() ? { reason: input.reason.trim() } : {}),
    });
    if (input.outcome === 're-review') {
      for (const sheet of submittedSheets(ctx.db, current.round_id, item.branchId)) {
        reopenSheet(ctx, {
          sheetId: sheet.id,
          expectedVersion: sheet.version,
          reason: `评审会退回复核 / re-review: ${input.reason.trim()}`,
        });
      }
    }
  });
  return getMeetingView(ctx, input);
}
