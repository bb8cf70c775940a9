import { sheetFitsRound } from '../../../shared/domain/org';
import type { BulkSheet, BulkSubmitPreview } from '../../../shared/domain/views/sheets';
import { AppError } from '../../../shared/errors';
import { write } from '../../store/write';
import type { ServiceContext } from '../context';
import { requireCampaign } from '../campaigns';
import { requireRoundRule } from '../rounds';
import { loadCompiledRubric } from '../rubrics';
import { listEnteredItems, listRoundDrafts } from './queries';
import { requireWritableSheet, submitRow } from './service';

/** How many missing items a preview names per sheet; the count is always complete. */
const NAMED_MISSING = 12;

export interface BulkFilter {
  roundId: string;
  /** undefined: every evaluator; null: the self-assessments. */
  evaluatorId?: string | null | undefined;
  townshipId?: string | undefined;
}

/**
 * The drafts of a round (of one evaluator, one township or both) split into those complete
 * enough to submit and those still missing required items, each with what is missing. Drafts
 * in a round of the wrong kind are left out: they cannot be submitted. Writes nothing.
 */
export function previewBulkSubmit(ctx: ServiceContext, input: BulkFilter): BulkSubmitPreview {
  const round = requireRoundRule(ctx, input.roundId);
  const campaign = requireCampaign(ctx, round.campaignId);
  const required = loadCompiledRubric(ctx, campaign.rubric_version_id).items.filter(
    (i) => i.type !== 'bonus' && i.type !== 'veto',
  );
  const drafts = listRoundDrafts(ctx.db, input).filter((d) =>
    sheetFitsRound(round.kind, d.evaluator_id),
  );
  const entered = new Map<string, Set<string>>();
  for (const [sheetId, item] of listEnteredItems(
    ctx.db,
    drafts.map((d) => d.id),
  )) {
    const set = entered.get(sheetId) ?? new Set<string>();
    set.add(item);
    entered.set(sheetId, set);
  }
  const ready: BulkSheet[] = [];
  const incomplete: BulkSheet[] = [];
  for (const draft of drafts) {
    const has = entered.get(draft.id) ?? new Set<string>();
    const missing = required.filter((i) => !has.has(i.code));
    const line: BulkSheet = {
      sheetId: draft.id,
      version: draft.version,
      branchId: draft.branch_id,
      branchName: draft.branch_name,
      townshipName: draft.township_name,
      evaluatorId: draft.evaluator_id,
      evaluatorName: draft.evaluator_name,
      entered: has.size,
      missingCount: missing.length,
      missing: missing.slice(0, NAMED_MISSING).map((i) => ({
        code: i.code,
        name: i.name,
        nameEn: i.nameEn ?? i.name,
      })),
    };
    (missing.length === 0 ? ready : incomplete).push(line);
  }
  return { roundId: input.roundId, roundName: round.name, ready, incomplete };
}

/**
 * Submits the previewed complete drafts in ONE write: each must still be a complete draft of
 * this round at the version the preview showed, else nothing is submitted (CONFLICT or
 * INCOMPLETE naming the branch) and the user previews again. Drafts not listed stay as they are.
 */
export function submitBulk(
  ctx: ServiceContext,
  input: { roundId: string; sheets: { sheetId: string; expectedVersion: number }[] },
): { submitted: number } {
  requireRoundRule(ctx, input.roundId);
  return write(ctx, (tx) => {
    const seen = new Set<string>();
    for (const { sheetId, expectedVersion } of input.sheets) {
      if (seen.has(sheetId)) continue;
      seen.add(sheetId);
      const row = requireWritableSheet(ctx, sheetId);
      if (row.round_id !== input.roundId)
        throw new AppError('NOT_FOUND', 'Sheet is not in this round', { entity: 'sheet' });
      try {
        submitRow(ctx, tx, row, expectedVersion);
      } catch (error) {
        if (error instanceof AppError && error.code === 'CONFLICT')
          throw new AppError('CONFLICT', error.message, {
            ...error.details,
            entity: 'sheet',
            branch: row.branch_name,
          });
        throw error;
      }
    }
    return { submitted: seen.size };
  });
}
