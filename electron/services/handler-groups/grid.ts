import type { gridContract } from '../../../shared/api/grid';
import type { HandlerGroup } from '../registry';

export const gridHandlers: HandlerGroup<typeof gridContract> = {};
