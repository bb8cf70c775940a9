import type { scoreTemplatesContract } from '../../../shared/api/score-templates';
import type { HandlerGroup } from '../registry';
import { applyTemplate } from './apply';
import { exportScoreTemplate } from './export-file';
import { previewTemplate } from './preview';

export const scoreTemplatesHandlers: HandlerGroup<typeof scoreTemplatesContract> = {
  'scoreTemplates.export': (input, ctx) => exportScoreTemplate(ctx, input),
  'scoreTemplates.preview': (input, ctx) => previewTemplate(ctx, input),
  'scoreTemplates.apply': (input, ctx) => applyTemplate(ctx, input),
};
