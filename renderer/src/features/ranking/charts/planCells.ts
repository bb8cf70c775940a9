import type { PlanTarget } from '../../../../../shared/domain/views';

/** One editable cell of the plan grid: a township (or the whole campaign) × a level or star. */
export interface PlanColumn {
  kind: PlanTarget['kind'];
  target: string;
}

export type PlanCells = Map<string, number | null>;

/** The contract's own limit on how many targets one plan may hold. */
export const MAX_TARGETS = 2000;

export function cellKey(townshipId: string | null, column: PlanColumn): string {
  return `${townshipId ?? '*'}|${column.kind}|${column.target}`;
}

export function cellsFromPlan(plan: readonly PlanTarget[]): PlanCells {
  return new Map(plan.map((p) => [cellKey(p.townshipId, p), p.count]));
}

/** Targets to save: every filled cell (0 included: "plan none" differs from "no plan"). */
export function planFromCells(
  cells: PlanCells,
  townshipIds: readonly (string | null)[],
  columns: readonly PlanColumn[],
): PlanTarget[] {
  const targets: PlanTarget[] = [];
  for (const townshipId of townshipIds) {
    for (const column of columns) {
      const count = cells.get(cellKey(townshipId, column));
      if (count !== undefined && count !== null) {
        targets.push({ townshipId, kind: column.kind, target: column.target, count });
      }
    }
  }
  return targets;
}
