import type { Quota, QuotaOrder, SelectionTies } from '../domain/rubric';

/**
 * Types of the rating engine (shared/scoring). Pure data: the engine runs in main for rankings
 * and in the renderer for live previews. All points are integer hundredths.
 */

/** One evaluator's entries for one branch, aligned to the compiled rubric's item order. */
export interface SheetValues {
  /** Points per item; MISSING where nothing was entered. */
  points: Int32Array;
  /**
   * Facts per item: for a veto 1 = raised, 0 = not; for a gate the recorded value (hundredths)
   * or 1/0 for a yes/no gate; MISSING where nothing was recorded. Unused for other types.
   */
  facts: Int32Array;
}

/** Marks an item with no entry. */
export const MISSING = -1;

/** Everything the engine needs to know about one branch in one round. */
export interface BranchInput {
  branchId: string;
  townshipId: string;
  /** The counted sheets (submitted ones) of this round. */
  sheets: SheetValues[];
  /**
   * Sheets of this round still in draft: the branch is incomplete until they are submitted,
   * rather than ranked on the other evaluators alone.
   */
  pendingSheets?: number;
  /** Whose drafts those are: evaluator ids, null for the self-assessment. */
  pendingBy?: (string | null)[];
  /**
   * Sheets of this round that are not counted because they do not belong in a round of its
   * kind (a self-assessment in a review round, an evaluator's sheet in a self round).
   */
  ignoredSheets?: { count: number; who: 'self' | 'evaluators' };
  /** Veto items (codes) whose raised veto was resolved with a reason; it no longer applies. */
  resolvedVetoes?: ReadonlyMap<string, string>;
  /** Totals of this branch in other rounds, for tie-breakers (`round-total`). */
  otherRoundTotals?: Partial<Record<'self' | 'township' | 'county' | 'other', number>>;
  /** Last year's level, when the campaign links to last year's; undefined = not rated then. */
  previousLevel?: number | null;
}

export type BranchStatus = 'rated' | 'vetoed' | 'incomplete' | 'unscored';

export type YearChange = 'gained' | 'lost' | 'withdrawn' | 'same' | 'new';

/** How branches tied at a border were decided: a quota's or a selection's `ties` rule. */
export type TiePolicy = Quota['ties'] | SelectionTies;

/** Why a result is what it is; the UI and the exports print these. */
export type Reason =
  | { kind: 'star-score'; star: string; score: number; passLine: number; earned: boolean }
  | { kind: 'star-veto'; star: string; item: string }
  | { kind: 'star-gate'; star: string; item: string; value: number | null; min: number | null }
  | { kind: 'capstone-not-counted'; star: string; missing: string[] }
  | { kind: 'prerequisite-missing'; star: string }
  | { kind: 'band'; total: number; min: number; level: number }
  | { kind: 'below-bands'; total: number; lowest: number }
  | { kind: 'gate-cap'; item: string; value: number | null; min: number | null; capLevel: number }
  | { kind: 'veto-cap'; item: string; capLevel: number }
  | { kind: 'veto-no-rating'; item: string }
  | { kind: 'veto-resolved'; item: string; reason: string }
  | { kind: 'bonus-capped'; raw: number; cap: number; dimension: string | null }
  | { kind: 'weighted-part'; index: number; value: number; weight: number }
  /** Stars the scores reached that the rating does not award (level null: not rated at all). */
  | { kind: 'stars-not-awarded'; stars: string[]; level: number | null }
  | {
      kind: 'quota-demoted';
      from: number;
      to: number;
      rank: number;
      limit: number;
      scope: string;
      order: QuotaOrder;
    }
  | {
      kind: 'quota-floor';
      from: number;
      to: number;
      rank: number;
      limit: number;
      scope: string;
      order: QuotaOrder;
    }
  /** Tied at a quota's or a selection's border; `policy` is the rule that decided them. */
  | { kind: 'border-tie'; level: number; rank: number; kept: boolean; policy: TiePolicy }
  | { kind: 'selected'; rank: number; top: number; scope: string }
  | { kind: 'not-selected'; rank: number; top: number; scope: string }
  | { kind: 'incomplete'; missing: number }
  | { kind: 'sheets-pending'; count: number; by?: (string | null)[] }
  | { kind: 'sheets-ignored'; count: number; who: 'self' | 'evaluators' }
  | { kind: 'unscored' };

export interface DimensionResult {
  code: string;
  /** Rounded to the rubric's precision. */
  score: number;
  max: number;
  passLine: number | null;
  /**
   * Per-star: whether the star is awarded (it reached its pass line, no veto or gate stopped
   * it, the capstone/prerequisite rule counts it and the level leaves room for it).
   */
  earned: boolean | null;
}

export interface MissingItem {
  item: string;
  /** How many counted sheets lack it. */
  sheets: number;
}

export interface BranchResult {
  branchId: string;
  townshipId: string;
  status: BranchStatus;
  /** Rounded total; null when incomplete or unscored. */
  total: number | null;
  /** Rounded scores per dimension; empty when incomplete or unscored (no score is final). */
  dimensions: DimensionResult[];
  /**
   * Stars AWARDED (per-star rubrics), in rubric order: for a rated branch exactly `level` of
   * them, none for a branch vetoed, incomplete or unscored. Stars its scores reached but the
   * rating does not give are named by a `stars-not-awarded` reason.
   */
  stars: string[];
  /** Level after vetoes, gates and quotas; null when not rated. */
  level: number | null;
  /** Level the scores alone gave, before quotas. */
  levelBeforeQuota: number | null;
  /** Standard competition rank (1, 2, 2, 4) among rated branches; null otherwise. */
  rank: number | null;
  reasons: Reason[];
  missing: MissingItem[];
  /** Vetoes raised by any evaluator (codes), resolved or not. */
  vetoes: { item: string; raisedBy: number; resolved: string | null }[];
  evaluators: number;
  previousLevel: number | null;
  change: YearChange | null;
}
