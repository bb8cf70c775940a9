import type { sheetsContract } from '../../../shared/api/sheets';
import type { HandlerGroup } from '../registry';
import { previewBulkSubmit, submitBulk } from './bulk';
import { discardSheet } from './discard';
import { getSheetView, openSheet, reopenSheet, saveScores, submitSheet } from './service';
import { branchAudit } from './trail';
import { resolveVeto } from './vetoes';

export const sheetsHandlers: HandlerGroup<typeof sheetsContract> = {
  'sheets.open': (input, ctx) => openSheet(ctx, input),
  'sheets.get': (input, ctx) => getSheetView(ctx, input),
  'scores.save': (input, ctx) => saveScores(ctx, input),
  'sheets.submit': (input, ctx) => submitSheet(ctx, input),
  'sheets.reopen': (input, ctx) => reopenSheet(ctx, input),
  'sheets.discard': (input, ctx) => discardSheet(ctx, input),
  'sheets.previewBulk': (input, ctx) => previewBulkSubmit(ctx, input),
  'sheets.submitBulk': (input, ctx) => submitBulk(ctx, input),
  'audit.forBranch': (input, ctx) => branchAudit(ctx, input),
  'vetoes.resolve': (input, ctx) => resolveVeto(ctx, input),
};
