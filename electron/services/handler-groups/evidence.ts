import type { evidenceContract } from '../../../shared/api/evidence';
import type { HandlerGroup } from '../registry';

export const evidenceHandlers: HandlerGroup<typeof evidenceContract> = {};
