import type { ConflictScope, UnitKind } from '../../../shared/domain/org';
import type { ConflictOfInterest } from '../../../shared/domain/views';

export interface EvaluatorUnit {
  id: string;
  kind: UnitKind;
  parentId: string | null;
}

export interface AssignedBranch {
  id: string;
  townshipId: string;
}

/**
 * Whether an evaluator has a conflict of interest with a branch under a round's rule. With
 * scope `township` (county reviews) people from the branch itself or from its township (the
 * township office, or another village of it) judge their own; with `branch` (township
 * preliminary reviews, which the township's staff are expected to do) only the branch's own
 * people do; with `none` nobody. County staff and evaluators without a unit never do.
 */
export function conflictOfInterest(
  unit: EvaluatorUnit | null,
  branch: AssignedBranch,
  scope: ConflictScope = 'township',
): ConflictOfInterest | null {
  if (!unit || scope === 'none') return null;
  const township = scope === 'township';
  switch (unit.kind) {
    case 'branch':
      if (unit.id === branch.id) return 'own-branch';
      return township && unit.parentId === branch.townshipId ? 'own-township' : null;
    case 'township':
    case 'subdistrict':
      return township && unit.id === branch.townshipId ? 'own-township' : null;
    case 'county':
      return null;
  }
}
