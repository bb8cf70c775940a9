-- The audit log becomes a hash chain: each entry stores the hash of the entry before it and its
-- own hash over a canonical form (electron/store/audit-chain.ts). The existing entries are chained
-- in order by the step's hook in the same transaction (SQLite has no SHA-256).
ALTER TABLE audit_log ADD COLUMN prev_hash TEXT;
ALTER TABLE audit_log ADD COLUMN hash TEXT;

-- Append-only: an entry is never changed or removed. The one UPDATE allowed gives an entry made
-- before this schema its hashes, once, without touching what it says.
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
  WHEN OLD.hash IS NOT NULL
    OR NEW.seq IS NOT OLD.seq OR NEW.at IS NOT OLD.at OR NEW.actor IS NOT OLD.actor
    OR NEW.action IS NOT OLD.action OR NEW.entity IS NOT OLD.entity
    OR NEW.entity_id IS NOT OLD.entity_id OR NEW.before IS NOT OLD.before
    OR NEW.after IS NOT OLD.after OR NEW.reason IS NOT OLD.reason
BEGIN
  SELECT RAISE(ABORT, 'audit_log is append-only');
END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
  SELECT RAISE(ABORT, 'audit_log is append-only');
END;
