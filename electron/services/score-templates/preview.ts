import type { EntryValue } from '../../../shared/domain/entry';
import type { RubricItem } from '../../../shared/domain/rubric';
import type { FilePayload } from '../../../shared/domain/views';
import type {
  TemplateCellDiff,
  TemplateCounts,
  TemplatePreview,
} from '../../../shared/domain/views/score-templates';
import { assignedBranchIds } from '../../store/queries/assignments';
import { getCampaign } from '../../store/queries/campaigns';
import { getRubricVersion } from '../../store/queries/rubrics';
import { readText } from '../rubric-files/xlsx-cells';
import type { ServiceContext } from '../context';
import { getPreferences } from '../preferences';
import { requireValidDefinition } from '../rubric-versions';
import { entryText } from './cell-format';
import type { Parsed } from './cell-parse';
import { parseCell } from './cell-parse';
import type { RawCell } from './read-workbook';
import { locateCells, openWorkbook, readMeta } from './read-workbook';
import type { ItemTypes, ScopeSheet } from './scope';
import { readSheet, scopeItems } from './scope';
import type { TemplateMeta } from './structure';
import { templateError } from './template-error';
import { wordsFor } from './words';

/** A workbook read and checked against the campaign; values parsed, nothing compared yet. */
export interface ReadTemplate {
  fileName: string;
  meta: TemplateMeta;
  roundName: string;
  evaluatorName: string | null;
  branchNames: Map<string, { name: string; township: string }>;
  items: Map<string, { item: RubricItem; name: string }>;
  cells: (RawCell & { parsed: Parsed })[];
}

function checkAgainstCampaign(
  ctx: ServiceContext,
  campaignId: string,
  meta: TemplateMeta,
  file: string,
) {
  if (meta.campaignId !== campaignId) throw templateError('template-other-campaign', file);
  const campaign = getCampaign(ctx.db, campaignId);
  if (!campaign) throw templateError('template-other-campaign', file);
  const round = ctx.db
    .prepare('SELECT name FROM rounds WHERE id = ? AND campaign_id = ?')
    .get(meta.roundId, campaignId) as { name: string } | undefined;
  if (!round) throw templateError('template-round-missing', file);
  let evaluatorName: string | null = null;
  if (meta.evaluatorId !== null) {
    const row = ctx.db
      .prepare(
        `SELECT e.name FROM evaluators e JOIN campaign_evaluators ce ON ce.evaluator_id = e.id
          WHERE e.id = ? AND ce.campaign_id = ?`,
      )
      .get(meta.evaluatorId, campaignId) as { name: string } | undefined;
    if (!row) throw templateError('template-evaluator-missing', file);
    evaluatorName = row.name;
  }
  if (campaign.rubric_version_id !== meta.rubricVersionId)
    throw templateError('template-rubric-changed', file);
  const version = getRubricVersion(ctx.db, campaign.rubric_version_id);
  if (!version) throw templateError('template-rubric-changed', file);
  return {
    roundName: round.name,
    evaluatorName,
    definition: requireValidDefinition(JSON.parse(version.definition)),
  };
}

/** Reads, checks and parses a filled-in workbook. Async (exceljs); touches no table. */
export async function readTemplate(
  ctx: ServiceContext,
  campaignId: string,
  file: FilePayload,
): Promise<ReadTemplate> {
  const wb = await openWorkbook(file);
  const meta = readMeta(wb, file.fileName);
  const { roundName, evaluatorName, definition } = checkAgainstCampaign(
    ctx,
    campaignId,
    meta,
    file.fileName,
  );
  const language = getPreferences(ctx).language;
  const scoped = scopeItems(definition, language);
  if (scoped.map((s) => s.item.code).join(',') !== meta.items.join(','))
    throw templateError('template-rubric-changed', file.fileName);
  const branchNames = new Map<string, { name: string; township: string }>();
  const branchQuery = ctx.db.prepare(
    `SELECT b.name, t.name AS township FROM campaign_branches cb
       JOIN org_units b ON b.id = cb.branch_id JOIN org_units t ON t.id = b.parent_id
      WHERE cb.campaign_id = ? AND cb.branch_id = ?`,
  );
  const assigned =
    meta.evaluatorId === null
      ? new Set<string>()
      : assignedBranchIds(ctx.db, meta.roundId, meta.evaluatorId);
  for (const b of meta.branches) {
    const row = branchQuery.get(campaignId, b.branchId) as
      { name: string; township: string } | undefined;
    if (!row) throw templateError('template-branch-missing', file.fileName, { sheet: b.sheetName });
    branchNames.set(b.branchId, row);
    // An evaluator's workbook may only score the branches still assigned to them.
    if (meta.evaluatorId !== null && !assigned.has(b.branchId))
      throw templateError('template-not-assigned', file.fileName, { sheet: b.sheetName });
  }
  const located = locateCells(
    wb,
    meta,
    scoped.map((s) => s.item),
    file.fileName,
  );
  return {
    fileName: file.fileName,
    meta,
    roundName,
    evaluatorName,
    branchNames,
    items: new Map(
      scoped.map((s) => [
        s.item.code,
        { item: s.item, name: (language === 'en' && s.item.nameEn) || s.item.name },
      ]),
    ),
    cells: located.map((c) => ({
      ...c,
      parsed: parseCell(c.item, c.cell, c.reasonCell, meta.language),
    })),
  };
}

/** What the cell shows, for the preview; never throws (merged followers, odd values). */
function shownText(cell: RawCell['cell']): string {
  try {
    return readText(cell);
  } catch {
    return '';
  }
}

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

export function typesOf(read: ReadTemplate): ItemTypes {
  return new Map([...read.items].map(([code, i]) => [code, i.item.type]));
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
        newText: shownText(c.cell),
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
  campaignId: string,
  file: FilePayload,
): Promise<TemplatePreview> {
  return classify(ctx, await readTemplate(ctx, campaignId, file));
}
