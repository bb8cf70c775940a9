-- 0004: who scores which branch in a round. A conflict of interest (the evaluator comes from
-- the branch's own township or village) is kept on the row with the reason someone gave when
-- confirming it, so the decision stays visible after the fact.
CREATE TABLE assignments (
  round_id TEXT NOT NULL REFERENCES rounds (id) ON DELETE CASCADE,
  evaluator_id TEXT NOT NULL REFERENCES evaluators (id),
  branch_id TEXT NOT NULL REFERENCES org_units (id),
  conflict TEXT CHECK (conflict IN ('own-township', 'own-branch')),
  conflict_reason TEXT CHECK (conflict_reason IS NULL OR length(conflict_reason) BETWEEN 2 AND 2000),
  confirmed_by TEXT,
  created_at TEXT NOT NULL,
  PRIMARY KEY (round_id, evaluator_id, branch_id),
  -- A conflict is only ever stored together with its confirmation.
  CHECK ((conflict IS NULL) = (conflict_reason IS NULL)),
  CHECK ((conflict IS NULL) = (confirmed_by IS NULL))
) STRICT;
CREATE INDEX assignments_branch ON assignments (round_id, branch_id);
