import { namingLists } from '../../../shared/domain/publication/naming';
import {
  starRuleProblems,
  timeline,
  type NamedLevel,
  type TimelineEntry,
} from '../../../shared/domain/publication/star-history';
import type { NamingResult } from '../../../shared/domain/views/publication';
import { AppError } from '../../../shared/errors';
import { write } from '../../store/write';
import { backupBefore } from '../backups';
import type { ServiceContext } from '../context';
import { listObjections } from './objections';
import { namingSettings } from './settings';
import {
  branchStarHistory,
  getNotice,
  insertNaming,
  insertStarHistory,
  namingByDocument,
  noticeEntries,
  roundCounty,
} from './queries';

export interface NameInput {
  noticeId: string;
  /** e.g. 青组发〔2026〕12号 */
  documentNumber: string;
  namedOn: string;
}

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

/**
 * 命名: after the notice has ended, names the branches with no open objection and none that
 * changed anything (see `namingEligibility`). Levels the county names are recorded in each
 * branch's star history with the document; the others are listed for the city. A backup is
 * taken first.
 */
export async function nameBranches(ctx: ServiceContext, input: NameInput): Promise<NamingResult> {
  const notice = getNotice(ctx.db, input.noticeId);
  if (!notice || notice.withdrawn_at !== null)
    throw new AppError('NOT_FOUND', 'No such notice', { entity: 'notice', id: input.noticeId });
  if (input.documentNumber.trim() === '' || namingByDocument(ctx.db, input.documentNumber.trim())) {
    throw new AppError('CONFLICT', 'The document number is missing or already used', {
      entity: 'naming',
      reason: 'namingDocumentNumber',
    });
  }
  if (input.namedOn <= notice.end_day) {
    throw new AppError('CONFLICT', `The notice runs until ${notice.end_day}`, {
      entity: 'naming',
      reason: 'namingNoticeRunning',
    });
  }
  // Before anything is read for the naming: a restore swaps ctx.db, so nothing read before an
  // await is used after it.
  await backupBefore(ctx, 'naming');
  const round = roundCounty(ctx.db, notice.round_id);
  if (!round)
    throw new AppError('NOT_FOUND', 'No such round', { entity: 'round', id: notice.round_id });
  const { authority, starRules: rules } = namingSettings(ctx, round.county_id);
  const objections = listObjections(ctx, notice.id);
  const entries = noticeEntries(ctx.db, notice.id);
  const lists = namingLists(
    entries.map((e) => ({
      branchId: e.branch_id,
      proposedLevel: e.proposed_level,
      objections: objections.filter((o) => o.branchId === e.branch_id).map((o) => o.effect),
    })),
    input.namedOn,
    notice.end_day,
    authority,
  );
  const ruleHeld: NamingResult['ruleHeld'] = [];
  const county = lists.county.map((l) => ({
    level: l.level,
    branchIds: l.branchIds.filter((branchId) => {
      const problems = starRuleProblems(
        historyOf(ctx, branchId),
        {
          year: round.year,
          level: l.level,
          vetoed: false,
        },
        rules,
      );
      if (problems.length > 0) ruleHeld.push({ branchId, problems });
      return problems.length === 0;
    }),
  }));
  const namingId = ctx.newId();
  write(ctx, (tx) => {
    insertNaming(ctx.db, {
      id: namingId,
      notice_id: notice.id,
      document_number: input.documentNumber.trim(),
      named_on: input.namedOn,
      authority: JSON.stringify(authority),
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
          reason: '',
          exceptional: '',
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
        held: lists.held.length + ruleHeld.length,
      },
    });
  });
  return { namingId, lists: { ...lists, county }, ruleHeld };
}

/** A branch's named levels across years with each change (the branch page's timeline). */
export function starTimeline(ctx: ServiceContext, branchId: string): TimelineEntry[] {
  return timeline(historyOf(ctx, branchId));
}
