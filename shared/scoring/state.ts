import type { CompiledRubric } from './compile';
import type { BranchEvaluation } from './evaluate';
import { evaluateBranch } from './evaluate';
import { rankEvaluations } from './rank';
import type { BranchInput, BranchResult } from './types';

/**
 * Keeps every branch's evaluation so that one changed score re-evaluates one branch and then
 * re-ranks, instead of recomputing the whole campaign.
 */
export class RankingState {
  private readonly evaluations: BranchEvaluation[];
  private readonly positions = new Map<string, number>();
  private cached: BranchResult[] | null = null;

  constructor(
    private readonly rubric: CompiledRubric,
    inputs: BranchInput[],
  ) {
    this.evaluations = inputs.map((input, i) => {
      this.positions.set(input.branchId, i);
      return evaluateBranch(rubric, input, i);
    });
  }

  results(): BranchResult[] {
    this.cached ??= rankEvaluations(this.rubric, this.evaluations);
    return this.cached;
  }

  /** Replaces one branch's input (a score changed) and re-ranks. */
  updateBranch(input: BranchInput): BranchResult[] {
    const at = this.positions.get(input.branchId);
    if (at === undefined) throw new Error(`Branch ${input.branchId} is not in this ranking`);
    this.evaluations[at] = evaluateBranch(this.rubric, input, at);
    this.cached = null;
    return this.results();
  }

  inputOf(branchId: string): BranchInput | undefined {
    const at = this.positions.get(branchId);
    return at === undefined ? undefined : this.evaluations[at]!.input;
  }
}
