-- 0007: RESERVED. Schema 7 belongs to branch `county` (0007-counties.sql); this placeholder
-- only keeps the numbering gap-free on branch `rounds`, whose step is 0008.
-- When merging, delete this file and keep county's 0007: two files numbered 0007 make
-- parseMigrations throw at start-up, so a merge that keeps both cannot go unnoticed.
SELECT 1;
