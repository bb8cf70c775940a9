import type { exchangeContract } from '../../../shared/api/exchange';
import type { HandlerGroup } from '../registry';
import { listConflicts, resolveConflict } from './conflicts';
import { exportPackageFile, importChosen, listPeers, previewChosen } from './files';

export const exchangeHandlers: HandlerGroup<typeof exchangeContract> = {
  'exchange.exportPackage': (input, ctx) => exportPackageFile(ctx, input.scope),
  'exchange.previewPackage': (input, ctx) => previewChosen(ctx, input.fileId),
  'exchange.importPackage': (input, ctx) => importChosen(ctx, input.fileId),
  'exchange.conflicts': (_input, ctx) => listConflicts(ctx),
  'exchange.resolve': (input, ctx) => {
    resolveConflict(ctx, input);
    return { resolved: true };
  },
  'exchange.peers': (_input, ctx) => listPeers(ctx),
};
