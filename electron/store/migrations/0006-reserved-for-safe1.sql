-- 0006: RESERVED. Schema 6 belongs to branch `safe1` (0006-backfill-assignments.sql); this
-- placeholder only keeps the numbering gap-free on branch `rounds`, whose step is 0008.
-- When merging, delete this file and keep safe1's 0006: two files numbered 0006 make
-- parseMigrations throw at start-up, so a merge that keeps both cannot go unnoticed.
SELECT 1;
