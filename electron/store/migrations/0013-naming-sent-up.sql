-- 0013: what a naming (命名) sent up for the city to name (报市级命名), by level, as
-- [{"level":5,"branchIds":["…"]}]. The county-named levels are in star_history; this keeps the
-- rest, so a later naming of the same notice (a branch cleared after an objection) does not
-- send the same branches up again. Earlier namings read as having sent nobody up.
ALTER TABLE namings ADD COLUMN sent_up TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(sent_up));
