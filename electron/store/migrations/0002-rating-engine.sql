-- 0002: what the rating engine needs.

-- Facts next to points, readable without parsing JSON at province scale: for a veto 1 = raised
-- and 0 = not; for a gate the recorded value (hundredths) or 1/0 for a yes/no gate.
ALTER TABLE scores ADD COLUMN fact INTEGER;
UPDATE scores SET fact = CASE json_extract(input, '$.triggered') WHEN 1 THEN 1 ELSE 0 END
 WHERE input IS NOT NULL AND json_type(input, '$.triggered') IN ('true', 'false');

-- Year over year: the campaign this one is compared with.
ALTER TABLE campaigns ADD COLUMN previous_campaign_id TEXT REFERENCES campaigns (id) ON DELETE SET NULL;

-- A raised veto stays raised until someone resolves it, with a reason.
CREATE TABLE veto_resolutions (
  id TEXT PRIMARY KEY,
  round_id TEXT NOT NULL REFERENCES rounds (id) ON DELETE CASCADE,
  branch_id TEXT NOT NULL REFERENCES org_units (id),
  item_code TEXT NOT NULL,
  reason TEXT NOT NULL CHECK (length(reason) BETWEEN 2 AND 2000),
  resolved_by TEXT NOT NULL,
  resolved_at TEXT NOT NULL,
  UNIQUE (round_id, branch_id, item_code)
) STRICT;

-- Plan targets (计划创建数): how many branches per level or star, per township or overall.
CREATE TABLE plan_targets (
  campaign_id TEXT NOT NULL REFERENCES campaigns (id) ON DELETE CASCADE,
  township_id TEXT REFERENCES org_units (id),
  target_kind TEXT NOT NULL CHECK (target_kind IN ('level', 'star')),
  target TEXT NOT NULL,
  count INTEGER NOT NULL CHECK (count >= 0)
) STRICT;
CREATE UNIQUE INDEX plan_targets_unique
  ON plan_targets (campaign_id, coalesce(township_id, ''), target_kind, target);
