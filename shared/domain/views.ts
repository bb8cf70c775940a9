import type { BranchResult } from '../scoring/types';
import type { EntryValue } from './entry';
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
  rubricVersionId: string;
  /** Last year's campaign, for year-over-year changes. */
  previousCampaignId: string | null;
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

export interface CountyOption {
  id: string;
  name: string;
  branchCount: number;
}

export interface RubricVersionSummary {
  id: string;
  lineageId: string;
  name: string;
  version: number;
  max: number;
  frozen: boolean;
  isDemo: boolean;
  scheme: 'per-star' | 'bands' | 'weighted' | 'selection';
  /** Campaigns using this version. */
  campaigns: number;
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

/** A built-in rubric template from resources/templates. */
export interface RubricTemplateSummary {
  id: string;
  name: string;
  nameEn: string;
  scheme: 'per-star' | 'bands' | 'weighted' | 'selection';
  max: number;
}

/** One problem found in a rubric: a stable code to translate, where it is, and its values. */
export interface RubricProblem {
  code: string;
  /** Item/indicator/dimension code, or a field path such as `scheme.bands.0`. */
  at: string;
  /** The row number Excel shows (title rows included) when the rubric came from a workbook. */
  row?: number;
  params?: Record<string, string | number>;
}

export interface RubricImportResult {
  /** The definition when it parsed and validated; null when there are problems. */
  definition: RubricDefinition | null;
  name: string;
  problems: RubricProblem[];
}

export interface FilePayload {
  fileName: string;
  /** File content, base64-encoded. */
  contentBase64: string;
}

export interface LevelName {
  level: number;
  name: string;
  nameEn: string;
}

/** One row of the ranking screen: lean, because a province has 46,000 of them. */
export interface RankingRow {
  branchId: string;
  branchName: string;
  townshipId: string;
  townshipName: string;
  branchType: BranchType;
  status: 'rated' | 'vetoed' | 'incomplete' | 'unscored';
  total: number | null;
  /** Dimension scores in rubric order (null when not computed). */
  scores: (number | null)[];
  /** Codes of the stars earned. */
  stars: string[];
  level: number | null;
  levelBeforeQuota: number | null;
  rank: number | null;
  previousLevel: number | null;
  change: 'gained' | 'lost' | 'withdrawn' | 'same' | 'new' | null;
  /** Short flags for icons: a veto raised, demoted by a quota, a tie on a quota border. */
  flags: ('veto' | 'demoted' | 'border-tie' | 'gate')[];
}

export interface PlanTarget {
  /** null = the whole campaign. */
  townshipId: string | null;
  kind: 'level' | 'star';
  /** The level number as text, or the star code. */
  target: string;
  count: number;
}

export interface RankingView {
  campaignId: string;
  roundId: string;
  roundName: string;
  scheme: 'per-star' | 'bands' | 'weighted' | 'selection';
  dimensions: {
    code: string;
    name: string;
    nameEn: string;
    max: number;
    passLine: number | null;
  }[];
  levels: LevelName[];
  rows: RankingRow[];
  plan: PlanTarget[];
  /** Campaign linked as last year's, for the year-over-year columns. */
  previousCampaign: { id: string; name: string } | null;
}

export interface RankingExplanation {
  row: RankingRow;
  result: BranchResult;
  itemNames: Record<string, { name: string; nameEn: string }>;
}

export interface SheetEntry {
  value: EntryValue;
  /** Points after the item's rule (hundredths). */
  points: number;
  remark: string;
}

/** One evaluator's score sheet for one branch in one round. */
export interface SheetView {
  id: string;
  campaignId: string;
  roundId: string;
  roundName: string;
  branchId: string;
  branchName: string;
  townshipName: string;
  evaluatorId: string | null;
  evaluatorName: string | null;
  status: 'draft' | 'submitted';
  /** Row version: a save must name it, so a stale window gets CONFLICT instead of overwriting. */
  version: number;
  remark: string;
  updatedAt: string;
  submittedAt: string | null;
  rubricVersionId: string;
  entries: Record<string, SheetEntry>;
}

export interface AuditEntryView {
  seq: number;
  at: string;
  actor: string;
  action: string;
  entity: string;
  entityId: string;
  before: unknown;
  after: unknown;
  reason: string | null;
}

/** Why an evaluator should not score a branch without someone confirming it. */
export type ConflictOfInterest = 'own-township' | 'own-branch';

/** One evaluator of a campaign, with how many branches they score in each round. */
export interface EvaluatorView {
  id: string;
  name: string;
  role: string;
  unitId: string | null;
  unitName: string | null;
  unitKind: UnitKind | null;
  assignedBranches: { roundId: string; count: number }[];
}

/** Who scores which branch in a round; a conflict is stored with its confirmation. */
export interface AssignmentView {
  roundId: string;
  evaluatorId: string;
  evaluatorName: string;
  branchId: string;
  branchName: string;
  townshipId: string;
  townshipName: string;
  conflict: ConflictOfInterest | null;
  conflictReason: string | null;
  confirmedBy: string | null;
}

export interface TownshipAssignmentResult {
  /** Campaign branches of the township. */
  branches: number;
  added: number;
  alreadyAssigned: number;
  /** Conflicts of interest among the added rows, confirmed with the reason given. */
  conflicts: number;
}
