-- 0006: evaluators keep access to the sheets they already have. 0004 started `assignments`
-- empty, and opening a sheet needs an assignment, so a database upgraded from schema 1-3 locked
-- every evaluator out of their own existing sheets. Each evaluator's existing sheet now gets the
-- assignment it implies, unless one is already there or someone removed exactly that assignment
-- under schema 4 or 5 (the audit trail says so; that decision stands).
--
-- The conflict of interest is computed as electron/services/conflicts.ts does (evaluator from
-- the branch itself, from another branch of its township, or from the township office). A
-- conflict must carry a reason and who confirmed it (0004's CHECKs), but nobody confirmed these.
-- Leaving them unflagged would hide a conflict from every count and list, so they stay flagged,
-- confirmed by the fixed name 'migration-0006' (shared/domain/backfill.ts), which the app shows
-- as "taken over by the upgrade, please review" instead of a person's confirmation.
-- Self-assessments (no evaluator) need no assignment.
CREATE TEMP TABLE backfill_0006 AS
SELECT s.round_id, s.evaluator_id, s.branch_id, s.created_at,
       CASE
         WHEN u.kind = 'branch' AND u.id = b.id THEN 'own-branch'
         WHEN u.kind = 'branch' AND u.parent_id = b.parent_id THEN 'own-township'
         WHEN u.kind IN ('township', 'subdistrict') AND u.id = b.parent_id THEN 'own-township'
       END AS conflict
  FROM score_sheets s
  JOIN evaluators e ON e.id = s.evaluator_id
  JOIN org_units b ON b.id = s.branch_id
  LEFT JOIN org_units u ON u.id = e.unit_id
 WHERE s.evaluator_id IS NOT NULL
   AND NOT EXISTS (
         SELECT 1 FROM assignments a
          WHERE a.round_id = s.round_id AND a.evaluator_id = s.evaluator_id
            AND a.branch_id = s.branch_id)
   AND NOT EXISTS (
         SELECT 1 FROM audit_log l
          WHERE l.action = 'remove-assignment' AND l.entity = 'branch'
            AND l.entity_id = s.branch_id
            AND json_extract(l.before, '$.roundId') = s.round_id
            AND json_extract(l.before, '$.evaluatorId') = s.evaluator_id);

INSERT INTO assignments
  (round_id, evaluator_id, branch_id, conflict, conflict_reason, confirmed_by, created_at)
SELECT round_id, evaluator_id, branch_id, conflict,
       CASE WHEN conflict IS NULL THEN NULL ELSE
         'Sheet existed before assignments did (schema 6 upgrade); not confirmed by a person. '
         || '升级前已有评分表，升级时补录分工，未经人工确认。'
       END,
       CASE WHEN conflict IS NULL THEN NULL ELSE 'migration-0006' END,
       created_at
  FROM backfill_0006;

-- Every assignment the upgrade created shows in its branch's trail, as one made by hand does.
INSERT INTO audit_log (at, actor, action, entity, entity_id, before, after, reason)
SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), 'migration-0006', 'backfill-assignment', 'branch',
       branch_id, NULL,
       json_object('roundId', round_id, 'evaluatorId', evaluator_id, 'conflict', conflict),
       NULL
  FROM backfill_0006
 ORDER BY round_id, branch_id, evaluator_id;

DROP TABLE backfill_0006;
