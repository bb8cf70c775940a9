import {
  NOTICE_DAYS_DEFAULT,
  isNoticeDays,
  noticePeriod,
  parseDay,
} from '../../../shared/domain/publication/calendar';
import type { NoticeChannels, NoticeView } from '../../../shared/domain/views/publication';
import { hasProposedRating, levelAfterReview } from '../../../shared/domain/proposed-rating';
import { AppError } from '../../../shared/errors';
import { frozenCheckpoint } from '../integrity';
import { computeRanking } from '../ranking';
import { write } from '../../store/write';
import type { ServiceContext } from '../context';
import { workingCalendar } from './calendar';
import {
  branchNames,
  currentNotice,
  getNotice,
  insertEntry,
  insertNotice,
  nextNoticeVersion,
  noticeEntries,
  roundCounty,
  type NoticeRow,
  type RoundCounty,
} from './queries';

export interface CreateNoticeInput {
  roundId: string;
  title: string;
  startDay: string;
  workingDays?: number;
  channels: NoticeChannels;
}

/**
 * The frozen results with a star, as the 公示名单 sheet lists them (`hasProposedRating`): the
 * committee's decided level where it decided, else the level as ranked (passed by consent,
 * 其余按排名通过). Sent back for re-review by the committee, unrated, incomplete or vetoed
 * without a decision: not listed.
 */
function resultLevels(
  ctx: ServiceContext,
  round: RoundCounty,
): { branchId: string; decidedLevel: number; decisionId: string | null }[] {
  const view = computeRanking(ctx, { campaignId: round.campaign_id, roundId: round.round_id });
  return view.rows.flatMap((row) => {
    const level = levelAfterReview(row);
    return level === null || !hasProposedRating(row, view.levels)
      ? []
      : [
          {
            branchId: row.branchId,
            decidedLevel: level,
            decisionId: row.decided?.decisionId ?? null,
          },
        ];
  });
}

function requireRound(ctx: ServiceContext, roundId: string) {
  const round = roundCounty(ctx.db, roundId);
  if (!round) throw new AppError('NOT_FOUND', 'No such round', { entity: 'round', id: roundId });
  return round;
}

/**
 * The 公示 of a round's decided list: every branch whose latest committee decision gives it a
 * star (kept or adjusted), with its township and proposed level, copied into the notice so a
 * later decision never changes what was published. The period comes from the county's calendar.
 */
export function createNotice(ctx: ServiceContext, input: CreateNoticeInput): NoticeView {
  const round = requireRound(ctx, input.roundId);
  const days = input.workingDays ?? NOTICE_DAYS_DEFAULT;
  if (!isNoticeDays(days)) {
    throw new AppError('INVALID_INPUT', `Notice length ${days} is outside 3–7 working days`, {
      entity: 'notice',
      reason: 'noticeDays',
    });
  }
  if (currentNotice(ctx.db, round.round_id)) {
    throw new AppError('CONFLICT', 'The round already has a notice; withdraw it first', {
      entity: 'notice',
      reason: 'noticeExists',
    });
  }
  // 公示 publishes frozen results only (定稿), and names the checkpoint it published.
  const checkpoint = frozenCheckpoint(ctx.db, round.round_id);
  if (!checkpoint) {
    throw new AppError('CONFLICT', 'Freeze the round before its notice', {
      entity: 'notice',
      reason: 'noticeNeedsFreeze',
    });
  }
  const decided = resultLevels(ctx, round).filter((d) => d.decidedLevel > 0);
  if (decided.length === 0) {
    throw new AppError('CONFLICT', 'No branch of the round has a decided star level', {
      entity: 'notice',
      reason: 'noticeNothingDecided',
    });
  }
  const names = branchNames(
    ctx.db,
    decided.map((d) => d.branchId),
  );
  // Highest level first, then the registry's order (township, branch).
  const listed = decided
    .map((d) => ({ d, n: names.get(d.branchId) }))
    .filter((x): x is { d: (typeof decided)[number]; n: NonNullable<typeof x.n> } => !!x.n)
    .sort((a, b) => b.d.decidedLevel - a.d.decidedLevel || a.n.sort.localeCompare(b.n.sort));
  const period = noticePeriod(input.startDay, days, workingCalendar(ctx, round.county_id).calendar);
  const id = ctx.newId();
  write(ctx, (tx) => {
    insertNotice(ctx.db, {
      id,
      round_id: round.round_id,
      version: nextNoticeVersion(ctx.db, round.round_id),
      title: input.title,
      start_day: period.start,
      end_day: period.end,
      working_days: days,
      channels: JSON.stringify(input.channels),
      checkpoint_id: checkpoint.id,
      created_by: ctx.actor,
      created_at: ctx.now(),
    });
    listed.forEach(({ d, n }, index) =>
      insertEntry(ctx.db, {
        notice_id: id,
        branch_id: d.branchId,
        seq: index + 1,
        branch_name: n.name,
        township_name: n.township,
        proposed_level: d.decidedLevel,
        decision_id: d.decisionId,
      }),
    );
    tx.audit({
      action: 'create',
      entity: 'notice',
      entityId: id,
      after: {
        roundId: round.round_id,
        start: period.start,
        end: period.end,
        entries: listed.length,
      },
    });
  });
  return noticeView(ctx, id);
}

export function noticeView(ctx: ServiceContext, id: string): NoticeView {
  const row = getNotice(ctx.db, id);
  if (!row) throw new AppError('NOT_FOUND', 'No such notice', { entity: 'notice', id });
  return toView(ctx, row);
}

/** The round's current (not withdrawn) notice, or null. */
export function roundNotice(ctx: ServiceContext, roundId: string): NoticeView | null {
  requireRound(ctx, roundId);
  const row = currentNotice(ctx.db, roundId);
  return row ? toView(ctx, row) : null;
}

function toView(ctx: ServiceContext, row: NoticeRow): NoticeView {
  const round = requireRound(ctx, row.round_id);
  const period = noticePeriod(
    row.start_day,
    row.working_days,
    workingCalendar(ctx, round.county_id).calendar,
  );
  return {
    id: row.id,
    roundId: row.round_id,
    version: row.version,
    title: row.title,
    startDay: row.start_day,
    endDay: row.end_day,
    workingDays: row.working_days,
    // From the stored dates: a calendar edited after publishing does not move a published period.
    daysOff: (parseDay(row.end_day) - parseDay(row.start_day)) / 86_400_000 + 1 - row.working_days,
    calendarWarning: period.uncovered ? 'uncovered' : period.unverified ? 'unverified' : null,
    channels: JSON.parse(row.channels) as NoticeChannels,
    checkpointId: row.checkpoint_id,
    entries: noticeEntries(ctx.db, row.id).map((e) => ({
      seq: e.seq,
      branchId: e.branch_id,
      branchName: e.branch_name,
      townshipName: e.township_name,
      proposedLevel: e.proposed_level,
      decisionId: e.decision_id,
    })),
    createdBy: row.created_by,
    createdAt: row.created_at,
  };
}
