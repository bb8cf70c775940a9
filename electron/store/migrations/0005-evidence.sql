-- 0005: evidence files (photos, scanned minutes, PDFs) attached to a score sheet or one of its
-- items. The bytes live in the database so a copied database carries its evidence along. A file
-- is never replaced in place: a new upload is a new row, and removing one only marks it, so what
-- an evaluator saw when scoring can always be shown again.
CREATE TABLE evidence_files (
  id TEXT PRIMARY KEY,
  sheet_id TEXT NOT NULL REFERENCES score_sheets (id) ON DELETE CASCADE,
  -- NULL when the file belongs to the whole sheet rather than one item.
  item_code TEXT,
  file_name TEXT NOT NULL CHECK (length(file_name) BETWEEN 1 AND 255),
  mime_type TEXT NOT NULL,
  size_bytes INTEGER NOT NULL CHECK (size_bytes >= 0),
  sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
  content BLOB NOT NULL,
  uploaded_by TEXT NOT NULL,
  created_at TEXT NOT NULL,
  removed_at TEXT,
  removed_by TEXT,
  remove_reason TEXT,
  CHECK (length(content) = size_bytes)
) STRICT;
CREATE INDEX evidence_files_sheet ON evidence_files (sheet_id, item_code);
