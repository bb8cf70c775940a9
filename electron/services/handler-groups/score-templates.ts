import type { scoreTemplatesContract } from '../../../shared/api/score-templates';
import type { HandlerGroup } from '../registry';

export const scoreTemplatesHandlers: HandlerGroup<typeof scoreTemplatesContract> = {};
