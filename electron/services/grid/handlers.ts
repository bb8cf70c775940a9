import type { gridContract } from '../../../shared/api/grid';
import { loadGrid } from './load';
import { saveGrid } from './save';
import type { HandlerGroup } from '../registry';

export const gridHandlers: HandlerGroup<typeof gridContract> = {
  'grid.load': (input, ctx) => loadGrid(ctx, input),
  'grid.save': (input, ctx) => saveGrid(ctx, input),
};
