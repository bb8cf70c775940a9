import type { BranchResult } from '../../scoring/types';
import type { BranchType } from '../org';
import type { DecidedLevel } from './meetings';

/** Rankings and their explanations. */

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
  /**
   * Short flags for icons: a veto raised, demoted by a quota, a tie on a quota border, a gate,
   * sheets not counted because they sit in a round of the wrong kind.
   */
  flags: ('veto' | 'demoted' | 'border-tie' | 'gate' | 'ignored-sheets')[];
  /** Incomplete branches: whose drafts are outstanding (evaluator names; null = self). */
  outstanding?: (string | null)[];
  /**
   * The committee's latest decision on this branch in this round (评审结果), beside the computed
   * `level`; absent while none is recorded.
   */
  decided?: DecidedLevel;
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
  /** Last year's levels are known: named (命名) last year, or from the linked campaign. */
  yearOverYear: boolean;
}

/** A ranking without its rows: what the screen shows around the rows it asks for. */
export interface RankingMeta extends Omit<RankingView, 'rows'> {
  /** Branches in the ranking, with no filter. */
  total: number;
  statusTotals: Record<RankingRow['status'], number>;
  /** Levels above 0 that some branch holds, highest first. */
  levelsHeld: number[];
  /** Townships that have branches in the ranking, in ranking order of their first branch. */
  townships: { id: string; name: string }[];
  /** Branches the committee decided (the 评审结果 column shows once there is one). */
  decidedCount: number;
}

/** One window of a filtered, sorted ranking (`ranking.page`). */
export interface RankingPage {
  meta: RankingMeta;
  offset: number;
  rows: RankingRow[];
  /** Rows the filters keep (what a scroll bar spans). */
  matched: number;
  /** Rows each status would keep with the other filters applied. */
  statusCounts: Record<RankingRow['status'], number>;
}

export interface RankingExplanation {
  row: RankingRow;
  result: BranchResult;
  itemNames: Record<string, { name: string; nameEn: string }>;
  /** Each raised veto's reason as written on a counted sheet, and by whom (null: self). */
  vetoNotes: { item: string; by: string | null; reason: string }[];
}
