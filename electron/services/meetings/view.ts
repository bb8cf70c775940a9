import { minimiseRecusalMoves, recusalMoves } from '../../../shared/domain/agenda-order';
import { quorumOf } from '../../../shared/domain/meeting-rules';
import type { AgendaItemView, MeetingView } from '../../../shared/domain/views/meetings';
import { AppError } from '../../../shared/errors';
import type { ServiceContext } from '../context';
import { evaluatorSpans } from '../ranking';
import type { MeetingRow } from './queries';
import { projectedFor } from './projected';
import {
  getMeeting,
  listDecisions,
  listDeclaredRecusals,
  listItems,
  listMembers,
  summaryOf,
  unitAndParent,
} from './queries';

const MIN_REASON = 2;

/** Reads of a meeting and the checks every action makes before it writes. */
export function requireMeeting(ctx: ServiceContext, id: string): MeetingRow {
  const row = getMeeting(ctx.db, id);
  if (!row) throw new AppError('NOT_FOUND', `Meeting ${id} does not exist`, { entity: 'meeting' });
  return row;
}

/** 已完成 locks every decision of the meeting: reopen it (with a reason) first. */
export function requireOpen(row: MeetingRow): void {
  if (row.stage === 'closed') {
    throw new AppError('LOCKED', 'The meeting is closed; reopen it with a reason first', {
      entity: 'meeting',
      reason: 'meetingClosed',
    });
  }
}

export function requireInSession(row: MeetingRow): void {
  requireOpen(row);
  if (row.stage !== 'in-session') {
    throw new AppError('CONFLICT', 'The meeting has not started', {
      entity: 'meeting',
      reason: 'meetingNotStarted',
    });
  }
}

export function requireReason(reason: string): void {
  if (reason.trim().length < MIN_REASON) {
    throw new AppError('INVALID_INPUT', 'A reason is required', {
      path: 'reason',
      problem: 'reason-required',
    });
  }
}

/** Members recused from each item: their own unit is the branch or its township, or declared. */
export function recusalsByItem(ctx: ServiceContext, meetingId: string): Map<string, string[]> {
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
  const rows = listItems(ctx.db, row.id);
  const reasonsOf = (item: (typeof rows)[number]) =>
    JSON.parse(item.reasons) as AgendaItemView['reasons'];
  // The span is read now (a re-review may change it), only for the items it put on the agenda.
  const spanBranches = rows.filter((i) => reasonsOf(i).includes('span')).map((i) => i.branch_id);
  const spans =
    spanBranches.length === 0
      ? new Map<string, number>()
      : evaluatorSpans(ctx, {
          campaignId: row.campaign_id,
          roundId: row.round_id,
          branchIds: spanBranches,
        });
  const items: AgendaItemView[] = rows.map((item) => {
    const history = decisions.filter((d) => d.itemId === item.id);
    const reasons = reasonsOf(item);
    return {
      id: item.id,
      branchId: item.branch_id,
      branchName: item.branch_name,
      townshipName: item.township_name,
      seq: item.seq,
      reasons,
      consent: item.consent === 1,
      span: reasons.includes('span') ? (spans.get(item.branch_id) ?? null) : null,
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
    projected: projectedFor(row.id, row.current_item_id),
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

export function requireMember(view: MeetingView, memberId: string) {
  const member = view.members.find((m) => m.id === memberId);
  if (!member)
    throw new AppError('NOT_FOUND', `Member ${memberId} is not in this meeting`, {
      entity: 'member',
    });
  return member;
}

export function requireItem(view: MeetingView, itemId: string): AgendaItemView {
  const item = view.items.find((i) => i.id === itemId);
  if (!item)
    throw new AppError('NOT_FOUND', `Item ${itemId} is not on this agenda`, { entity: 'item' });
  return item;
}

/** Only discussed items count: the consent block is voted at once and stays in place. */
export function movesOf(items: readonly AgendaItemView[]): { id: string; recused: string[] }[] {
  return items.filter((i) => !i.consent).map((i) => ({ id: i.id, recused: i.recusedMemberIds }));
}
