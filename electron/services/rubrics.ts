import { rubricDefinitionSchema } from '../../shared/domain/rubric';
import type { RubricVersionSummary, RubricView } from '../../shared/domain/views';
import { AppError } from '../../shared/errors';
import type { RubricVersionRow } from '../store/queries/rubrics';
import {
  getRubricVersion,
  listRubricVersions,
  rubricVersionHasScores,
} from '../store/queries/rubrics';
import { requireCampaign } from './campaigns';
import type { ServiceContext } from './context';

function toSummary(ctx: ServiceContext, row: RubricVersionRow): RubricVersionSummary {
  return {
    id: row.id,
    name: row.name,
    version: row.version,
    max: row.max_points,
    frozen: row.frozen_at !== null || rubricVersionHasScores(ctx.db, row.id),
    isDemo: row.is_demo === 1,
  };
}

export function rubricVersions(ctx: ServiceContext): RubricVersionSummary[] {
  return listRubricVersions(ctx.db).map((row) => toSummary(ctx, row));
}

export function rubricForCampaign(ctx: ServiceContext, campaignId: string): RubricView {
  const campaign = requireCampaign(ctx, campaignId);
  const row = getRubricVersion(ctx.db, campaign.rubric_version_id);
  if (!row) throw new AppError('NOT_FOUND', 'Rubric version missing', { entity: 'rubric' });
  // Stored definitions were validated on the way in; parsing again guards against hand edits.
  const definition = rubricDefinitionSchema.parse(JSON.parse(row.definition));
  return { ...toSummary(ctx, row), definition };
}
