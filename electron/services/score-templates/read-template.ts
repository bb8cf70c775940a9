import { sheetFitsRound } from '../../../shared/domain/org';
import type { RubricItem } from '../../../shared/domain/rubric';
import { AppError } from '../../../shared/errors';
import { assignedBranchIds } from '../../store/queries/assignments';
import { getCampaign } from '../../store/queries/campaigns';
import type { ServiceContext } from '../context';
import { getPreferences } from '../preferences';
import { loadRubric } from '../rubrics';
import type { Parsed } from './cell-parse';
import type { ItemTypes } from './scope';
import { scopeItems } from './scope';
import type { MetaBranch, TemplateMeta } from './structure';
import { readTemplateFile } from './tasks';
import { campaignBranchNames, campaignEvaluatorName, findRound } from './queries';
import { templateError } from './template-error';

/** One value cell of the workbook with its branch and item, its value parsed. */
export interface ReadCell {
  sheet: string;
  address: string;
  branch: MetaBranch;
  item: RubricItem;
  parsed: Parsed;
  /** What the cell shows, when its value could not be read. */
  shown: string;
}

/** A workbook read and checked against the campaign; values parsed, nothing compared yet. */
export interface ReadTemplate {
  fileName: string;
  meta: TemplateMeta;
  roundName: string;
  evaluatorName: string | null;
  branchNames: Map<string, { name: string; township: string }>;
  items: Map<string, { item: RubricItem; name: string }>;
  cells: ReadCell[];
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
  // A self-assessment workbook for a review round (or the reverse) would file sheets the
  // ranking must not count: refused before anything is compared.
  if (!sheetFitsRound(round.kind, meta.evaluatorId))
    throw templateError(
      round.kind === 'self'
        ? 'template-evaluator-in-self-round'
        : 'template-self-outside-self-round',
      file,
    );
  let evaluatorName: string | null = null;
  if (meta.evaluatorId !== null) {
    evaluatorName = campaignEvaluatorName(ctx.db, meta.evaluatorId, campaignId) ?? null;
    if (evaluatorName === null) throw templateError('template-evaluator-missing', file);
  }
  if (campaign.rubric_version_id !== meta.rubricVersionId)
    throw templateError('template-rubric-changed', file);
  return { roundName: round.name, evaluatorName };
}

/** The campaign's items as a template lists them, or none when there is no such campaign. */
function campaignItems(ctx: ServiceContext, campaignId: string, language: 'zh-CN' | 'en') {
  const campaign = getCampaign(ctx.db, campaignId);
  return campaign ? scopeItems(loadRubric(ctx, campaign.rubric_version_id), language) : [];
}

/**
 * Reads (in a worker), checks and parses a filled-in workbook; touches no table. The worker
 * is given the campaign's items so it can find and parse the cells; everything that needs the
 * database (campaign, round, evaluator, assignments) is checked here, before any structure
 * problem the worker found is raised.
 */
export async function readTemplate(
  ctx: ServiceContext,
  campaignId: string,
  fileId: string,
  jobId: string | undefined,
): Promise<ReadTemplate> {
  const held = ctx.files.inbox.use(fileId, 'import');
  const { fileName } = held;
  const language = getPreferences(ctx).language;
  const scoped = campaignItems(ctx, campaignId, language);
  const read = await ctx.jobs.run(
    readTemplateFile,
    { path: held.path, fileName, items: scoped.map((s) => s.item) },
    { jobId, fileName },
  );
  const { meta } = read;
  const { roundName, evaluatorName } = checkAgainstCampaign(ctx, campaignId, meta, fileName);
  if (scoped.map((s) => s.item.code).join(',') !== meta.items.join(','))
    throw templateError('template-rubric-changed', fileName);
  const branchNames = new Map<string, { name: string; township: string }>();
  const branchOf = campaignBranchNames(ctx.db);
  const assigned =
    meta.evaluatorId === null
      ? new Set<string>()
      : assignedBranchIds(ctx.db, meta.roundId, meta.evaluatorId);
  for (const b of meta.branches) {
    const row = branchOf(campaignId, b.branchId);
    if (!row) throw templateError('template-branch-missing', fileName, { sheet: b.sheetName });
    branchNames.set(b.branchId, row);
    // An evaluator's workbook may only score the branches still assigned to them.
    if (meta.evaluatorId !== null && !assigned.has(b.branchId))
      throw templateError('template-not-assigned', fileName, { sheet: b.sheetName });
  }
  if (read.problem)
    throw new AppError(read.problem.code, read.problem.message, read.problem.details);
  if (read.cells === null) throw templateError('template-rubric-changed', fileName);
  const items = new Map(scoped.map((s) => [s.item.code, s.item]));
  const branches = new Map(meta.branches.map((b) => [b.branchId, b]));
  return {
    fileName,
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
    cells: read.cells.map((c) => ({
      sheet: c.sheet,
      address: c.address,
      branch: branches.get(c.branchId)!,
      item: items.get(c.itemCode)!,
      parsed: c.parsed,
      shown: c.shown,
    })),
  };
}

export function typesOf(read: ReadTemplate): ItemTypes {
  return new Map([...read.items].map(([code, i]) => [code, i.item.type]));
}
