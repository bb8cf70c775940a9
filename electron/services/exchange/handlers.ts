import type { exchangeContract } from '../../../shared/api/exchange';
import type { HandlerGroup } from '../registry';
import { listConflicts, resolveConflict } from './conflicts';
import { exportPackageFile, importChosen, listPeers, previewChosen } from './files';
import { listTownships } from './queries/places';

export const exchangeHandlers: HandlerGroup<typeof exchangeContract> = {
  'exchange.exportPackage': (input, ctx) => exportPackageFile(ctx, input.scope),
  'exchange.previewPackage': (input, ctx) => previewChosen(ctx, input.fileId, input.jobId),
  'exchange.importPackage': (input, ctx) => importChosen(ctx, input.fileId, input.jobId),
  'exchange.conflicts': (_input, ctx) => listConflicts(ctx),
  'exchange.resolve': (input, ctx) => {
    resolveConflict(ctx, input);
    return { resolved: true };
  },
  'exchange.townships': (_input, ctx) => listTownships(ctx.db),
  'exchange.peers': (_input, ctx) => listPeers(ctx),
};
