import type { TownshipNode } from '../views';

/**
 * The whole organisation tree of a campaign's county, as the registry screen edits it: every
 * township (also empty ones) and every branch, archived and non-participating ones included,
 * with `archived`, `takesPart` and `deletable` set on each branch.
 */
export interface RegistryTree {
  countyId: string;
  countyName: string;
  townships: TownshipNode[];
}

/** Why the registry refused a change; the renderer translates `branchRegistry.errors.<reason>`. */
export const REGISTRY_REFUSALS = [
  'duplicateName',
  'emptyName',
  'scored',
  'inUse',
  'hasSheets',
  'archived',
  'notArchived',
  'otherCounty',
  'moveMakesConflict',
] as const;
export type RegistryRefusal = (typeof REGISTRY_REFUSALS)[number];
