import { rubricDefinitionSchema } from '../../../shared/domain/rubric';
import type {
  RubricTemplateSummary,
  RubricVersionSummary,
  RubricView,
} from '../../../shared/domain/views/rubrics';
import { AppError } from '../../../shared/errors';
import { getCampaign } from '../../store/queries/campaigns';
import type { RubricVersionRow } from '../../store/queries/rubrics';
import {
  countCampaignsUsingRubric,
  getRubricVersion,
  listRubricVersions,
  rubricVersionHasScores,
} from '../../store/queries/rubrics';
import type { ServiceContext } from '../context';
import { listTemplates } from './templates';

export function toRubricSummary(ctx: ServiceContext, row: RubricVersionRow): RubricVersionSummary {
  const stored = JSON.parse(row.definition) as {
    scheme?: { kind?: RubricVersionSummary['scheme'] };
  };
  return {
    id: row.id,
    lineageId: row.lineage_id,
    name: row.name,
    scheme: stored.scheme?.kind ?? 'per-star',
    campaigns: countCampaignsUsingRubric(ctx.db, row.id),
    version: row.version,
    max: row.max_points,
    frozen: row.frozen_at !== null || rubricVersionHasScores(ctx.db, row.id),
    isDemo: row.is_demo === 1,
  };
}

export function rubricVersions(ctx: ServiceContext): RubricVersionSummary[] {
  return listRubricVersions(ctx.db).map((row) => toRubricSummary(ctx, row));
}

export function rubricForCampaign(ctx: ServiceContext, input: { campaignId: string }): RubricView {
  // The store's row, not the campaigns capability: campaigns depend on rubrics, not back.
  const campaign = getCampaign(ctx.db, input.campaignId);
  if (!campaign)
    throw new AppError('NOT_FOUND', `Campaign ${input.campaignId} does not exist`, {
      entity: 'campaign',
    });
  return rubricById(ctx, { id: campaign.rubric_version_id });
}

/**
 * A version as the editor and viewer show it. Parsed against the schema only (not the full
 * validation of `loadRubric`), so a stored rubric with problems can still be opened and fixed.
 */
export function rubricById(ctx: ServiceContext, input: { id: string }): RubricView {
  const row = getRubricVersion(ctx.db, input.id);
  if (!row) throw new AppError('NOT_FOUND', 'Rubric version missing', { entity: 'rubric' });
  const definition = rubricDefinitionSchema.parse(JSON.parse(row.definition));
  return { ...toRubricSummary(ctx, row), definition };
}

/** The built-in templates, without their definitions (`rubrics.templates`). */
export function listRubricTemplates(): RubricTemplateSummary[] {
  return listTemplates().map(({ id, name, nameEn, scheme, max }) => ({
    id,
    name,
    nameEn,
    scheme,
    max,
  }));
}
