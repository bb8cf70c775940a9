import type { EntryValue } from '../../../shared/domain/entry';
import type {
  TemplateCellDiff,
  TemplateCounts,
  TemplatePreview,
} from '../../../shared/domain/views/score-templates';
import type { ServiceContext } from '../context';
import { getPreferences } from '../preferences';
import { entryText } from './cell-format';
import type { ReadTemplate } from './read-template';
import { readTemplate, typesOf } from './read-template';
import type { ScopeSheet } from './scope';
import { readSheet } from './scope';
import { wordsFor } from './words';

function sameEntry(a: EntryValue | null, b: EntryValue | null): boolean {
  if (a === null || b === null) return a === b;
  const norm = (e: EntryValue) =>
    JSON.stringify(
      Object.entries(e)
        .filter(([, v]) => v !== undefined && v !== '')
        .sort(),
    );
  return norm(a) === norm(b);
}

/** Whether the stored sheet moved on since the export (a sheet opened but never scored has not). */
function changedSinceExport(sheet: ScopeSheet, exportedVersion: number): boolean {
  if (exportedVersion === 0) return sheet.entries.size > 0;
  return sheet.version !== exportedVersion;
}

/** Compares each parsed value with what is stored now: the preview, and apply's plan. */
export function classify(ctx: ServiceContext, read: ReadTemplate): TemplatePreview {
  const t = wordsFor(getPreferences(ctx).language);
  const language = getPreferences(ctx).language;
  const sheets = new Map<string, ScopeSheet>();
  const types = typesOf(read);
  const cells: TemplateCellDiff[] = [];
  const counts: TemplateCounts = { new: 0, changed: 0, unchanged: 0, conflict: 0, invalid: 0 };
  for (const c of read.cells) {
    if (c.parsed === null) continue;
    let sheet = sheets.get(c.branch.branchId);
    if (!sheet) {
      sheet = readSheet(ctx, read.meta.roundId, c.branch.branchId, read.meta.evaluatorId, types);
      sheets.set(c.branch.branchId, sheet);
    }
    const old = sheet.entries.get(c.item.code) ?? null;
    const names = read.branchNames.get(c.branch.branchId)!;
    const base = {
      sheet: c.sheet,
      cell: c.address,
      branchId: c.branch.branchId,
      branchName: names.name,
      townshipName: names.township,
      itemCode: c.item.code,
      itemName: read.items.get(c.item.code)?.name ?? c.item.name,
      oldValue: old,
      oldText: entryText(c.item, old, t, language),
    };
    let diff: TemplateCellDiff;
    if ('problem' in c.parsed) {
      diff = {
        ...base,
        status: 'invalid',
        newValue: null,
        newText: c.shown,
        problem: c.parsed.problem,
      };
    } else {
      const entry = c.parsed.entry;
      const newText = entryText(c.item, entry, t, language);
      const withNew = { ...base, newValue: entry, newText };
      if (sameEntry(old, entry)) diff = { ...withNew, status: 'unchanged' };
      else if (sheet.status === 'submitted')
        diff = { ...withNew, status: 'conflict', conflict: 'submitted' };
      else if (changedSinceExport(sheet, c.branch.version))
        diff = { ...withNew, status: 'conflict', conflict: 'changed-since-export' };
      else diff = { ...withNew, status: old === null ? 'new' : 'changed' };
    }
    counts[diff.status] += 1;
    cells.push(diff);
  }
  return {
    fileName: read.fileName,
    campaignId: read.meta.campaignId,
    roundId: read.meta.roundId,
    roundName: read.roundName,
    evaluatorId: read.meta.evaluatorId,
    evaluatorName: read.evaluatorName,
    layout: read.meta.layout,
    exportedAt: read.meta.exportedAt,
    branches: read.meta.branches.length,
    counts,
    cells,
  };
}

export async function previewTemplate(
  ctx: ServiceContext,
  input: { campaignId: string; fileId: string; jobId?: string | undefined },
): Promise<TemplatePreview> {
  const read = await readTemplate(ctx, input.campaignId, input.fileId, input.jobId);
  ctx.jobs.progress(input.jobId, 'check', 0, read.cells.length);
  return classify(ctx, read);
}
