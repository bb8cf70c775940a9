import type { progressContract } from '../../../shared/api/progress';
import type { HandlerGroup } from '../registry';

export const progressHandlers: HandlerGroup<typeof progressContract> = {};
