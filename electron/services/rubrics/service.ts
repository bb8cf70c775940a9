import { rubricDefinitionSchema } from '../../../shared/domain/rubric';
import type { RubricVersionSummary, RubricView } from '../../../shared/domain/views';
import { AppError } from '../../../shared/errors';
import type { RubricVersionRow } from '../../store/queries/rubrics';
import {
  countCampaignsUsingRubric,
  getRubricVersion,
  listRubricVersions,
  rubricVersionHasScores,
} from '../../store/queries/rubrics';
import { requireCampaign } from '../campaigns/service';
import type { ServiceContext } from '../context';

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

export function rubricForCampaign(ctx: ServiceContext, campaignId: string): RubricView {
  return rubricById(ctx, requireCampaign(ctx, campaignId).rubric_version_id);
}

export function rubricById(ctx: ServiceContext, id: string): RubricView {
  const row = getRubricVersion(ctx.db, id);
  if (!row) throw new AppError('NOT_FOUND', 'Rubric version missing', { entity: 'rubric' });
  // Stored definitions were validated on the way in; parsing again guards against hand edits.
  const definition = rubricDefinitionSchema.parse(JSON.parse(row.definition));
  return { ...toRubricSummary(ctx, row), definition };
}
