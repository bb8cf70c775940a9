-- 0009: the committee review meeting (评审会, issue #13). A campaign holds several meetings on
-- its deciding round (a first meeting, later a re-review after objections, issue #14). Decisions
-- are append-only versioned rows: a change is a new version with a reason, never an edit.

CREATE TABLE meetings (
  id TEXT PRIMARY KEY,
  campaign_id TEXT NOT NULL REFERENCES campaigns (id) ON DELETE CASCADE,
  round_id TEXT NOT NULL REFERENCES rounds (id) ON DELETE CASCADE,
  kind TEXT NOT NULL DEFAULT 'regular' CHECK (kind IN ('regular', 're-review')),
  title TEXT NOT NULL CHECK (length(title) BETWEEN 1 AND 100),
  held_on TEXT NOT NULL CHECK (length(held_on) = 10),
  venue TEXT NOT NULL DEFAULT '' CHECK (length(venue) <= 100),
  chair TEXT NOT NULL DEFAULT '' CHECK (length(chair) <= 100),
  recorder TEXT NOT NULL DEFAULT '' CHECK (length(recorder) <= 100),
  -- The quorum as a fraction of the members: present * den >= num * members.
  quorum_num INTEGER NOT NULL DEFAULT 2 CHECK (quorum_num >= 1),
  quorum_den INTEGER NOT NULL DEFAULT 3 CHECK (quorum_den >= quorum_num),
  stage TEXT NOT NULL DEFAULT 'planned' CHECK (stage IN ('planned', 'in-session', 'closed')),
  current_item_id TEXT,
  -- The projector shows no evaluator names unless the chair turns them on.
  show_names INTEGER NOT NULL DEFAULT 0 CHECK (show_names IN (0, 1)),
  created_at TEXT NOT NULL,
  closed_at TEXT
) STRICT;
CREATE INDEX meetings_campaign ON meetings (campaign_id);

CREATE TABLE meeting_members (
  id TEXT PRIMARY KEY,
  meeting_id TEXT NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
  seq INTEGER NOT NULL,
  name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
  evaluator_id TEXT REFERENCES evaluators (id),
  -- The member's own unit (township or village), so a conflict with a branch can be recognised.
  unit_id TEXT REFERENCES org_units (id),
  attendance TEXT NOT NULL DEFAULT 'unknown'
    CHECK (attendance IN ('unknown', 'present', 'absent', 'leave')),
  UNIQUE (meeting_id, seq)
) STRICT;

CREATE TABLE meeting_items (
  id TEXT PRIMARY KEY,
  meeting_id TEXT NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
  branch_id TEXT NOT NULL REFERENCES org_units (id),
  seq INTEGER NOT NULL,
  -- Why the branch is on the agenda: a JSON array of codes (border, veto, incomplete, gate, consent).
  reasons TEXT NOT NULL CHECK (json_valid(reasons)),
  consent INTEGER NOT NULL DEFAULT 0 CHECK (consent IN (0, 1)),
  UNIQUE (meeting_id, branch_id)
) STRICT;
CREATE INDEX meeting_items_order ON meeting_items (meeting_id, seq);

-- Declared conflicts; those from a member's unit are derived, never stored.
CREATE TABLE meeting_recusals (
  item_id TEXT NOT NULL REFERENCES meeting_items (id) ON DELETE CASCADE,
  member_id TEXT NOT NULL REFERENCES meeting_members (id) ON DELETE CASCADE,
  PRIMARY KEY (item_id, member_id)
) STRICT, WITHOUT ROWID;

CREATE TABLE meeting_decisions (
  id TEXT PRIMARY KEY,
  meeting_id TEXT NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
  item_id TEXT NOT NULL REFERENCES meeting_items (id) ON DELETE CASCADE,
  round_id TEXT NOT NULL REFERENCES rounds (id) ON DELETE CASCADE,
  branch_id TEXT NOT NULL REFERENCES org_units (id),
  version INTEGER NOT NULL CHECK (version >= 1),
  outcome TEXT NOT NULL CHECK (outcome IN ('keep', 'adjust', 're-review', 'defer')),
  computed_level INTEGER,
  decided_level INTEGER,
  votes_for INTEGER NOT NULL CHECK (votes_for >= 0),
  votes_against INTEGER NOT NULL CHECK (votes_against >= 0),
  votes_abstain INTEGER NOT NULL CHECK (votes_abstain >= 0),
  present INTEGER NOT NULL CHECK (present >= 0),
  recused INTEGER NOT NULL CHECK (recused >= 0),
  reason TEXT NOT NULL DEFAULT '',
  overrides_quota INTEGER NOT NULL DEFAULT 0 CHECK (overrides_quota IN (0, 1)),
  decided_by TEXT NOT NULL,
  decided_at TEXT NOT NULL,
  UNIQUE (item_id, version),
  CHECK (votes_for + votes_against + votes_abstain <= present - recused),
  CHECK ((outcome IN ('keep', 'adjust')) = (decided_level IS NOT NULL))
) STRICT;
CREATE INDEX meeting_decisions_branch ON meeting_decisions (round_id, branch_id, decided_at);

CREATE TRIGGER meeting_decisions_append_only_update BEFORE UPDATE ON meeting_decisions
BEGIN
  SELECT RAISE(ABORT, 'decisions are append-only: record a new version');
END;
CREATE TRIGGER meeting_decisions_append_only_delete BEFORE DELETE ON meeting_decisions
  WHEN (SELECT count(*) FROM meetings WHERE id = OLD.meeting_id) > 0
BEGIN
  SELECT RAISE(ABORT, 'decisions are append-only: record a new version');
END;
