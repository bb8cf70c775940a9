import type { evidenceContract } from '../../../shared/api/evidence';
import type { HandlerGroup } from '../registry';
import { addEvidence, openEvidence, listSheetEvidence, removeEvidence } from './service';

export const evidenceHandlers: HandlerGroup<typeof evidenceContract> = {
  'evidence.list': (input, ctx) => listSheetEvidence(ctx, input),
  'evidence.add': (input, ctx) => addEvidence(ctx, input),
  'evidence.get': (input, ctx) => openEvidence(ctx, input),
  'evidence.remove': (input, ctx) => removeEvidence(ctx, input),
};
