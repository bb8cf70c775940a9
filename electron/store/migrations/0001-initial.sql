-- 0001: first schema. Never edit a shipped migration; add a new numbered file instead.
-- Ids that can travel between laptops are UUID text; points are integers in hundredths.

CREATE TABLE meta (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
) STRICT;

CREATE TABLE org_units (
  id TEXT PRIMARY KEY,
  parent_id TEXT REFERENCES org_units (id),
  kind TEXT NOT NULL CHECK (kind IN ('county', 'township', 'subdistrict', 'branch')),
  branch_type TEXT CHECK (branch_type IN ('rural', 'community', 'other')),
  name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  sort_order INTEGER NOT NULL DEFAULT 0,
  is_demo INTEGER NOT NULL DEFAULT 0 CHECK (is_demo IN (0, 1)),
  archived_at TEXT,
  created_at TEXT NOT NULL,
  -- Only branches have a type, and every branch has one.
  CHECK ((kind = 'branch') = (branch_type IS NOT NULL)),
  -- Only a county is a root.
  CHECK ((kind = 'county') = (parent_id IS NULL))
) STRICT;
CREATE INDEX org_units_parent ON org_units (parent_id);

CREATE TABLE rubric_versions (
  id TEXT PRIMARY KEY,
  -- Versions of one rubric share a lineage id; version counts up within it.
  lineage_id TEXT NOT NULL,
  version INTEGER NOT NULL CHECK (version >= 1),
  name TEXT NOT NULL,
  -- The whole tree as JSON (shared/domain/rubric.ts), validated before it is stored.
  definition TEXT NOT NULL CHECK (json_valid(definition)),
  max_points INTEGER NOT NULL CHECK (max_points >= 0),
  is_demo INTEGER NOT NULL DEFAULT 0 CHECK (is_demo IN (0, 1)),
  frozen_at TEXT,
  created_at TEXT NOT NULL,
  UNIQUE (lineage_id, version)
) STRICT;

CREATE TABLE campaigns (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  year INTEGER NOT NULL CHECK (year BETWEEN 2000 AND 2100),
  county_id TEXT NOT NULL REFERENCES org_units (id),
  rubric_version_id TEXT NOT NULL REFERENCES rubric_versions (id),
  deciding_round_id TEXT,
  is_demo INTEGER NOT NULL DEFAULT 0 CHECK (is_demo IN (0, 1)),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;

-- Which branches take part in a campaign.
CREATE TABLE campaign_branches (
  campaign_id TEXT NOT NULL REFERENCES campaigns (id) ON DELETE CASCADE,
  branch_id TEXT NOT NULL REFERENCES org_units (id),
  PRIMARY KEY (campaign_id, branch_id)
) STRICT, WITHOUT ROWID;

CREATE TABLE evaluators (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
  -- The evaluator's own unit, so conflicts of interest can be recognised.
  unit_id TEXT REFERENCES org_units (id),
  role TEXT NOT NULL DEFAULT '',
  is_demo INTEGER NOT NULL DEFAULT 0 CHECK (is_demo IN (0, 1)),
  created_at TEXT NOT NULL
) STRICT;

CREATE TABLE campaign_evaluators (
  campaign_id TEXT NOT NULL REFERENCES campaigns (id) ON DELETE CASCADE,
  evaluator_id TEXT NOT NULL REFERENCES evaluators (id),
  PRIMARY KEY (campaign_id, evaluator_id)
) STRICT, WITHOUT ROWID;

CREATE TABLE rounds (
  id TEXT PRIMARY KEY,
  campaign_id TEXT NOT NULL REFERENCES campaigns (id) ON DELETE CASCADE,
  kind TEXT NOT NULL CHECK (kind IN ('self', 'township', 'county', 'other')),
  name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
  seq INTEGER NOT NULL,
  created_at TEXT NOT NULL,
  UNIQUE (campaign_id, seq)
) STRICT;

CREATE TABLE score_sheets (
  id TEXT PRIMARY KEY,
  round_id TEXT NOT NULL REFERENCES rounds (id) ON DELETE CASCADE,
  branch_id TEXT NOT NULL REFERENCES org_units (id),
  -- NULL for a self-assessment filed by the branch itself.
  evaluator_id TEXT REFERENCES evaluators (id),
  status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'submitted')),
  -- Row version for optimistic concurrency: a save must name the version it started from.
  version INTEGER NOT NULL DEFAULT 1,
  remark TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  submitted_at TEXT,
  UNIQUE (round_id, branch_id, evaluator_id)
) STRICT;
CREATE INDEX score_sheets_branch ON score_sheets (branch_id);

CREATE TABLE scores (
  sheet_id TEXT NOT NULL REFERENCES score_sheets (id) ON DELETE CASCADE,
  item_code TEXT NOT NULL,
  -- Points in hundredths after the item's rule is applied (e.g. deductions already taken).
  points INTEGER NOT NULL CHECK (points >= 0),
  -- What the evaluator entered when it is not just points: findings, option, check, veto.
  input TEXT CHECK (input IS NULL OR json_valid(input)),
  remark TEXT NOT NULL DEFAULT '',
  updated_at TEXT NOT NULL,
  PRIMARY KEY (sheet_id, item_code)
) STRICT, WITHOUT ROWID;

-- Append-only trail of every change that matters: who, when, before, after, why.
CREATE TABLE audit_log (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  at TEXT NOT NULL,
  actor TEXT NOT NULL,
  action TEXT NOT NULL,
  entity TEXT NOT NULL,
  entity_id TEXT NOT NULL,
  before TEXT CHECK (before IS NULL OR json_valid(before)),
  after TEXT CHECK (after IS NULL OR json_valid(after)),
  reason TEXT
) STRICT;
CREATE INDEX audit_log_entity ON audit_log (entity, entity_id);
