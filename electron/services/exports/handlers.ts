import type { exportsContract } from '../../../shared/api/exports';
import { buildExport } from './build';
import { getExportOptions, saveExportOptions } from './options';
import type { HandlerGroup } from '../registry';

export const exportsHandlers: HandlerGroup<typeof exportsContract> = {
  'exports.options': (input, ctx) => getExportOptions(ctx, input.campaignId),
  'exports.saveOptions': (input, ctx) => saveExportOptions(ctx, input.campaignId, input.options),
  'exports.build': (input, ctx) => buildExport(ctx, input.campaignId, input.options),
};
