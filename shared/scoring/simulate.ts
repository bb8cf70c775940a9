import type { CompiledRubric } from './compile';
import type { BranchEvaluation } from './evaluate';
import { rankOrder } from './rank';

/** A branch whose level the decision would move, as the shared engine ranks it. */
export interface SimulatedMove {
  branchId: string;
  /** Level in the ranking as computed (null when not rated). */
  from: number | null;
  /** Level with the decision applied. */
  to: number | null;
}

export interface Simulation {
  branchId: string;
  /** The level the decision gives the branch. */
  level: number;
  /** Its level in the ranking as computed. */
  computedLevel: number | null;
  /**
   * False when the quotas leave no seat at that level for the branch: the decision then
   * overrides the quota (the moves are those of the ranking where the quota moved it).
   */
  withinQuota: boolean;
  /** Every other branch whose level changes, in final order of the simulated ranking. */
  moves: SimulatedMove[];
}

function levelsOf(rubric: CompiledRubric, evaluations: BranchEvaluation[]): Map<string, number> {
  const levels = new Map<string, number>();
  for (const entry of rankOrder(rubric, evaluations).entries)
    levels.set(entry.evaluation.input.branchId, entry.level);
  return levels;
}

/**
 * The branch decided at `level` qualifies for that level with the highest total and
 * tie-breakers, so the quotas count it ahead of every branch that qualified for the same level
 * (under the default level-first pool order a branch that qualified higher still comes first,
 * as the engine ranks it), and the others are moved by the same engine the ranking uses.
 */
function pinned(evaluation: BranchEvaluation, level: number): BranchEvaluation {
  return {
    ...evaluation,
    status: 'rated',
    level,
    cap: null,
    total: Number.MAX_SAFE_INTEGER,
    tieKeys: evaluation.tieKeys.map(() => Number.MAX_SAFE_INTEGER),
  };
}

/**
 * "If this branch is rated N★, who else moves?" — the quota displacement of a committee's
 * decision (issue #13), computed from the round's evaluations by the shared engine.
 */
export function simulateDecision(
  rubric: CompiledRubric,
  evaluations: readonly BranchEvaluation[],
  branchId: string,
  level: number,
): Simulation {
  const at = evaluations.findIndex((e) => e.input.branchId === branchId);
  if (at < 0) throw new Error(`Branch ${branchId} is not in the round`);
  const before = levelsOf(rubric, evaluations.slice());
  const changed = evaluations.slice();
  changed[at] = pinned(evaluations[at]!, level);
  const ranked = rankOrder(rubric, changed);
  const after = new Map<string, number>();
  for (const entry of ranked.entries) after.set(entry.evaluation.input.branchId, entry.level);
  const moves: SimulatedMove[] = [];
  for (const entry of ranked.entries) {
    const id = entry.evaluation.input.branchId;
    if (id === branchId) continue;
    const from = before.get(id) ?? null;
    if (from !== entry.level) moves.push({ branchId: id, from, to: entry.level });
  }
  return {
    branchId,
    level,
    computedLevel: before.get(branchId) ?? null,
    withinQuota: after.get(branchId) === level,
    moves,
  };
}
