import type { RubricDefinition } from '../domain/rubric';
import type { CompiledRubric } from './compile';
import type { BranchEvaluation } from './evaluate';
import type { Entry } from './order';
import { awardStars } from './levels';
import { byFinal, byMerit, makeEntry, sameKeys } from './order';
import { applyQuotas } from './quotas';
import { applySelection } from './selection';
import type { BranchResult, Reason } from './types';
import { yearChange } from './year-change';

const STATUS_ORDER = { rated: 0, vetoed: 1, incomplete: 2, unscored: 3 } as const;

/**
 * Per-star: a quota that moved a branch below the number of stars it was awarded leaves it
 * `level` of them (`awardStars`); the others are named in a reason.
 */
function fewerStars(
  definition: RubricDefinition,
  evaluation: BranchEvaluation,
  level: number,
  reasons: Reason[],
): Pick<BranchResult, 'stars' | 'dimensions' | 'reasons'> {
  const { dimensions } = evaluation;
  const held = dimensions.map((d) => d.earned === true);
  const awarded = awardStars(definition, dimensions, held, level);
  const withheld = dimensions.filter((d, i) => held[i] && !awarded[i]).map((d) => d.code);
  return {
    stars: dimensions.filter((_, i) => awarded[i]).map((d) => d.code),
    dimensions: dimensions.map((d, i) => (held[i] && !awarded[i] ? { ...d, earned: false } : d)),
    reasons: [...reasons, { kind: 'stars-not-awarded', stars: withheld, level }],
  };
}

function toResult(
  definition: RubricDefinition,
  evaluation: BranchEvaluation,
  entry: Entry | undefined,
  rank: number | null,
): BranchResult {
  const level = entry ? entry.level : null;
  const decided = evaluation.status === 'rated' || evaluation.status === 'vetoed';
  let reasons = entry?.extra ? [...evaluation.reasons, ...entry.extra] : evaluation.reasons;
  let { stars, dimensions } = evaluation;
  // Rare (a quota moved the branch), so the common result allocates nothing extra.
  if (level !== null && level < stars.length) {
    ({ stars, dimensions, reasons } = fewerStars(definition, evaluation, level, reasons));
  }
  return {
    branchId: evaluation.input.branchId,
    townshipId: evaluation.input.townshipId,
    status: evaluation.status,
    total: evaluation.total,
    dimensions,
    stars,
    level,
    levelBeforeQuota: entry ? entry.merit : null,
    rank,
    reasons,
    missing: evaluation.missing,
    vetoes: evaluation.vetoes,
    evaluators: evaluation.evaluators,
    previousLevel: evaluation.input.previousLevel ?? null,
    change: yearChange(evaluation.input.previousLevel, level, decided),
  };
}

/**
 * The previous result object when nothing about it changed (same evaluation, level, rank and
 * no ranking reasons), so re-ranking after one change allocates almost nothing.
 */
function resultFor(
  definition: RubricDefinition,
  evaluation: BranchEvaluation,
  entry: Entry | undefined,
  rank: number | null,
  reuse: (BranchResult | undefined)[] | undefined,
): BranchResult {
  const previous = reuse?.[evaluation.index];
  if (
    previous &&
    !entry?.extra &&
    previous.reasons === evaluation.reasons &&
    previous.rank === rank &&
    previous.level === (entry ? entry.level : null) &&
    previous.levelBeforeQuota === (entry ? entry.merit : null)
  ) {
    return previous;
  }
  const next = toResult(definition, evaluation, entry, rank);
  if (reuse) reuse[evaluation.index] = next;
  return next;
}

/**
 * Standard competition ranks of entries in final order. Written out rather than through the
 * generic helper: this runs on every re-rank of 46,000 branches and must stay a plain loop.
 * `marked`: the entries are in merit order with no level moved and `tiedWithPrevious` is
 * kept, so no evaluation is read. The array is allocated at its size, not grown by push:
 * above 16,384 elements every growth step copies into a new large-object-space array.
 */
function finalRanks(entries: Entry[], marked: boolean): number[] {
  const ranks = new Array<number>(entries.length);
  for (let i = 0; i < entries.length; i += 1) {
    const entry = entries[i]!;
    const tied = i > 0 && (marked ? entry.tiedWithPrevious : sameKeys(entries[i - 1]!, entry));
    ranks[i] = tied ? ranks[i - 1]! : i + 1;
  }
  return ranks;
}

/** Vetoed, incomplete and unscored first by status, then in input order. */
export function compareOthers(a: BranchEvaluation, b: BranchEvaluation): number {
  return STATUS_ORDER[a.status] - STATUS_ORDER[b.status] || a.index - b.index;
}

/** The outcome of ranking, before result objects are built for it. */
export interface Ranked {
  definition: RubricDefinition;
  /** Rated branches in final order, with their levels and ranking reasons. */
  entries: Entry[];
  ranks: number[];
  /** Vetoed, incomplete and unscored branches, in that order, each in input order. */
  others: BranchEvaluation[];
}

/**
 * Ranks evaluated branches: merit order, selection or quotas move levels, then the final
 * order by level, total and tie-breakers with standard competition ranks.
 */
export function rankOrder(
  rubric: CompiledRubric,
  evaluations: BranchEvaluation[],
  /**
   * Entries of the rated evaluations already in merit order (RankingState keeps them so):
   * reset to their merit level and reused instead of allocated and sorted.
   */
  meritOrder?: readonly Entry[],
  /**
   * The evaluations that are not rated, already in `compareOthers` order (RankingState keeps
   * them so): scanning all evaluations for them reads every one, scattered over the heap.
   */
  othersOrder?: readonly BranchEvaluation[],
): Ranked {
  const scheme = rubric.definition.scheme;
  let entries: Entry[];
  if (meritOrder) {
    entries = meritOrder.slice();
    for (let i = 0; i < entries.length; i += 1) {
      const entry = entries[i]!;
      entry.merit = entry.base;
      entry.level = entry.base;
      entry.extra = null;
    }
  } else {
    entries = [];
    for (const evaluation of evaluations) {
      if (evaluation.status === 'rated') entries.push(makeEntry(evaluation));
    }
    entries.sort(byMerit);
  }
  let moved = false;
  if (scheme.kind === 'selection') {
    applySelection(scheme, entries);
    entries.sort(byMerit);
    moved = true;
  }
  moved = applyQuotas(rubric.definition, entries) || moved;
  // With no level moved, the final order (level, total, tie-breakers) is the merit order.
  if (moved) entries.sort(byFinal);
  const ranks = finalRanks(entries, meritOrder !== undefined && !moved);
  let others: BranchEvaluation[];
  if (othersOrder) others = othersOrder.slice();
  else {
    others = [];
    for (const evaluation of evaluations)
      if (evaluation.status !== 'rated') others.push(evaluation);
    others.sort(compareOthers);
  }
  return { definition: rubric.definition, entries, ranks, others };
}

/** Result objects for a ranking: rated branches first, then the others. */
export function materialize(ranked: Ranked, reuse?: (BranchResult | undefined)[]): BranchResult[] {
  const { definition } = ranked;
  const results: BranchResult[] = ranked.entries.map((entry, i) =>
    resultFor(definition, entry.evaluation, entry, ranked.ranks[i]!, reuse),
  );
  for (const evaluation of ranked.others)
    results.push(resultFor(definition, evaluation, undefined, null, reuse));
  return results;
}

/** Ranks and builds the results in one go. */
export function rankEvaluations(
  rubric: CompiledRubric,
  evaluations: BranchEvaluation[],
): BranchResult[] {
  return materialize(rankOrder(rubric, evaluations));
}
