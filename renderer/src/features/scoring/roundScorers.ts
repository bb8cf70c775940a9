import type { RoundKind } from '../../../../shared/domain/org';
import type { EvaluatorView } from '../../../../shared/domain/views/rounds';

/** The value that stands for the self-assessment (evaluator null) in a Select. */
export const SELF_SCORER = 'self';

/**
 * Who may score in a round, for the grid and fill-in workbooks: in a self round only the
 * branches themselves (自评); in the others only the evaluators with branches assigned there,
 * never 自评. The first is the sensible default.
 */
export function roundScorers(
  round: { id: string; kind: RoundKind },
  evaluators: readonly EvaluatorView[],
): string[] {
  if (round.kind === 'self') return [SELF_SCORER];
  return evaluators
    .filter((e) => e.assignedBranches.some((a) => a.roundId === round.id && a.count > 0))
    .map((e) => e.id);
}
