import type { RoundKind, UnitKind } from '../org';

/** Campaigns: the list, the overview and its rounds. */

export interface CampaignSummary {
  id: string;
  name: string;
  year: number;
  isDemo: boolean;
  countyId: string;
  countyName: string;
  rubricName: string;
  branchCount: number;
  createdAt: string;
  rubricVersionId: string;
  /** Last year's campaign, for year-over-year changes. */
  previousCampaignId: string | null;
  /** Score sheets in any round: deleting a campaign with sheets asks for its name. */
  sheetCount: number;
}

/** What deleting a campaign did: where the copy made before it went, if one was needed. */
export interface CampaignDeletion {
  id: string;
  /** The database copy taken first (a campaign with score sheets); null when none was needed. */
  backupFile: string | null;
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
