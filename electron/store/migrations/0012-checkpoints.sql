-- 0012: freezing a round's results (定稿, issue #14 point 2). A checkpoint records the digest of
-- the round's result rows and the audit head, signed with the installation's key. While a round
-- has a current checkpoint (not unfrozen), its scores, sheets, veto resolutions, committee
-- decisions, agenda and the campaign's participants and rubric are read-only here in SQLite,
-- whoever writes (the app, another tool): every refusal is RAISE(ABORT, 'FROZEN'), which the app
-- reports as the translated FROZEN error. Unfreezing needs a reason and keeps the checkpoint.

CREATE TABLE checkpoints (
  id TEXT PRIMARY KEY,
  round_id TEXT NOT NULL REFERENCES rounds (id) ON DELETE CASCADE,
  version INTEGER NOT NULL CHECK (version >= 1),
  -- What the checkpoint says, as signed (canonical JSON of these fields, see docs/integrity.md).
  county TEXT NOT NULL,
  campaign TEXT NOT NULL,
  year INTEGER NOT NULL,
  round TEXT NOT NULL,
  size INTEGER NOT NULL CHECK (size >= 0),
  root TEXT NOT NULL CHECK (length(root) = 64),
  audit_head TEXT,
  frozen_at TEXT NOT NULL,
  frozen_by TEXT NOT NULL,
  app_version TEXT NOT NULL,
  key_id TEXT NOT NULL,
  public_key TEXT NOT NULL,
  signature TEXT NOT NULL,
  unfrozen_at TEXT,
  unfrozen_by TEXT,
  unfreeze_reason TEXT,
  UNIQUE (round_id, version),
  CHECK ((unfrozen_at IS NULL) = (unfreeze_reason IS NULL))
) STRICT;
CREATE UNIQUE INDEX checkpoints_one_current ON checkpoints (round_id) WHERE unfrozen_at IS NULL;

-- A checkpoint is never rewritten: the only change is its unfreezing, once.
CREATE TRIGGER checkpoints_no_rewrite BEFORE UPDATE ON checkpoints
  WHEN OLD.unfrozen_at IS NOT NULL OR NEW.id IS NOT OLD.id OR NEW.round_id IS NOT OLD.round_id
    OR NEW.version IS NOT OLD.version OR NEW.root IS NOT OLD.root OR NEW.size IS NOT OLD.size
    OR NEW.audit_head IS NOT OLD.audit_head OR NEW.signature IS NOT OLD.signature
    OR NEW.frozen_at IS NOT OLD.frozen_at OR NEW.public_key IS NOT OLD.public_key
    OR NEW.county IS NOT OLD.county OR NEW.campaign IS NOT OLD.campaign
    OR NEW.year IS NOT OLD.year OR NEW.round IS NOT OLD.round
BEGIN
  SELECT RAISE(ABORT, 'checkpoints are kept as signed: only an unfreezing may be added');
END;
-- A frozen round cannot be deleted (nor its campaign): the delete cascades here and stops.
CREATE TRIGGER checkpoints_no_delete_current BEFORE DELETE ON checkpoints
  WHEN OLD.unfrozen_at IS NULL
BEGIN
  SELECT RAISE(ABORT, 'FROZEN');
END;

CREATE TRIGGER scores_frozen_insert BEFORE INSERT ON scores
  WHEN EXISTS (SELECT 1 FROM score_sheets s JOIN checkpoints c ON c.round_id = s.round_id
                WHERE s.id = NEW.sheet_id AND c.unfrozen_at IS NULL)
BEGIN
  SELECT RAISE(ABORT, 'FROZEN');
END;
CREATE TRIGGER scores_frozen_update BEFORE UPDATE ON scores
  WHEN EXISTS (SELECT 1 FROM score_sheets s JOIN checkpoints c ON c.round_id = s.round_id
                WHERE s.id IN (OLD.sheet_id, NEW.sheet_id) AND c.unfrozen_at IS NULL)
BEGIN
  SELECT RAISE(ABORT, 'FROZEN');
END;
CREATE TRIGGER scores_frozen_delete BEFORE DELETE ON scores
  WHEN EXISTS (SELECT 1 FROM score_sheets s JOIN checkpoints c ON c.round_id = s.round_id
                WHERE s.id = OLD.sheet_id AND c.unfrozen_at IS NULL)
BEGIN
  SELECT RAISE(ABORT, 'FROZEN');
END;

CREATE TRIGGER score_sheets_frozen_insert BEFORE INSERT ON score_sheets
  WHEN EXISTS (SELECT 1 FROM checkpoints c WHERE c.round_id = NEW.round_id AND c.unfrozen_at IS NULL)
BEGIN
  SELECT RAISE(ABORT, 'FROZEN');
END;
-- The pack columns are derived (the ranking rewrites them): not guarded.
CREATE TRIGGER score_sheets_frozen_update
  BEFORE UPDATE OF round_id, branch_id, evaluator_id, status, version, remark, submitted_at
  ON score_sheets
  WHEN EXISTS (SELECT 1 FROM checkpoints c WHERE c.round_id IN (OLD.round_id, NEW.round_id)
                AND c.unfrozen_at IS NULL)
BEGIN
  SELECT RAISE(ABORT, 'FROZEN');
END;
CREATE TRIGGER score_sheets_frozen_delete BEFORE DELETE ON score_sheets
  WHEN EXISTS (SELECT 1 FROM checkpoints c WHERE c.round_id = OLD.round_id AND c.unfrozen_at IS NULL)
BEGIN
  SELECT RAISE(ABORT, 'FROZEN');
END;

CREATE TRIGGER evidence_frozen_insert BEFORE INSERT ON evidence_files
  WHEN EXISTS (SELECT 1 FROM score_sheets s JOIN checkpoints c ON c.round_id = s.round_id
                WHERE s.id = NEW.sheet_id AND c.unfrozen_at IS NULL)
BEGIN
  SELECT RAISE(ABORT, 'FROZEN');
END;
CREATE TRIGGER evidence_frozen_update BEFORE UPDATE ON evidence_files
  WHEN EXISTS (SELECT 1 FROM score_sheets s JOIN checkpoints c ON c.round_id = s.round_id
                WHERE s.id = OLD.sheet_id AND c.unfrozen_at IS NULL)
BEGIN
  SELECT RAISE(ABORT, 'FROZEN');
END;

CREATE TRIGGER veto_resolutions_frozen_insert BEFORE INSERT ON veto_resolutions
  WHEN EXISTS (SELECT 1 FROM checkpoints c WHERE c.round_id = NEW.round_id AND c.unfrozen_at IS NULL)
BEGIN
  SELECT RAISE(ABORT, 'FROZEN');
END;
CREATE TRIGGER veto_resolutions_frozen_update BEFORE UPDATE ON veto_resolutions
  WHEN EXISTS (SELECT 1 FROM checkpoints c WHERE c.round_id IN (OLD.round_id, NEW.round_id)
                AND c.unfrozen_at IS NULL)
BEGIN
  SELECT RAISE(ABORT, 'FROZEN');
END;
CREATE TRIGGER veto_resolutions_frozen_delete BEFORE DELETE ON veto_resolutions
  WHEN EXISTS (SELECT 1 FROM checkpoints c WHERE c.round_id = OLD.round_id AND c.unfrozen_at IS NULL)
BEGIN
  SELECT RAISE(ABORT, 'FROZEN');
END;

CREATE TRIGGER meeting_decisions_frozen_insert BEFORE INSERT ON meeting_decisions
  WHEN EXISTS (SELECT 1 FROM checkpoints c WHERE c.round_id = NEW.round_id AND c.unfrozen_at IS NULL)
BEGIN
  SELECT RAISE(ABORT, 'FROZEN');
END;
-- A meeting on a frozen round is not reopened, and its agenda does not change.
CREATE TRIGGER meetings_frozen_update BEFORE UPDATE OF stage, round_id ON meetings
  WHEN EXISTS (SELECT 1 FROM checkpoints c WHERE c.round_id IN (OLD.round_id, NEW.round_id)
                AND c.unfrozen_at IS NULL)
BEGIN
  SELECT RAISE(ABORT, 'FROZEN');
END;
CREATE TRIGGER meeting_items_frozen_insert BEFORE INSERT ON meeting_items
  WHEN EXISTS (SELECT 1 FROM meetings m JOIN checkpoints c ON c.round_id = m.round_id
                WHERE m.id = NEW.meeting_id AND c.unfrozen_at IS NULL)
BEGIN
  SELECT RAISE(ABORT, 'FROZEN');
END;
CREATE TRIGGER meeting_items_frozen_delete BEFORE DELETE ON meeting_items
  WHEN EXISTS (SELECT 1 FROM meetings m JOIN checkpoints c ON c.round_id = m.round_id
                WHERE m.id = OLD.meeting_id AND c.unfrozen_at IS NULL)
BEGIN
  SELECT RAISE(ABORT, 'FROZEN');
END;

-- Who takes part and by which rubric: changing either changes the frozen results.
CREATE TRIGGER campaign_branches_frozen_insert BEFORE INSERT ON campaign_branches
  WHEN EXISTS (SELECT 1 FROM rounds r JOIN checkpoints c ON c.round_id = r.id
                WHERE r.campaign_id = NEW.campaign_id AND c.unfrozen_at IS NULL)
BEGIN
  SELECT RAISE(ABORT, 'FROZEN');
END;
CREATE TRIGGER campaign_branches_frozen_delete BEFORE DELETE ON campaign_branches
  WHEN EXISTS (SELECT 1 FROM rounds r JOIN checkpoints c ON c.round_id = r.id
                WHERE r.campaign_id = OLD.campaign_id AND c.unfrozen_at IS NULL)
BEGIN
  SELECT RAISE(ABORT, 'FROZEN');
END;
CREATE TRIGGER campaigns_frozen_update BEFORE UPDATE OF rubric_version_id, deciding_round_id ON campaigns
  WHEN (NEW.rubric_version_id IS NOT OLD.rubric_version_id
        OR NEW.deciding_round_id IS NOT OLD.deciding_round_id)
   AND EXISTS (SELECT 1 FROM rounds r JOIN checkpoints c ON c.round_id = r.id
                WHERE r.campaign_id = OLD.id AND c.unfrozen_at IS NULL)
BEGIN
  SELECT RAISE(ABORT, 'FROZEN');
END;
