import { minimiseRecusalMoves, recusalMoves } from '../../../shared/domain/agenda-order';
import {
  buildAgenda,
  decidedLevelOf,
  decisionProblem,
  quorumOf,
} from '../../../shared/domain/meeting-rules';
import type {
  AgendaItemView,
  Attendance,
  DecidedLevel,
  DecisionOutcome,
  MeetingKind,
  MeetingSummary,
  MeetingView,
} from '../../../shared/domain/views/meetings';
import type { RankingView } from '../../../shared/domain/views';
import { AppError } from '../../../shared/errors';
import { write } from '../../store/write';
import { requireCampaign } from '../campaigns';
import type { ServiceContext } from '../context';
import { computeRanking } from '../ranking';
import { reopenSheet } from '../sheets';
import type { MeetingRow } from './queries';
import {
  getMeeting,
  insertDecision,
  insertItem,
  insertMeeting,
  insertMember,
  latestDecisions,
  listDecisions,
  listDeclaredRecusals,
  listItems,
  listMeetingRows,
  listMembers,
  nextDecisionVersion,
  setAttendance,
  setDeclaredRecusal,
  setItemOrder,
  submittedSheets,
  summaryOf,
  unitAndParent,
  updateMeetingState,
} from './queries';

const MIN_REASON = 2;

function requireMeeting(ctx: ServiceContext, id: string): MeetingRow {
  const row = getMeeting(ctx.db, id);
  if (!row) throw new AppError('NOT_FOUND', `Meeting ${id} does not exist`, { entity: 'meeting' });
  return row;
}

/** 已完成 locks every decision of the meeting: reopen it (with a reason) first. */
function requireOpen(row: MeetingRow): void {
  if (row.stage === 'closed') {
    throw new AppError('LOCKED', 'The meeting is closed; reopen it with a reason first', {
      entity: 'meeting',
      reason: 'meetingClosed',
    });
  }
}

function requireInSession(row: MeetingRow): void {
  requireOpen(row);
  if (row.stage !== 'in-session') {
    throw new AppError('CONFLICT', 'The meeting has not started', {
      entity: 'meeting',
      reason: 'meetingNotStarted',
    });
  }
}

function requireReason(reason: string): void {
  if (reason.trim().length < MIN_REASON) {
    throw new AppError('INVALID_INPUT', 'A reason is required', {
      path: 'reason',
      problem: 'reason-required',
    });
  }
}

export function listMeetings(ctx: ServiceContext, input: { campaignId: string }): MeetingSummary[] {
  requireCampaign(ctx, input.campaignId);
  return listMeetingRows(ctx.db, input.campaignId).map(summaryOf);
}

/** Members recused from each item: their own unit is the branch or its township, or declared. */
function recusalsByItem(ctx: ServiceContext, meetingId: string): Map<string, string[]> {
  const members = listMembers(ctx.db, meetingId);
  const declared = listDeclaredRecusals(ctx.db, meetingId);
  const result = new Map<string, string[]>();
  for (const item of listItems(ctx.db, meetingId)) {
    const units = unitAndParent(ctx.db, item.branch_id);
    const ids = members
      .filter(
        (m) =>
          (m.unitId !== null && units.includes(m.unitId)) ||
          declared.some((d) => d.item_id === item.id && d.member_id === m.id),
      )
      .map((m) => m.id);
    result.set(item.id, ids);
  }
  return result;
}

export function getMeetingView(ctx: ServiceContext, input: { id: string }): MeetingView {
  const row = requireMeeting(ctx, input.id);
  const members = listMembers(ctx.db, row.id);
  const decisions = listDecisions(ctx.db, row.id);
  const recusals = recusalsByItem(ctx, row.id);
  const items: AgendaItemView[] = listItems(ctx.db, row.id).map((item) => {
    const history = decisions.filter((d) => d.itemId === item.id);
    return {
      id: item.id,
      branchId: item.branch_id,
      branchName: item.branch_name,
      townshipName: item.township_name,
      seq: item.seq,
      reasons: JSON.parse(item.reasons) as AgendaItemView['reasons'],
      consent: item.consent === 1,
      recusedMemberIds: recusals.get(item.id) ?? [],
      decision: history.at(-1) ?? null,
      history,
    };
  });
  return {
    ...summaryOf(row),
    venue: row.venue,
    chair: row.chair,
    recorder: row.recorder,
    quorum: { num: row.quorum_num, den: row.quorum_den },
    currentItemId: row.current_item_id,
    showNames: row.show_names === 1,
    closedAt: row.closed_at,
    members,
    recusalMoves: {
      current: recusalMoves(movesOf(items)),
      minimised: recusalMoves(minimiseRecusalMoves(movesOf(items))),
    },
    quorumState: quorumOf(
      members.map((m) => m.attendance),
      row.quorum_num,
      row.quorum_den,
    ),
    items,
  };
}

/** Only members present walk out; the consent block is voted at once and stays in place. */
function movesOf(items: readonly AgendaItemView[]): { id: string; recused: string[] }[] {
  return items.filter((i) => !i.consent).map((i) => ({ id: i.id, recused: i.recusedMemberIds }));
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
  const agenda = buildAgenda(ranking.rows);
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
      },
    });
  });
  return getMeetingView(ctx, { id });
}

function requireMember(view: MeetingView, memberId: string) {
  const member = view.members.find((m) => m.id === memberId);
  if (!member)
    throw new AppError('NOT_FOUND', `Member ${memberId} is not in this meeting`, {
      entity: 'member',
    });
  return member;
}

function requireItem(view: MeetingView, itemId: string): AgendaItemView {
  const item = view.items.find((i) => i.id === itemId);
  if (!item)
    throw new AppError('NOT_FOUND', `Item ${itemId} is not on this agenda`, { entity: 'item' });
  return item;
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
    const overridesQuota =
      decided !== null &&
      computedLevel !== null &&
      decided > computedLevel &&
      ranking.plan.some((t) => t.kind === 'level' && Number(t.target) <= decided);
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
