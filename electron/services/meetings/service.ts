import { minimiseRecusalMoves } from '../../../shared/domain/agenda-order';
import { buildAgenda } from '../../../shared/domain/meeting-rules';
import type {
  Attendance,
  DecidedLevel,
  MeetingKind,
  MeetingSummary,
  MeetingView,
} from '../../../shared/domain/views/meetings';
import { AppError } from '../../../shared/errors';
import { latestDecisions } from '../../store/queries/decisions';
import { assertRoundOpen } from '../../store/frozen';
import { write } from '../../store/write';
import { requireCampaign } from '../campaigns';
import type { ServiceContext } from '../context';
import { rereviewBranches } from '../publication';
import { computeRanking, evaluatorSpans } from '../ranking';
import {
  insertItem,
  insertMeeting,
  insertMember,
  listMeetingRows,
  setAttendance,
  setDeclaredRecusal,
  setItemOrder,
  summaryOf,
  updateMeetingState,
} from './queries';
import {
  getMeetingView,
  movesOf,
  requireInSession,
  requireItem,
  requireMeeting,
  requireMember,
  requireOpen,
  requireReason,
} from './view';

export function listMeetings(ctx: ServiceContext, input: { campaignId: string }): MeetingSummary[] {
  requireCampaign(ctx, input.campaignId);
  return listMeetingRows(ctx.db, input.campaignId).map(summaryOf);
}

/** Applies the recusal-minimising order to the discussed items; the consent block stays last. */
export function orderByRecusal(ctx: ServiceContext, input: { id: string }): MeetingView {
  const view = getMeetingView(ctx, input);
  const order = minimiseRecusalMoves(movesOf(view.items)).map((i) => i.id);
  const consent = view.items.filter((i) => i.consent).map((i) => i.id);
  return reorderAgenda(ctx, { id: input.id, itemIds: [...order, ...consent] });
}

export interface CreateMeetingInput {
  campaignId: string;
  kind: MeetingKind;
  title: string;
  heldOn: string;
  venue: string;
  chair: string;
  recorder: string;
  quorum: { num: number; den: number };
  spanThreshold: number;
  members: { name: string; evaluatorId: string | null; unitId: string | null }[];
}

/** A meeting on the campaign's deciding round, its agenda built from that round's ranking. */
export function createMeeting(ctx: ServiceContext, input: CreateMeetingInput): MeetingView {
  const campaign = requireCampaign(ctx, input.campaignId);
  if (!campaign.deciding_round_id) {
    throw new AppError('CONFLICT', 'The campaign has no deciding round', {
      entity: 'round',
      reason: 'meetingNoDecidingRound',
    });
  }
  const ranking = computeRanking(ctx, { campaignId: campaign.id });
  const agenda =
    input.kind === 're-review'
      ? reReviewAgenda(ctx, ranking.roundId)
      : regularAgenda(ctx, campaign.id, ranking, input.spanThreshold);
  const id = ctx.newId();
  write(ctx, (tx) => {
    insertMeeting(ctx.db, {
      id,
      campaign_id: campaign.id,
      round_id: ranking.roundId,
      kind: input.kind,
      title: input.title,
      held_on: input.heldOn,
      venue: input.venue,
      chair: input.chair,
      recorder: input.recorder,
      quorum_num: input.quorum.num,
      quorum_den: input.quorum.den,
      created_at: ctx.now(),
    });
    input.members.forEach((m, index) =>
      insertMember(ctx.db, {
        id: ctx.newId(),
        meeting_id: id,
        seq: index + 1,
        name: m.name,
        evaluator_id: m.evaluatorId,
        unit_id: m.unitId,
      }),
    );
    agenda.forEach((a, index) =>
      insertItem(ctx.db, {
        id: ctx.newId(),
        meeting_id: id,
        branch_id: a.branchId,
        seq: index + 1,
        reasons: a.reasons,
        consent: a.consent,
      }),
    );
    tx.audit({
      action: 'create',
      entity: 'meeting',
      entityId: id,
      after: {
        title: input.title,
        kind: input.kind,
        members: input.members.length,
        items: agenda.length,
        spanThreshold: input.spanThreshold,
      },
    });
  });
  return getMeetingView(ctx, { id });
}

/** The agenda from the ranking: the branches to discuss first, the rest by consent. */
function regularAgenda(
  ctx: ServiceContext,
  campaignId: string,
  ranking: ReturnType<typeof computeRanking>,
  spanThreshold: number,
) {
  const spans = evaluatorSpans(ctx, { campaignId, roundId: ranking.roundId });
  return buildAgenda(
    ranking.rows.map((r) => ({ ...r, span: spans.get(r.branchId) })),
    spanThreshold,
  );
}

/**
 * A re-review (复核) discusses only the branches an objection sent back (退回复核) on the round's
 * current notice. Its decisions change the round's results, so the round must be unfrozen first
 * (with a reason, which the audit keeps).
 */
function reReviewAgenda(ctx: ServiceContext, roundId: string) {
  const branchIds = rereviewBranches(ctx, roundId);
  if (branchIds.length === 0) {
    throw new AppError('CONFLICT', 'No objection on the round sent a branch back for re-review', {
      entity: 'meeting',
      reason: 'reReviewNothing',
    });
  }
  assertRoundOpen(ctx.db, roundId);
  return branchIds.map((branchId) => ({
    branchId,
    reasons: ['objection' as const],
    consent: false,
  }));
}

export function rollCall(
  ctx: ServiceContext,
  input: { id: string; memberId: string; attendance: Exclude<Attendance, 'unknown'> },
): MeetingView {
  write(ctx, (tx) => {
    requireOpen(requireMeeting(ctx, input.id));
    const member = requireMember(getMeetingView(ctx, input), input.memberId);
    setAttendance(ctx.db, member.id, input.attendance);
    tx.audit({
      action: 'roll-call',
      entity: 'meeting',
      entityId: input.id,
      before: { member: member.name, attendance: member.attendance },
      after: { member: member.name, attendance: input.attendance },
    });
  });
  return getMeetingView(ctx, input);
}

/** 开始审议: refused while the quorum is not met. */
export function startMeeting(ctx: ServiceContext, input: { id: string }): MeetingView {
  write(ctx, (tx) => {
    const row = requireMeeting(ctx, input.id);
    requireOpen(row);
    if (row.stage !== 'planned') {
      throw new AppError('CONFLICT', 'The meeting has already started', {
        entity: 'meeting',
        reason: 'meetingStarted',
      });
    }
    const { quorumState, items } = getMeetingView(ctx, input);
    if (!quorumState.met) {
      throw new AppError(
        'CONFLICT',
        `Quorum not met: ${quorumState.present} of ${quorumState.needed} present`,
        {
          entity: 'meeting',
          reason: 'meetingNoQuorum',
          present: quorumState.present,
          needed: quorumState.needed,
        },
      );
    }
    updateMeetingState(ctx.db, row.id, {
      stage: 'in-session',
      current_item_id: items[0]?.id ?? null,
    });
    tx.audit({
      action: 'start',
      entity: 'meeting',
      entityId: row.id,
      before: 'planned',
      after: 'in-session',
    });
  });
  return getMeetingView(ctx, input);
}

/** The chair's order (by drag): the same items, each once. */
export function reorderAgenda(
  ctx: ServiceContext,
  input: { id: string; itemIds: string[] },
): MeetingView {
  write(ctx, (tx) => {
    requireOpen(requireMeeting(ctx, input.id));
    const view = getMeetingView(ctx, input);
    const known = new Set(view.items.map((i) => i.id));
    const given = new Set(input.itemIds);
    if (
      given.size !== input.itemIds.length ||
      given.size !== known.size ||
      input.itemIds.some((i) => !known.has(i))
    ) {
      throw new AppError('INVALID_INPUT', 'The new order must list every agenda item once', {
        path: 'itemIds',
        reason: 'agendaNotPermutation',
      });
    }
    setItemOrder(ctx.db, input.itemIds);
    tx.audit({
      action: 'reorder',
      entity: 'meeting',
      entityId: input.id,
      before: view.items.map((i) => i.id),
      after: input.itemIds,
    });
  });
  return getMeetingView(ctx, input);
}

export function advance(ctx: ServiceContext, input: { id: string; itemId: string }): MeetingView {
  write(ctx, (tx) => {
    const row = requireMeeting(ctx, input.id);
    requireInSession(row);
    requireItem(getMeetingView(ctx, input), input.itemId);
    updateMeetingState(ctx.db, row.id, { current_item_id: input.itemId });
    tx.audit({
      action: 'advance',
      entity: 'meeting',
      entityId: row.id,
      before: row.current_item_id,
      after: input.itemId,
    });
  });
  return getMeetingView(ctx, input);
}

export function declareRecusal(
  ctx: ServiceContext,
  input: { id: string; itemId: string; memberId: string; recused: boolean },
): MeetingView {
  write(ctx, (tx) => {
    requireOpen(requireMeeting(ctx, input.id));
    const view = getMeetingView(ctx, input);
    const member = requireMember(view, input.memberId);
    const item = requireItem(view, input.itemId);
    setDeclaredRecusal(ctx.db, item.id, member.id, input.recused);
    tx.audit({
      action: input.recused ? 'recuse' : 'unrecuse',
      entity: 'meeting',
      entityId: input.id,
      after: { member: member.name, branch: item.branchName },
    });
  });
  return getMeetingView(ctx, input);
}

export function setShowNames(
  ctx: ServiceContext,
  input: { id: string; showNames: boolean },
): MeetingView {
  write(ctx, (tx) => {
    const row = requireMeeting(ctx, input.id);
    requireOpen(row);
    updateMeetingState(ctx.db, row.id, { show_names: input.showNames ? 1 : 0 });
    tx.audit({
      action: 'show-names',
      entity: 'meeting',
      entityId: row.id,
      before: row.show_names === 1,
      after: input.showNames,
    });
  });
  return getMeetingView(ctx, input);
}

/** 已完成: locks every decision of the meeting. */
export function closeMeeting(ctx: ServiceContext, input: { id: string }): MeetingView {
  write(ctx, (tx) => {
    const row = requireMeeting(ctx, input.id);
    requireInSession(row);
    updateMeetingState(ctx.db, row.id, { stage: 'closed', closed_at: ctx.now() });
    tx.audit({
      action: 'close',
      entity: 'meeting',
      entityId: row.id,
      before: 'in-session',
      after: 'closed',
    });
  });
  return getMeetingView(ctx, input);
}

/** Reopening a closed meeting needs a reason, which the audit trail keeps. */
export function reopenMeeting(
  ctx: ServiceContext,
  input: { id: string; reason: string },
): MeetingView {
  requireReason(input.reason);
  write(ctx, (tx) => {
    const row = requireMeeting(ctx, input.id);
    assertRoundOpen(ctx.db, row.round_id);
    if (row.stage !== 'closed') {
      throw new AppError('CONFLICT', 'Only a closed meeting can be reopened', {
        entity: 'meeting',
        reason: 'meetingNotClosed',
      });
    }
    updateMeetingState(ctx.db, row.id, { stage: 'in-session', closed_at: null });
    tx.audit({
      action: 'reopen',
      entity: 'meeting',
      entityId: row.id,
      before: 'closed',
      after: 'in-session',
      reason: input.reason.trim(),
    });
  });
  return getMeetingView(ctx, input);
}

export function decidedLevels(ctx: ServiceContext, input: { roundId: string }): DecidedLevel[] {
  return latestDecisions(ctx.db, input.roundId);
}
