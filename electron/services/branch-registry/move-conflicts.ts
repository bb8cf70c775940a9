import type { Store } from '../../store/open';
import { conflictOfInterest } from '../rounds';
import { refuse } from './names';
import { listAssignmentsTouching } from './queries';

/**
 * After a branch moved (inside the same transaction): assignments that were not conflicts of
 * interest must not silently become ones. That happens when the branch moves into its
 * evaluator's township, or when the moved branch is an evaluator's own village and now sits
 * beside branches that evaluator scores. Nobody confirmed those, so the move is refused, as a
 * change of an evaluator's unit is (rounds/evaluators.ts).
 */
export function refuseNewConflicts(db: Store, movedId: string): void {
  const rows = listAssignmentsTouching(db, movedId);
  const clash = rows.find(
    (r) =>
      conflictOfInterest(
        { id: r.unit_id, kind: r.unit_kind, parentId: r.unit_parent },
        { id: r.branch_id, townshipId: r.branch_parent },
        r.conflict_scope,
      ) !== null,
  );
  if (clash) {
    throw refuse(
      'CONFLICT',
      'moveMakesConflict',
      'The move would make an assignment an unconfirmed conflict of interest',
      { name: clash.branch, evaluator: clash.evaluator },
    );
  }
}
