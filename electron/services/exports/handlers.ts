import type { exportsContract } from '../../../shared/api/exports';
import type { HandlerGroup } from '../registry';
import { buildExport } from './service';
import { getExportOptions, saveExportOptions } from './options';

export const exportsHandlers: HandlerGroup<typeof exportsContract> = {
  'exports.options': (input, ctx) => getExportOptions(ctx, input),
  'exports.saveOptions': (input, ctx) => saveExportOptions(ctx, input),
  'exports.build': (input, ctx) => buildExport(ctx, input),
};
