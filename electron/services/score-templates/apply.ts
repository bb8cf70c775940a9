import type {
  TemplateApplyResult,
  TemplateCellDiff,
} from '../../../shared/domain/views/score-templates';
import { write } from '../../store/write';
import { backupBefore } from '../backups';
import type { ServiceContext } from '../context';
import { openSheet, saveScores } from '../sheets';
import { classify } from './preview';
import { readTemplate, typesOf } from './read-template';
import { readSheet } from './scope';
import { templateError } from './template-error';

/**
 * Stores the workbook's new and changed values in ONE immediate transaction, each sheet through
 * `saveScores` (the same checks, versions, audit rows and ranking update as the score screen).
 * The comparison is made again inside the transaction, so nothing written between preview and
 * apply is overwritten unseen.
 */
export async function applyTemplate(
  ctx: ServiceContext,
  input: { campaignId: string; fileId: string; skipConflicts: boolean; jobId?: string | undefined },
): Promise<TemplateApplyResult> {
  const read = await readTemplate(ctx, input.campaignId, input.fileId, input.jobId);
  const { fileName } = read;
  // The workbook is read: keep the data as it is before storing what it says.
  await backupBefore(ctx, 'template-apply');
  ctx.jobs.progress(input.jobId, 'write', 0, read.cells.length);
  const result = write(ctx, (tx): TemplateApplyResult => {
    const preview = classify(ctx, read);
    if (preview.counts.invalid > 0)
      throw templateError('template-has-invalid', fileName, { count: preview.counts.invalid });
    if (preview.counts.conflict > 0 && !input.skipConflicts)
      throw templateError('template-has-conflicts', fileName, { count: preview.counts.conflict });
    const types = typesOf(read);
    const byBranch = new Map<string, TemplateCellDiff[]>();
    for (const cell of preview.cells) {
      if (cell.status !== 'new' && cell.status !== 'changed') continue;
      byBranch.set(cell.branchId, [...(byBranch.get(cell.branchId) ?? []), cell]);
    }
    let saved = 0;
    let created = 0;
    for (const [branchId, cells] of byBranch) {
      let sheet = readSheet(ctx, read.meta.roundId, branchId, read.meta.evaluatorId, types);
      if (sheet.id === null) {
        openSheet(ctx, {
          roundId: read.meta.roundId,
          branchId,
          evaluatorId: read.meta.evaluatorId,
        });
        sheet = readSheet(ctx, read.meta.roundId, branchId, read.meta.evaluatorId, types);
        created += 1;
      }
      const sheetId = sheet.id!;
      // Before the scores, so the trail reads "imported from …" and then each change.
      tx.audit({
        action: 'import',
        entity: 'sheet',
        entityId: sheetId,
        before: { version: sheet.version },
        after: {
          file: fileName,
          exportedAt: read.meta.exportedAt,
          items: cells.map((c) => c.itemCode),
        },
        reason: `imported from ${fileName}`,
      });
      saveScores(ctx, {
        sheetId,
        expectedVersion: sheet.version,
        entries: cells.map((c) => ({ item: c.itemCode, value: c.newValue })),
      });
      saved += cells.length;
    }
    return {
      saved,
      sheets: byBranch.size,
      sheetsCreated: created,
      skippedConflicts: preview.counts.conflict,
      unchanged: preview.counts.unchanged,
    };
  });
  // Stored: the chosen workbook is let go (an upload's temporary copy removed).
  await ctx.files.inbox.release(input.fileId);
  return result;
}
