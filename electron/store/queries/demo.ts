import type { Store } from '../open';

/**
 * Removes rows that only the demo campaign used, once it is gone. Anything a real campaign,
 * sheet or evaluator still refers to stays: the user may have built on the demo's branches.
 */
export function deleteUnusedDemoRows(db: Store): void {
  db.prepare(
    `DELETE FROM evaluators WHERE is_demo = 1
        AND id NOT IN (SELECT evaluator_id FROM campaign_evaluators)
        AND id NOT IN (SELECT evaluator_id FROM score_sheets WHERE evaluator_id IS NOT NULL)`,
  ).run();
  const unusedUnits = db.prepare(
    `DELETE FROM org_units WHERE is_demo = 1 AND kind IN (SELECT value FROM json_each(?))
        AND id NOT IN (SELECT branch_id FROM campaign_branches)
        AND id NOT IN (SELECT branch_id FROM score_sheets)
        AND id NOT IN (SELECT county_id FROM campaigns)
        AND id NOT IN (SELECT unit_id FROM evaluators WHERE unit_id IS NOT NULL)
        AND id NOT IN (SELECT parent_id FROM org_units WHERE parent_id IS NOT NULL)`,
  );
  // Leaves first, so a township is free once its villages are gone.
  unusedUnits.run(JSON.stringify(['branch']));
  unusedUnits.run(JSON.stringify(['township', 'subdistrict']));
  unusedUnits.run(JSON.stringify(['county']));
  db.prepare(
    `DELETE FROM rubric_versions WHERE is_demo = 1
        AND id NOT IN (SELECT rubric_version_id FROM campaigns)`,
  ).run();
}
