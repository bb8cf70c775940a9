-- 0008: which conflicts of interest a round flags, as data on the round.
--   'township' (county and other rounds): an evaluator from the branch itself, from another
--              branch of its township or from the township office;
--   'branch'   (township preliminary rounds, where the township's own staff are the expected
--              scorers): only an evaluator from the branch itself;
--   'none'     (self-assessment rounds, which have no evaluators).
ALTER TABLE rounds ADD COLUMN conflict_scope TEXT NOT NULL DEFAULT 'township'
  CHECK (conflict_scope IN ('township', 'branch', 'none'));

UPDATE rounds SET conflict_scope = CASE kind
  WHEN 'township' THEN 'branch'
  WHEN 'self' THEN 'none'
  ELSE 'township'
END;

-- Township rounds flagged their own township's staff until now, and someone had to confirm
-- each with a reason. Under the round's rule those are no longer conflicts: the flag is lifted,
-- and the branch's trail records what was lifted (the confirmation, its reason and who gave it),
-- so nothing that was decided is lost. 'own-branch' conflicts stay flagged.
INSERT INTO audit_log (at, actor, action, entity, entity_id, before, after, reason)
SELECT strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), 'migration-0008', 'clear-conflict', 'branch',
       a.branch_id,
       json_object('roundId', a.round_id, 'evaluatorId', a.evaluator_id, 'conflict', a.conflict,
                   'conflictReason', a.conflict_reason, 'confirmedBy', a.confirmed_by),
       json_object('roundId', a.round_id, 'evaluatorId', a.evaluator_id, 'conflict', NULL),
       NULL
  FROM assignments a JOIN rounds r ON r.id = a.round_id
 WHERE r.conflict_scope = 'branch' AND a.conflict = 'own-township'
 ORDER BY a.round_id, a.branch_id, a.evaluator_id;

UPDATE assignments SET conflict = NULL, conflict_reason = NULL, confirmed_by = NULL
 WHERE conflict = 'own-township'
   AND round_id IN (SELECT id FROM rounds WHERE conflict_scope = 'branch');
