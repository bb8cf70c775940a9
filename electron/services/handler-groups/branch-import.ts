import type { branchImportContract } from '../../../shared/api/branch-import';
import type { HandlerGroup } from '../registry';

export const branchImportHandlers: HandlerGroup<typeof branchImportContract> = {};
