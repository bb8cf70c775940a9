-- 0003: a packed copy of each sheet's values, so a province ranking reads 138,000 sheet rows
-- instead of 8 million score rows. Derived data: the scores table stays the truth; the pack
-- names the rubric version whose item order it follows and is ignored when that differs.
ALTER TABLE score_sheets ADD COLUMN packed BLOB;
ALTER TABLE score_sheets ADD COLUMN packed_rubric TEXT;

-- Whoever changes a score (the app, another tool, a hand edit) clears that sheet's pack in the
-- same transaction, so a pack can never disagree with the scores; the app repacks right after.
-- The WHEN clause keeps bulk inserts into unpacked sheets cheap.
CREATE TRIGGER scores_clear_pack_insert AFTER INSERT ON scores
  WHEN (SELECT packed FROM score_sheets WHERE id = NEW.sheet_id) IS NOT NULL
BEGIN
  UPDATE score_sheets SET packed = NULL, packed_rubric = NULL WHERE id = NEW.sheet_id;
END;
CREATE TRIGGER scores_clear_pack_update AFTER UPDATE ON scores
  WHEN (SELECT packed FROM score_sheets WHERE id = NEW.sheet_id) IS NOT NULL
BEGIN
  UPDATE score_sheets SET packed = NULL, packed_rubric = NULL WHERE id = NEW.sheet_id;
END;
CREATE TRIGGER scores_clear_pack_delete AFTER DELETE ON scores
  WHEN (SELECT packed FROM score_sheets WHERE id = OLD.sheet_id) IS NOT NULL
BEGIN
  UPDATE score_sheets SET packed = NULL, packed_rubric = NULL WHERE id = OLD.sheet_id;
END;
