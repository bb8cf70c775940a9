import type { RubricItem } from '../../../shared/domain/rubric';
import type { FilePayload } from '../../../shared/domain/views';
import { assignedBranchIds } from '../../store/queries/assignments';
import { getCampaign } from '../../store/queries/campaigns';
import type { ServiceContext } from '../context';
import { getPreferences } from '../preferences';
import { loadRubric } from '../rubrics';
import type { Parsed } from './cell-parse';
import { parseCell } from './cell-parse';
import type { RawCell } from './read-workbook';
import { locateCells, openWorkbook, readMeta } from './read-workbook';
import type { ItemTypes } from './scope';
import { scopeItems } from './scope';
import type { TemplateMeta } from './structure';
import { campaignBranchNames, campaignEvaluatorName, findRound } from './queries';
import { templateError } from './template-error';

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
  const round = findRound(ctx.db, meta.roundId);
  if (round?.campaign_id !== campaignId) throw templateError('template-round-missing', file);
  let evaluatorName: string | null = null;
  if (meta.evaluatorId !== null) {
    evaluatorName = campaignEvaluatorName(ctx.db, meta.evaluatorId, campaignId) ?? null;
    if (evaluatorName === null) throw templateError('template-evaluator-missing', file);
  }
  if (campaign.rubric_version_id !== meta.rubricVersionId)
    throw templateError('template-rubric-changed', file);
  return {
    roundName: round.name,
    evaluatorName,
    definition: loadRubric(ctx, campaign.rubric_version_id),
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
  const branchOf = campaignBranchNames(ctx.db);
  const assigned =
    meta.evaluatorId === null
      ? new Set<string>()
      : assignedBranchIds(ctx.db, meta.roundId, meta.evaluatorId);
  for (const b of meta.branches) {
    const row = branchOf(campaignId, b.branchId);
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

export function typesOf(read: ReadTemplate): ItemTypes {
  return new Map([...read.items].map(([code, i]) => [code, i.item.type]));
}
