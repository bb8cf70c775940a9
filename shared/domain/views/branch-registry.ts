import type { BranchType, UnitKind } from '../org';

/** A county as the app sets it up: its names and what it holds. */
export interface CountyView {
  id: string;
  name: string;
  /** 行政区划代码 (6 to 12 digits), when given. */
  code: string | null;
  /** The organization department printed on exports (中共青山县委组织部), when given. */
  department: string | null;
  /** The demo's own county: never offered for a real campaign. */
  isDemo: boolean;
  townships: number;
  /** Active (not archived) branches. */
  branches: number;
  campaigns: number;
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
 * The whole organisation tree of a county, as the registry screen edits it (for a campaign, or
 * the county's own): every township (also empty ones, with `deletable`) and every branch,
 * archived and non-participating ones included, with `archived`, `takesPart` (campaign only)
 * and `deletable` set on each branch.
 */
export interface RegistryTree {
  countyId: string;
  countyName: string;
  isDemo: boolean;
  townships: RegistryTownship[];
}

export interface RegistryTownship extends TownshipNode {
  /** No branches and nothing else refers to it (evaluators, plan targets): it may be deleted. */
  deletable: boolean;
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
  'townshipNotEmpty',
  'townshipInUse',
  'demoCounty',
  'duplicateCounty',
] as const;
export type RegistryRefusal = (typeof REGISTRY_REFUSALS)[number];
