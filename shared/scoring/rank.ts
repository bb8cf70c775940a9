import type { CompiledRubric } from './compile';
import type { BranchEvaluation } from './evaluate';
import type { Entry } from './order';
import { byFinal, byMerit, compareKeys, competitionRanks } from './order';
import { applyQuotas } from './quotas';
import { applySelection } from './selection';
import type { BranchResult } from './types';
import { yearChange } from './year-change';

const STATUS_ORDER = { rated: 0, vetoed: 1, incomplete: 2, unscored: 3 } as const;

function toResult(
  evaluation: BranchEvaluation,
  entry: Entry | undefined,
  rank: number | null,
): BranchResult {
  const level = entry ? entry.level : null;
  const decided = evaluation.status === 'rated' || evaluation.status === 'vetoed';
  return {
    branchId: evaluation.input.branchId,
    townshipId: evaluation.input.townshipId,
    status: evaluation.status,
    total: evaluation.total,
    dimensions: evaluation.dimensions,
    stars: evaluation.stars,
    level,
    levelBeforeQuota: entry ? entry.merit : null,
    rank,
    reasons:
      entry && entry.extra.length > 0
        ? [...evaluation.reasons, ...entry.extra]
        : evaluation.reasons,
    missing: evaluation.missing,
    vetoes: evaluation.vetoes,
    evaluators: evaluation.evaluators,
    previousLevel: evaluation.input.previousLevel ?? null,
    change: yearChange(evaluation.input.previousLevel, level, decided),
  };
}

/**
 * Ranks evaluated branches: merit order, selection or quotas move levels, then the final
 * order by level, total and tie-breakers with standard competition ranks. Rated branches come
 * first, then vetoed, incomplete and unscored ones, each in input order.
 */
export function rankEvaluations(
  rubric: CompiledRubric,
  evaluations: BranchEvaluation[],
): BranchResult[] {
  const scheme = rubric.definition.scheme;
  const entries: Entry[] = [];
  for (const evaluation of evaluations) {
    if (evaluation.status !== 'rated') continue;
    const level = evaluation.level ?? 0;
    entries.push({ evaluation, merit: level, level, extra: [] });
  }
  entries.sort(byMerit);
  if (scheme.kind === 'selection') {
    applySelection(scheme, entries);
    entries.sort(byMerit);
  }
  applyQuotas(rubric.definition, entries);
  entries.sort(byFinal);
  const ranks = competitionRanks(
    entries,
    (a, b) => compareKeys(a.level, a.evaluation, b.level, b.evaluation) === 0,
  );
  const results: BranchResult[] = entries.map((entry, i) =>
    toResult(entry.evaluation, entry, ranks[i]!),
  );
  const others = evaluations
    .filter((e) => e.status !== 'rated')
    .sort((a, b) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status] || a.index - b.index);
  for (const evaluation of others) results.push(toResult(evaluation, undefined, null));
  return results;
}
