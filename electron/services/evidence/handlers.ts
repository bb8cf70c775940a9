import type { evidenceContract } from '../../../shared/api/evidence';
import {
  addEvidence,
  getEvidenceContent,
  listSheetEvidence,
  removeEvidence,
} from './service';
import type { HandlerGroup } from '../registry';

export const evidenceHandlers: HandlerGroup<typeof evidenceContract> = {
  'evidence.list': ({ sheetId }, ctx) => listSheetEvidence(ctx, sheetId),
  'evidence.add': (input, ctx) => addEvidence(ctx, input),
  'evidence.get': ({ id }, ctx) => getEvidenceContent(ctx, id),
  'evidence.remove': (input, ctx) => removeEvidence(ctx, input),
};
