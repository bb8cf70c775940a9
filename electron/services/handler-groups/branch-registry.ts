import type { branchRegistryContract } from '../../../shared/api/branch-registry';
import type { HandlerGroup } from '../registry';

export const branchRegistryHandlers: HandlerGroup<typeof branchRegistryContract> = {};
