import type { scoreTemplatesContract } from '../../../shared/api/score-templates';
import type { HandlerGroup } from '../registry';
import { applyTemplate } from '../score-templates/apply';
import { exportScoreTemplate } from '../score-templates/export';
import { previewTemplate } from '../score-templates/preview';

export const scoreTemplatesHandlers: HandlerGroup<typeof scoreTemplatesContract> = {
  'scoreTemplates.export': (input, ctx) => exportScoreTemplate(ctx, input),
  'scoreTemplates.preview': (input, ctx) => previewTemplate(ctx, input.campaignId, input.file),
  'scoreTemplates.apply': (input, ctx) => applyTemplate(ctx, input),
};
