import { isLate } from '../../../shared/domain/publication/calendar';
import {
  allowedSteps,
  objectionEffect,
  replaySteps,
  applyStep,
  type ObjectionState,
  type ObjectionStep,
} from '../../../shared/domain/publication/objection';
import type {
  ObjectionView,
  RegisterObjectionInput,
} from '../../../shared/domain/views/publication';
import { AppError } from '../../../shared/errors';
import { write } from '../../store/write';
import type { ServiceContext } from '../context';
import {
  appendObjectionStep,
  currentNotice,
  getNotice,
  getObjection,
  insertObjection,
  noticeEntries,
  noticeObjections,
  objectionSteps,
  type ObjectionRow,
} from './queries';

/** Registers an objection against a branch on the notice; a late one is flagged, not refused. */
export function registerObjection(
  ctx: ServiceContext,
  input: RegisterObjectionInput,
): ObjectionView {
  const notice = getNotice(ctx.db, input.noticeId);
  if (!notice)
    throw new AppError('NOT_FOUND', 'No such notice', { entity: 'notice', id: input.noticeId });
  if (!noticeEntries(ctx.db, notice.id).some((e) => e.branch_id === input.branchId)) {
    throw new AppError('INVALID_INPUT', 'The branch is not on the notice', {
      entity: 'objection',
      reason: 'objectionBranchNotListed',
    });
  }
  if (input.content.trim() === '') {
    throw new AppError('INVALID_INPUT', 'An objection needs its content', {
      entity: 'objection',
      reason: 'objectionContent',
    });
  }
  const id = ctx.newId();
  write(ctx, (tx) => {
    insertObjection(ctx.db, {
      id,
      notice_id: notice.id,
      branch_id: input.branchId,
      received_at: input.receivedAt,
      channel: input.channel,
      from_kind: input.fromKind,
      from_name: input.fromName.trim(),
      real_name: input.realName ? 1 : 0,
      contact: input.contact.trim(),
      content: input.content.trim(),
      late: isLate({ end: notice.end_day }, input.receivedAt.slice(0, 10)) ? 1 : 0,
      created_by: ctx.actor,
      created_at: ctx.now(),
    });
    tx.audit({
      action: 'create',
      entity: 'objection',
      entityId: id,
      after: { branchId: input.branchId },
    });
  });
  return objectionView(ctx, id);
}

function stateOf(ctx: ServiceContext, id: string): ObjectionState {
  const steps = objectionSteps(ctx.db, id).map((s) => JSON.parse(s) as ObjectionStep);
  const replay = replaySteps(steps);
  // Stored steps were each accepted before they were written; a refusal here is damage.
  if (!replay.ok)
    throw new AppError('INTERNAL', `Objection ${id}: stored step ${replay.at + 1} is refused`);
  return replay.state;
}

/** Takes one handling step; the pure state machine decides whether it is allowed. */
export function stepObjection(
  ctx: ServiceContext,
  input: { id: string; step: ObjectionStep },
): ObjectionView {
  const row = requireObjection(ctx, input.id);
  const before = stateOf(ctx, row.id);
  const result = applyStep(before, input.step);
  if (!result.ok) {
    throw new AppError('CONFLICT', `Objection step refused: ${result.refusal}`, {
      entity: 'objection',
      reason: `objection-${result.refusal}`,
    });
  }
  const seq = objectionSteps(ctx.db, row.id).length + 1;
  write(ctx, (tx) => {
    appendObjectionStep(ctx.db, {
      objectionId: row.id,
      seq,
      step: input.step,
      by: ctx.actor,
      at: ctx.now(),
      stage: result.state.stage,
    });
    tx.audit({
      action: 'update',
      entity: 'objection',
      entityId: row.id,
      before: { stage: before.stage },
      after: { stage: result.state.stage, step: input.step.kind },
    });
  });
  return objectionView(ctx, row.id);
}

function requireObjection(ctx: ServiceContext, id: string): ObjectionRow {
  const row = getObjection(ctx.db, id);
  if (!row) throw new AppError('NOT_FOUND', 'No such objection', { entity: 'objection', id });
  return row;
}

export function objectionView(ctx: ServiceContext, id: string): ObjectionView {
  return toView(requireObjection(ctx, id), stateOf(ctx, id));
}

export function listObjections(ctx: ServiceContext, noticeId: string): ObjectionView[] {
  return noticeObjections(ctx.db, noticeId).map((r) => toView(r, stateOf(ctx, r.id)));
}

function toView(row: ObjectionRow, state: ObjectionState): ObjectionView {
  return {
    id: row.id,
    noticeId: row.notice_id,
    branchId: row.branch_id,
    receivedAt: row.received_at,
    channel: row.channel as ObjectionView['channel'],
    fromKind: row.from_kind,
    fromName: row.from_name,
    realName: row.real_name === 1,
    contact: row.contact,
    content: row.content,
    late: row.late === 1,
    state,
    next: allowedSteps(state),
    effect: objectionEffect(state),
  };
}

/** The branches an objection on the round's current notice sent back for re-review (退回复核). */
export function rereviewBranches(ctx: ServiceContext, roundId: string): string[] {
  const notice = currentNotice(ctx.db, roundId);
  if (!notice) return [];
  const ids = listObjections(ctx, notice.id)
    .filter((o) => o.effect.kind === 'rereview')
    .map((o) => o.branchId);
  return [...new Set(ids)];
}
