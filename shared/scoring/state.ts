import type { CompiledRubric } from './compile';
import type { BranchEvaluation, RankedInput } from './evaluate';
import { evaluateBranch } from './evaluate';
import { compareMerit, makeEntry, markTie } from './order';
import type { Entry } from './order';
import type { Ranked } from './rank';
import { compareOthers, materialize, rankOrder } from './rank';
import type { BranchInput, BranchResult } from './types';

/** Index at which the entry of `item` belongs in `sorted` (merit order). */
function insertionPoint(sorted: Entry[], item: BranchEvaluation): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (compareMerit(sorted[mid]!.evaluation, item) < 0) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** Index at which `item` belongs among evaluations in `compareOthers` order. */
function otherPoint(sorted: BranchEvaluation[], item: BranchEvaluation): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (compareOthers(sorted[mid]!, item) < 0) low = mid + 1;
    else high = mid;
  }
  return low;
}

/**
 * Keeps every branch's evaluation, and the rated ones in merit order, so that one changed
 * score re-evaluates one branch and moves it in the order (a binary search and one splice)
 * instead of re-evaluating and re-sorting the whole campaign.
 */
export class RankingState {
  /** Entries of the rated evaluations, in merit order. */
  private readonly merit: Entry[];
  /** The evaluations that are not rated, in `compareOthers` order. */
  private readonly others: BranchEvaluation[];
  private readonly positions = new Map<string, number>();
  private order: Ranked | null = null;
  private cached: BranchResult[] | null = null;
  private readonly previous: (BranchResult | undefined)[] = [];

  /**
   * From evaluations already made, `evaluations[i]` being the one with index i: the service
   * evaluates each branch as its sheets are read, so a round's sheets never all sit in memory.
   */
  constructor(
    private readonly rubric: CompiledRubric,
    private readonly evaluations: BranchEvaluation[],
  ) {
    for (let i = 0; i < evaluations.length; i += 1) {
      const evaluation = evaluations[i];
      if (evaluation?.index !== i) throw new Error(`No evaluation with index ${i} at ${i}`);
      this.positions.set(evaluation.input.branchId, i);
    }
    this.merit = evaluations
      .filter((e) => e.status === 'rated')
      .sort(compareMerit)
      .map((e) => makeEntry(e));
    for (let i = 0; i < this.merit.length; i += 1) markTie(this.merit, i);
    this.others = evaluations.filter((e) => e.status !== 'rated').sort(compareOthers);
  }

  /** Evaluates inputs given in tree order (a branch's position is the last tie-breaker). */
  static fromInputs(rubric: CompiledRubric, inputs: readonly BranchInput[]): RankingState {
    return new RankingState(
      rubric,
      inputs.map((input, i) => evaluateBranch(rubric, input, i)),
    );
  }

  /** The current ranking: order, levels and ranks of every branch. */
  ranked(): Ranked {
    this.order ??= rankOrder(this.rubric, this.evaluations, this.merit, this.others);
    return this.order;
  }

  /** Result objects of the current ranking, built when first asked for after a change. */
  results(): BranchResult[] {
    this.cached ??= materialize(this.ranked(), this.previous);
    return this.cached;
  }

  /**
   * Replaces one branch's input (a score changed) and re-ranks: the branch is re-evaluated and
   * moved in the merit order, then levels, quotas and ranks are recomputed for everyone.
   * Result objects are rebuilt lazily by `results()`.
   */
  updateBranch(input: BranchInput): Ranked {
    const at = this.positions.get(input.branchId);
    if (at === undefined) throw new Error(`Branch ${input.branchId} is not in this ranking`);
    const old = this.evaluations[at]!;
    if (old.status === 'rated') {
      const from = insertionPoint(this.merit, old);
      this.merit.splice(from, 1);
      markTie(this.merit, from);
    } else this.others.splice(otherPoint(this.others, old), 1);
    const next = evaluateBranch(this.rubric, input, at);
    this.evaluations[at] = next;
    if (next.status === 'rated') {
      const to = insertionPoint(this.merit, next);
      this.merit.splice(to, 0, makeEntry(next));
      markTie(this.merit, to);
      markTie(this.merit, to + 1);
    } else this.others.splice(otherPoint(this.others, next), 0, next);
    this.cached = null;
    this.order = null;
    return this.ranked();
  }

  /** Every branch's evaluation, index i at i (read-only: the quota simulator ranks a copy). */
  evaluationList(): readonly BranchEvaluation[] {
    return this.evaluations;
  }

  /** What the ranking keeps of a branch's input (its sheets are not kept). */
  inputOf(branchId: string): RankedInput | undefined {
    const at = this.positions.get(branchId);
    return at === undefined ? undefined : this.evaluations[at]!.input;
  }
}
