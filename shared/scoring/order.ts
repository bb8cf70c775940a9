import type { BranchEvaluation } from './evaluate';
import type { Reason } from './types';

/** Working state of one rated branch while ranking: its evaluation and current level. */
export interface Entry {
  evaluation: BranchEvaluation;
  /**
   * The evaluation's level and total, copied: re-ranking 46,000 branches walks the entries in
   * merit order, and reading these from each entry instead of from its evaluation (allocated
   * in tree order, elsewhere in memory) is what keeps one change within its time budget.
   */
  readonly base: number;
  readonly total: number;
  /** Level before quotas (the merit level). */
  merit: number;
  /** Current level as quotas move it. */
  level: number;
  /** Reasons added while ranking; null until there is one (most branches get none). */
  extra: Reason[] | null;
  /**
   * Whether the entry before it in merit order has the same level, total and tie keys (kept by
   * `RankingState`). Ranking then gives both the same rank without reading either evaluation:
   * above ~20,000 branches those reads, scattered over the heap, were most of a re-rank.
   */
  tiedWithPrevious: boolean;
}

/** Compares by level, total and tie-breakers, all descending; 0 when the keys are equal. */
export function compareKeys(
  aLevel: number,
  a: BranchEvaluation,
  bLevel: number,
  b: BranchEvaluation,
): number {
  if (aLevel !== bLevel) return bLevel - aLevel;
  const totalDiff = (b.total ?? 0) - (a.total ?? 0);
  if (totalDiff !== 0) return totalDiff;
  const n = a.tieKeys.length;
  for (let i = 0; i < n; i += 1) {
    const x = a.tieKeys[i]!;
    const y = b.tieKeys[i]!;
    if (x !== y) return y > x ? 1 : -1;
  }
  return 0;
}

/** Merit order: the level the scores gave, then total and tie-breakers; input order last. */
export function byMerit(a: Entry, b: Entry): number {
  return (
    compareKeys(a.merit, a.evaluation, b.merit, b.evaluation) ||
    a.evaluation.index - b.evaluation.index
  );
}

/** Final order: the level after quotas, then total and tie-breakers; input order last. */
export function byFinal(a: Entry, b: Entry): number {
  return (
    compareKeys(a.level, a.evaluation, b.level, b.evaluation) ||
    a.evaluation.index - b.evaluation.index
  );
}

/** Standard competition ranks (1, 2, 2, 4) of an ordered list under `same`. */
export function competitionRanks<T>(ordered: T[], same: (a: T, b: T) => boolean): number[] {
  const ranks = new Array<number>(ordered.length);
  for (let i = 0; i < ordered.length; i += 1) {
    ranks[i] = i > 0 && same(ordered[i - 1]!, ordered[i]!) ? ranks[i - 1]! : i + 1;
  }
  return ranks;
}

/** Merit order of two evaluations, as `byMerit` orders their entries. */
export function compareMerit(a: BranchEvaluation, b: BranchEvaluation): number {
  return compareKeys(a.level ?? 0, a, b.level ?? 0, b) || a.index - b.index;
}

/** The entry of one rated evaluation, at its merit level. */
export function makeEntry(evaluation: BranchEvaluation): Entry {
  const level = evaluation.level ?? 0;
  return {
    evaluation,
    base: level,
    total: evaluation.total ?? 0,
    merit: level,
    level,
    extra: null,
    tiedWithPrevious: false,
  };
}

/** Same level, total and tie keys: the two share a rank. */
export function sameKeys(a: Entry, b: Entry): boolean {
  if (a.level !== b.level || a.total !== b.total) return false;
  const x = a.evaluation.tieKeys;
  const y = b.evaluation.tieKeys;
  for (let i = 0; i < x.length; i += 1) if (x[i] !== y[i]) return false;
  return true;
}

/** Sets `tiedWithPrevious` of the entry at `at` of entries in merit order (merit levels). */
export function markTie(merit: Entry[], at: number): void {
  const entry = merit[at];
  if (!entry) return;
  const previous = at > 0 ? merit[at - 1] : undefined;
  entry.tiedWithPrevious =
    previous !== undefined &&
    previous.base === entry.base &&
    previous.total === entry.total &&
    compareKeys(0, previous.evaluation, 0, entry.evaluation) === 0;
}

/** Adds a ranking reason to an entry, creating its list on first use. */
export function addReason(entry: Entry, reason: Reason): void {
  (entry.extra ??= []).push(reason);
}
