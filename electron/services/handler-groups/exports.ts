import type { exportsContract } from '../../../shared/api/exports';
import type { HandlerGroup } from '../registry';

export const exportsHandlers: HandlerGroup<typeof exportsContract> = {};
