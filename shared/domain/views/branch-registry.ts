import type { BranchType, UnitKind } from '../org';

export interface CountyOption {
  id: string;
  name: string;
  branchCount: number;
}

export interface BranchNode {
  id: string;
  name: string;
  branchType: BranchType;
  /** Sheets for this branch across all rounds of the campaign. */
  sheetsStarted: number;
  sheetsSubmitted: number;
  /** Registry tree only: archived branches are kept with their scores but get no new work. */
  archived?: boolean;
  /** Registry tree only: whether the branch takes part in the campaign. */
  takesPart?: boolean;
  /** Registry tree only: never scored anywhere, so it may be deleted outright. */
  deletable?: boolean;
}

export interface TownshipNode {
  id: string;
  name: string;
  kind: UnitKind;
  branches: BranchNode[];
}

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
