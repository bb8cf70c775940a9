import type { roundsContract } from '../../../shared/api/rounds';
import type { HandlerGroup } from '../registry';

export const roundsHandlers: HandlerGroup<typeof roundsContract> = {};
