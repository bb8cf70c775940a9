import type { UnitKind } from '../../../shared/domain/org';
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
 * Whether an evaluator has a conflict of interest with a branch. People from the branch itself
 * or from its township (the township office, or another village of it) judge their own; county
 * staff and evaluators without a unit do not.
 */
export function conflictOfInterest(
  unit: EvaluatorUnit | null,
  branch: AssignedBranch,
): ConflictOfInterest | null {
  if (!unit) return null;
  switch (unit.kind) {
    case 'branch':
      if (unit.id === branch.id) return 'own-branch';
      return unit.parentId === branch.townshipId ? 'own-township' : null;
    case 'township':
    case 'subdistrict':
      return unit.id === branch.townshipId ? 'own-township' : null;
    case 'county':
      return null;
  }
}
