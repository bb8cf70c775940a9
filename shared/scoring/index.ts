/** The rating engine: pure, deterministic, integer hundredths. */
import type { CompiledRubric } from './compile';
import { evaluateBranch } from './evaluate';
import { rankEvaluations } from './rank';
import type { BranchInput, BranchResult } from './types';

export type { CompiledRubric } from './compile';
export { compileRubric } from './compile';
export type { BranchEvaluation, RankedInput } from './evaluate';
export { evaluateBranch } from './evaluate';
export { rankEvaluations } from './rank';
export type { SheetPreviewResult } from './preview';
export { previewSheet } from './preview';
export { emptySheet, sheetFromEntries } from './sheets';
export { RankingState } from './state';
export { yearChange } from './year-change';
export * from './types';

/** Evaluates and ranks every branch of one round. */
export function computeResults(rubric: CompiledRubric, inputs: BranchInput[]): BranchResult[] {
  return rankEvaluations(
    rubric,
    inputs.map((input, i) => evaluateBranch(rubric, input, i)),
  );
}
