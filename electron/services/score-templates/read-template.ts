import type { RubricItem } from '../../../shared/domain/rubric';
import type { FilePayload } from '../../../shared/domain/views';
import { assignedBranchIds } from '../../store/queries/assignments';
import { getCampaign } from '../../store/queries/campaigns';
import { getRubricVersion } from '../../store/queries/rubrics';
import type { ServiceContext } from '../context';
import { getPreferences } from '../preferences/service';
import { requireValidDefinition } from '../rubrics/versions';
import type { Parsed } from './cell-parse';
import { parseCell } from './cell-parse';
import type { RawCell } from './read-workbook';
import { locateCells, openWorkbook, readMeta } from './read-workbook';
import type { ItemTypes } from './scope';
import { scopeItems } from './scope';
import type { TemplateMeta } from './structure';
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

export function typesOf(read: ReadTemplate): ItemTypes {
  return new Map([...read.items].map(([code, i]) => [code, i.item.type]));
}
