import type { CompiledRubric } from './compile';
import { evaluateBranch } from './evaluate';
import { rankEvaluations } from './rank';
import { sheetFromEntries } from './sheets';
import type { BranchResult, SheetValues } from './types';
import { MISSING } from './types';

/** One sheet rated alone, as the score sheet and the grid show it while it is filled in. */
export interface SheetPreviewResult {
  /** What the engine makes of the sheet: incomplete (blank scores) until every item is in. */
  result: BranchResult;
  /**
   * The sums entered so far: the same sheet with every blank item counted as nothing (0
   * points, a gate not met). The result itself once complete. Rankings never show this.
   */
  soFar: BranchResult;
}

function rate(rubric: CompiledRubric, branchId: string, sheet: SheetValues): BranchResult {
  return rankEvaluations(rubric, [
    evaluateBranch(rubric, { branchId, townshipId: 'preview', sheets: [sheet] }, 0),
  ])[0]!;
}

export function previewSheet(
  rubric: CompiledRubric,
  branchId: string,
  entries: Record<string, { points?: number; fact?: number }>,
): SheetPreviewResult {
  const sheet = sheetFromEntries(rubric, entries);
  const result = rate(rubric, branchId, sheet);
  if (result.status !== 'incomplete') return { result, soFar: result };
  const filled: SheetValues = { points: sheet.points.slice(), facts: sheet.facts.slice() };
  rubric.items.forEach((item, i) => {
    if (rubric.itemRequired[i] !== 1 || filled.points[i] !== MISSING) return;
    filled.points[i] = 0;
    if (item.type === 'gate') filled.facts[i] = 0;
  });
  return { result, soFar: rate(rubric, branchId, filled) };
}
