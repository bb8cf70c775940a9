import type { BranchType, RoundKind, UnitKind } from './org';
import type { RubricDefinition } from './rubric';

/** Shapes the API returns. Plain data only: they cross IPC and HTTP as JSON. */

export interface CampaignSummary {
  id: string;
  name: string;
  year: number;
  isDemo: boolean;
  countyName: string;
  rubricName: string;
  branchCount: number;
  createdAt: string;
}

export interface RoundSummary {
  id: string;
  kind: RoundKind;
  name: string;
  seq: number;
  isDeciding: boolean;
}

export interface RoundProgress extends RoundSummary {
  /** Sheets that exist for this round (draft or submitted). */
  sheetsStarted: number;
  sheetsSubmitted: number;
  /** Branches with at least one sheet in this round. */
  branchesScored: number;
}

export interface TownshipCount {
  id: string;
  name: string;
  kind: UnitKind;
  branches: number;
  rural: number;
  community: number;
  other: number;
}

export interface CampaignOverview {
  campaign: CampaignSummary;
  townships: number;
  branches: number;
  evaluators: number;
  rounds: RoundProgress[];
  byTownship: TownshipCount[];
}

export interface BranchNode {
  id: string;
  name: string;
  branchType: BranchType;
  /** Sheets for this branch across all rounds of the campaign. */
  sheetsStarted: number;
  sheetsSubmitted: number;
}

export interface TownshipNode {
  id: string;
  name: string;
  kind: UnitKind;
  branches: BranchNode[];
}

export interface CountyOption {
  id: string;
  name: string;
  branchCount: number;
}

export interface RubricVersionSummary {
  id: string;
  name: string;
  version: number;
  max: number;
  frozen: boolean;
  isDemo: boolean;
}

export interface RubricView extends RubricVersionSummary {
  definition: RubricDefinition;
}

export const LANGUAGES = ['zh-CN', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

export interface Preferences {
  language: Language;
}

export interface AppInfo {
  version: string;
  /** Absolute path of the database file, shown so users know where their data lives. */
  dataFile: string;
  host: 'electron' | 'web' | 'cli' | 'test';
}
