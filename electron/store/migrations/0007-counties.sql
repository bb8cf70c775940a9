-- 0007: a county of one's own (issue #11). A county office starts from an empty file, sets up
-- its county with its administrative code and the organization department printed on exports,
-- and never mixes its data with the demo's.

-- Only a county has a code (行政区划代码, 6 to 12 digits) and a department name (中共××县委组织部).
ALTER TABLE org_units ADD COLUMN admin_code TEXT
  CHECK (admin_code IS NULL OR (kind = 'county' AND length(admin_code) BETWEEN 6 AND 12
                                AND admin_code NOT GLOB '*[^0-9]*'));
ALTER TABLE org_units ADD COLUMN department TEXT
  CHECK (department IS NULL OR (kind = 'county' AND length(department) BETWEEN 1 AND 100));

-- Until now the only way to start a real year was to create it under the demo county. Such a
-- county holds real work: it and everything under it become real data (the user can rename
-- it now). Its demo campaign stays a demo campaign; deleting the demo no longer takes the units.
CREATE TEMP TABLE real_counties_0007 AS
  SELECT DISTINCT county_id AS id FROM campaigns WHERE is_demo = 0;
UPDATE org_units SET is_demo = 0
 WHERE is_demo = 1
   AND (id IN (SELECT id FROM real_counties_0007)
        OR parent_id IN (SELECT id FROM real_counties_0007)
        OR parent_id IN (SELECT t.id FROM org_units t
                          WHERE t.parent_id IN (SELECT id FROM real_counties_0007)));
DROP TABLE real_counties_0007;

-- From now on the demo and real data never mix: a campaign lives in a county of its own kind,
-- and a unit has its parent's kind. The services refuse first, with a translated reason; these
-- triggers are the last line for any other writer. (A missing parent is the foreign key's to refuse.)
CREATE TRIGGER campaigns_demo_apart BEFORE INSERT ON campaigns
  WHEN NEW.is_demo IS NOT coalesce((SELECT is_demo FROM org_units WHERE id = NEW.county_id), NEW.is_demo)
BEGIN
  SELECT RAISE(ABORT, 'demo and real data never mix: the campaign and its county differ');
END;
CREATE TRIGGER org_units_demo_apart_insert BEFORE INSERT ON org_units
  WHEN NEW.parent_id IS NOT NULL
   AND NEW.is_demo IS NOT coalesce((SELECT is_demo FROM org_units WHERE id = NEW.parent_id), NEW.is_demo)
BEGIN
  SELECT RAISE(ABORT, 'demo and real data never mix: a unit and its parent differ');
END;
CREATE TRIGGER org_units_demo_apart_move BEFORE UPDATE OF parent_id ON org_units
  WHEN NEW.parent_id IS NOT NULL
   AND NEW.is_demo IS NOT coalesce((SELECT is_demo FROM org_units WHERE id = NEW.parent_id), NEW.is_demo)
BEGIN
  SELECT RAISE(ABORT, 'demo and real data never mix: a unit and its parent differ');
END;
