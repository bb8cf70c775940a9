-- 0010 (planned as 0011; the lead renumbers at merge): after the committee's decision (issue #14
-- points 4-7): the 公示 notice of a round's decided list, objections (异议) with their handling
-- steps, the naming decision (命名) and each branch's named levels across years (动态管理).
-- Per-county settings (working-day calendar, notice defaults, naming authority, star rules) are
-- JSON in publication_settings; a missing row means the shipped default.

CREATE TABLE publication_settings (
  county_id TEXT NOT NULL REFERENCES org_units (id) ON DELETE CASCADE,
  key TEXT NOT NULL CHECK (key IN ('calendar', 'notice', 'authority', 'star-rules')),
  value TEXT NOT NULL CHECK (json_valid(value)),
  updated_by TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  PRIMARY KEY (county_id, key)
) STRICT, WITHOUT ROWID;

CREATE TABLE notices (
  id TEXT PRIMARY KEY,
  round_id TEXT NOT NULL REFERENCES rounds (id) ON DELETE CASCADE,
  -- Version n+1 replaces a withdrawn notice; only one notice of a round is current.
  version INTEGER NOT NULL CHECK (version >= 1),
  title TEXT NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
  start_day TEXT NOT NULL CHECK (length(start_day) = 10),
  end_day TEXT NOT NULL CHECK (length(end_day) = 10 AND end_day >= start_day),
  working_days INTEGER NOT NULL CHECK (working_days BETWEEN 3 AND 7),
  -- Channels and rules as printed: {"phone","letter","visit","address","rules":[…]}.
  channels TEXT NOT NULL CHECK (json_valid(channels)),
  -- The frozen checkpoint the list comes from (issue #14 point 2); NULL until freezing exists.
  checkpoint_id TEXT,
  withdrawn_at TEXT,
  withdraw_reason TEXT,
  created_by TEXT NOT NULL,
  created_at TEXT NOT NULL,
  UNIQUE (round_id, version),
  CHECK ((withdrawn_at IS NULL) = (withdraw_reason IS NULL))
) STRICT;

-- The list as published: a copy, so a later decision never changes what was on the wall.
CREATE TABLE notice_entries (
  notice_id TEXT NOT NULL REFERENCES notices (id) ON DELETE CASCADE,
  branch_id TEXT NOT NULL REFERENCES org_units (id),
  seq INTEGER NOT NULL,
  branch_name TEXT NOT NULL,
  township_name TEXT NOT NULL,
  proposed_level INTEGER NOT NULL CHECK (proposed_level >= 1),
  decision_id TEXT,
  PRIMARY KEY (notice_id, branch_id),
  UNIQUE (notice_id, seq)
) STRICT, WITHOUT ROWID;

CREATE TABLE objections (
  id TEXT PRIMARY KEY,
  notice_id TEXT NOT NULL REFERENCES notices (id) ON DELETE CASCADE,
  branch_id TEXT NOT NULL REFERENCES org_units (id),
  received_at TEXT NOT NULL,
  channel TEXT NOT NULL CHECK (channel IN ('phone', 'letter', 'visit', 'email', 'other')),
  from_kind TEXT NOT NULL CHECK (from_kind IN ('unit', 'person')),
  from_name TEXT NOT NULL DEFAULT '' CHECK (length(from_name) <= 100),
  real_name INTEGER NOT NULL CHECK (real_name IN (0, 1)),
  contact TEXT NOT NULL DEFAULT '' CHECK (length(contact) <= 200),
  content TEXT NOT NULL CHECK (length(content) BETWEEN 1 AND 5000),
  -- 逾期: received after the notice ended; flagged, never refused.
  late INTEGER NOT NULL CHECK (late IN (0, 1)),
  -- Derived from objection_steps by the pure state machine; kept for lists and filters.
  stage TEXT NOT NULL DEFAULT 'received' CHECK (stage IN
    ('received', 'accepted', 'rejected', 'investigating', 'concluded', 'handled', 'closed')),
  -- The re-review item a 退回复核 opened in a committee meeting.
  rereview_item_id TEXT REFERENCES meeting_items (id),
  created_by TEXT NOT NULL,
  created_at TEXT NOT NULL
) STRICT;
CREATE INDEX objections_notice ON objections (notice_id, branch_id);

-- Every handling step, append-only: the state is their replay.
CREATE TABLE objection_steps (
  objection_id TEXT NOT NULL REFERENCES objections (id) ON DELETE CASCADE,
  seq INTEGER NOT NULL CHECK (seq >= 1),
  step TEXT NOT NULL CHECK (json_valid(step)),
  by_user TEXT NOT NULL,
  at TEXT NOT NULL,
  PRIMARY KEY (objection_id, seq)
) STRICT, WITHOUT ROWID;
CREATE TRIGGER objection_steps_no_update BEFORE UPDATE ON objection_steps
BEGIN SELECT RAISE(ABORT, 'objection steps are append-only'); END;
CREATE TRIGGER objection_steps_no_delete BEFORE DELETE ON objection_steps
  WHEN (SELECT count(*) FROM objections WHERE id = OLD.objection_id) > 0
BEGIN SELECT RAISE(ABORT, 'objection steps are append-only'); END;

-- Attachments kept as evidence. Not evidence_files: those belong to a score sheet (sheet_id NOT
-- NULL) and an objection concerns a branch on a notice, not a sheet.
CREATE TABLE objection_files (
  id TEXT PRIMARY KEY,
  objection_id TEXT NOT NULL REFERENCES objections (id) ON DELETE CASCADE,
  file_name TEXT NOT NULL CHECK (length(file_name) BETWEEN 1 AND 255),
  mime_type TEXT NOT NULL,
  size_bytes INTEGER NOT NULL CHECK (size_bytes >= 0),
  sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
  content BLOB NOT NULL,
  uploaded_by TEXT NOT NULL,
  created_at TEXT NOT NULL
) STRICT;

CREATE TABLE namings (
  id TEXT PRIMARY KEY,
  notice_id TEXT NOT NULL REFERENCES notices (id),
  document_number TEXT NOT NULL CHECK (length(document_number) BETWEEN 1 AND 60),
  named_on TEXT NOT NULL CHECK (length(named_on) = 10),
  -- The naming authority used: {"countyLevels":[1,2,3]}.
  authority TEXT NOT NULL CHECK (json_valid(authority)),
  checkpoint_id TEXT,
  created_by TEXT NOT NULL,
  created_at TEXT NOT NULL,
  UNIQUE (document_number)
) STRICT;

-- Every named level of a branch across years, with its basis document (动态管理).
CREATE TABLE star_history (
  id TEXT PRIMARY KEY,
  branch_id TEXT NOT NULL REFERENCES org_units (id),
  year INTEGER NOT NULL CHECK (year BETWEEN 2000 AND 2100),
  -- 0 = 摘星.
  level INTEGER NOT NULL CHECK (level >= 0),
  named_by TEXT NOT NULL CHECK (named_by IN ('county', 'city')),
  document TEXT NOT NULL CHECK (length(document) BETWEEN 1 AND 60),
  named_on TEXT NOT NULL CHECK (length(named_on) = 10),
  naming_id TEXT REFERENCES namings (id),
  reason TEXT NOT NULL DEFAULT '',
  exceptional TEXT NOT NULL DEFAULT '',
  created_by TEXT NOT NULL,
  created_at TEXT NOT NULL,
  UNIQUE (branch_id, year)
) STRICT;
