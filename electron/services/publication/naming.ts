import {
  namingLists,
  type NamingAuthority,
  type NamingLists,
} from '../../../shared/domain/publication/naming';
import {
  starRuleProblems,
  timeline,
  type NamedLevel,
  type TimelineEntry,
} from '../../../shared/domain/publication/star-history';
import type {
  NamingPlan,
  NamingResult,
  NamingView,
} from '../../../shared/domain/views/publication';
import { AppError } from '../../../shared/errors';
import { write } from '../../store/write';
import { backupBefore } from '../backups';
import { computeRanking } from '../ranking';
import type { ServiceContext } from '../context';
import { listObjections } from './objections';
import { namingSettings } from './settings';
import {
  branchStarHistory,
  getNotice,
  insertNaming,
  insertStarHistory,
  namedInYear,
  namingByDocument,
  namingEntries,
  noticeEntries,
  noticeNamingRows,
  roundCounty,
  type NamingRow,
  type NoticeRow,
  type RoundCounty,
} from './queries';

/** Why a branch goes down a level (降星), or why it goes up more than the rules allow (破格). */
export interface NamingNote {
  branchId: string;
  reason?: string | undefined;
  exceptional?: string | undefined;
}

export interface NameInput {
  noticeId: string;
  /** e.g. 青组发〔2026〕12号 */
  documentNumber: string;
  namedOn: string;
  notes?: readonly NamingNote[] | undefined;
}

const noteOf = (notes: readonly NamingNote[], branchId: string) => {
  const note = notes.find((n) => n.branchId === branchId);
  return { reason: note?.reason?.trim() ?? '', exceptional: note?.exceptional?.trim() ?? '' };
};

function historyOf(ctx: ServiceContext, branchId: string): NamedLevel[] {
  return branchStarHistory(ctx.db, branchId).map((h) => ({
    year: h.year,
    level: h.level,
    document: h.document,
    day: h.named_on,
    ...(h.reason ? { reason: h.reason } : {}),
    ...(h.exceptional ? { exceptional: h.exceptional } : {}),
  }));
}

interface Planned {
  plan: NamingPlan;
  round: RoundCounty;
  authority: NamingAuthority;
}

function requireNotice(ctx: ServiceContext, noticeId: string): NoticeRow {
  const notice = getNotice(ctx.db, noticeId);
  if (!notice || notice.withdrawn_at !== null)
    throw new AppError('NOT_FOUND', 'No such notice', { entity: 'notice', id: noticeId });
  return notice;
}

/**
 * Who a naming on `namedOn` names: the notice's eligible branches (see `namingEligibility`) the
 * county's star rules allow, less those named for the year already; the levels the county does
 * not name are listed for the city.
 */
function plan(
  ctx: ServiceContext,
  notice: NoticeRow,
  namedOn: string,
  notes: readonly NamingNote[] = [],
): Planned {
  const round = roundCounty(ctx.db, notice.round_id);
  if (!round)
    throw new AppError('NOT_FOUND', 'No such round', { entity: 'round', id: notice.round_id });
  const { authority, starRules: rules } = namingSettings(ctx, round.county_id);
  const objections = listObjections(ctx, notice.id);
  const entries = noticeEntries(ctx.db, notice.id);
  // Named for the year (star history), or sent up to the city by an earlier naming.
  const named = namedInYear(
    ctx.db,
    entries.map((e) => e.branch_id),
    round.year,
  );
  for (const earlier of noticeNamingRows(ctx.db, notice.id))
    for (const l of sentUpOf(earlier)) for (const id of l.branchIds) named.add(id);
  const lists = namingLists(
    entries
      .filter((e) => !named.has(e.branch_id))
      .map((e) => ({
        branchId: e.branch_id,
        proposedLevel: e.proposed_level,
        objections: objections.filter((o) => o.branchId === e.branch_id).map((o) => o.effect),
      })),
    namedOn,
    notice.end_day,
    authority,
  );
  // On the veto list (一票否决 raised and not resolved in the frozen results): the county's rule
  // may withdraw the star, whatever level the committee gave.
  const vetoed = new Set(
    computeRanking(ctx, { campaignId: round.campaign_id, roundId: round.round_id })
      .rows.filter((r) => r.status === 'vetoed')
      .map((r) => r.branchId),
  );
  const ruleHeld: NamingPlan['ruleHeld'] = [];
  const county = lists.county
    .map((l) => ({
      level: l.level,
      branchIds: l.branchIds.filter((branchId) => {
        const problems = starRuleProblems(
          historyOf(ctx, branchId),
          {
            year: round.year,
            level: l.level,
            vetoed: vetoed.has(branchId),
            ...noteOf(notes, branchId),
          },
          rules,
        );
        if (problems.length > 0) ruleHeld.push({ branchId, problems });
        return problems.length === 0;
      }),
    }))
    .filter((l) => l.branchIds.length > 0);
  return {
    plan: { lists: { ...lists, county }, ruleHeld, alreadyNamed: [...named] },
    round,
    authority,
  };
}

/** What a naming on `namedOn` would do, without naming (the 命名 page shows it first). */
export function previewNaming(
  ctx: ServiceContext,
  input: { noticeId: string; namedOn: string; notes?: readonly NamingNote[] | undefined },
): NamingPlan {
  return plan(ctx, requireNotice(ctx, input.noticeId), input.namedOn, input.notes).plan;
}

/**
 * 命名: after the notice has ended, names the branches `plan` finds. Levels the county names
 * are recorded in each branch's star history with the document; the others are listed for the
 * city. A notice may be named more than once (a branch cleared later, by a further document);
 * nobody is named twice for a year. A backup is taken first.
 */
export async function nameBranches(ctx: ServiceContext, input: NameInput): Promise<NamingResult> {
  const checked = requireNotice(ctx, input.noticeId);
  if (input.documentNumber.trim() === '' || namingByDocument(ctx.db, input.documentNumber.trim())) {
    throw new AppError('CONFLICT', 'The document number is missing or already used', {
      entity: 'naming',
      reason: 'namingDocumentNumber',
    });
  }
  if (input.namedOn <= checked.end_day) {
    throw new AppError('CONFLICT', `The notice runs until ${checked.end_day}`, {
      entity: 'naming',
      reason: 'namingNoticeRunning',
    });
  }
  // Before anything is read for the naming: a restore swaps ctx.db, so nothing read before an
  // await is used after it.
  await backupBefore(ctx, 'naming');
  const notice = requireNotice(ctx, input.noticeId);
  const notes = input.notes ?? [];
  const { plan: planned, round, authority } = plan(ctx, notice, input.namedOn, notes);
  const county = planned.lists.county;
  if (county.length === 0 && planned.lists.city.length === 0) {
    throw new AppError('CONFLICT', 'Nobody on the notice can be named', {
      entity: 'naming',
      reason: 'namingNobody',
    });
  }
  const namingId = ctx.newId();
  write(ctx, (tx) => {
    insertNaming(ctx.db, {
      id: namingId,
      notice_id: notice.id,
      document_number: input.documentNumber.trim(),
      named_on: input.namedOn,
      authority: JSON.stringify(authority),
      sent_up: JSON.stringify(planned.lists.city),
      created_by: ctx.actor,
      created_at: ctx.now(),
    });
    for (const l of county)
      for (const branchId of l.branchIds)
        insertStarHistory(ctx.db, {
          id: ctx.newId(),
          branch_id: branchId,
          year: round.year,
          level: l.level,
          named_by: 'county',
          document: input.documentNumber.trim(),
          named_on: input.namedOn,
          naming_id: namingId,
          ...noteOf(notes, branchId),
          created_by: ctx.actor,
          created_at: ctx.now(),
        });
    tx.audit({
      action: 'create',
      entity: 'naming',
      entityId: namingId,
      after: {
        document: input.documentNumber.trim(),
        named: county.reduce((n, l) => n + l.branchIds.length, 0),
        held: planned.lists.held.length + planned.ruleHeld.length,
      },
    });
  });
  return { namingId, ...planned };
}

function sentUpOf(row: NamingRow): NamingLists['city'] {
  return JSON.parse(row.sent_up) as NamingLists['city'];
}

/** The namings of a notice, each with the branches it named and those it sent up. */
export function listNamings(ctx: ServiceContext, noticeId: string): NamingView[] {
  const entries = new Map(noticeEntries(ctx.db, noticeId).map((e) => [e.branch_id, e]));
  return noticeNamingRows(ctx.db, noticeId).map((n) => ({
    id: n.id,
    noticeId: n.notice_id,
    documentNumber: n.document_number,
    namedOn: n.named_on,
    createdBy: n.created_by,
    createdAt: n.created_at,
    named: namingEntries(ctx.db, n.id).map((e) => ({
      branchId: e.branch_id,
      branchName: e.branch_name,
      townshipName: e.township_name,
      level: e.level,
    })),
    sentUp: sentUpOf(n).flatMap((l) =>
      l.branchIds.map((branchId) => ({
        branchId,
        branchName: entries.get(branchId)?.branch_name ?? '',
        townshipName: entries.get(branchId)?.township_name ?? '',
        level: l.level,
      })),
    ),
  }));
}

/** A branch's named levels across years with each change (the branch page's timeline). */
export function starTimeline(ctx: ServiceContext, branchId: string): TimelineEntry[] {
  return timeline(historyOf(ctx, branchId));
}
