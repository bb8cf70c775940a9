import type { Store } from '../../store/open';
import { conflictOfInterest } from '../rounds/conflicts';
import { refuse } from './names';

interface Row {
  unit_id: string;
  unit_kind: 'county' | 'township' | 'subdistrict' | 'branch';
  unit_parent: string | null;
  branch_id: string;
  branch_parent: string;
  evaluator: string;
  branch: string;
}

/**
 * After a branch moved (inside the same transaction): assignments that were not conflicts of
 * interest must not silently become ones. That happens when the branch moves into its
 * evaluator's township, or when the moved branch is an evaluator's own village and now sits
 * beside branches that evaluator scores. Nobody confirmed those, so the move is refused, as a
 * change of an evaluator's unit is (evaluators.ts).
 */
export function refuseNewConflicts(db: Store, movedId: string): void {
  const rows = db
    .prepare(
      `SELECT u.id AS unit_id, u.kind AS unit_kind, u.parent_id AS unit_parent,
              b.id AS branch_id, b.parent_id AS branch_parent, e.name AS evaluator, b.name AS branch
         FROM assignments a
         JOIN evaluators e ON e.id = a.evaluator_id
         JOIN org_units u ON u.id = e.unit_id
         JOIN org_units b ON b.id = a.branch_id
        WHERE a.conflict IS NULL AND (a.branch_id = ? OR e.unit_id = ?)`,
    )
    .all(movedId, movedId) as Row[];
  const clash = rows.find(
    (r) =>
      conflictOfInterest(
        { id: r.unit_id, kind: r.unit_kind, parentId: r.unit_parent },
        { id: r.branch_id, townshipId: r.branch_parent },
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
