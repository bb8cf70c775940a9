import Database from 'better-sqlite3';
import { join } from 'node:path';
import { MIGRATIONS } from '../../../electron/store/migrations';
import { migrate } from '../../../electron/store/open';

export const AT = '2024-05-06T07:08:09.000Z';

/**
 * A county as a real one would have it, written with the SQL of the schema it is at (so each
 * migration step starts from data that schema could hold). Evaluators come from the county
 * office, a township office, a branch itself and a neighbouring branch, so every kind of
 * conflict of interest occurs.
 */
const BASE = `
  INSERT INTO org_units (id, kind, name, created_at) VALUES ('c', 'county', '青山县', '${AT}');
  INSERT INTO org_units (id, parent_id, kind, name, created_at) VALUES
    ('t1', 'c', 'township', '云溪镇', '${AT}'),
    ('t2', 'c', 'township', '石门乡', '${AT}');
  INSERT INTO org_units (id, parent_id, kind, branch_type, name, created_at) VALUES
    ('b1', 't1', 'branch', 'rural', '石门村', '${AT}'),
    ('b2', 't1', 'branch', 'rural', '柳湾村', '${AT}'),
    ('b3', 't2', 'branch', 'community', '河口社区', '${AT}');
  INSERT INTO evaluators (id, name, unit_id, created_at) VALUES
    ('e-county', '县委组织部 王', 'c', '${AT}'),
    ('e-town', '云溪镇 李', 't1', '${AT}'),
    ('e-own', '石门村 张', 'b1', '${AT}'),
    ('e-neigh', '柳湾村 赵', 'b2', '${AT}'),
    ('e-none', '外聘 孙', NULL, '${AT}');
  INSERT INTO rubric_versions (id, lineage_id, version, name, definition, max_points, created_at)
    VALUES ('r', 'l', 1, '细则', '{}', 0, '${AT}');
  INSERT INTO campaigns (id, name, year, county_id, rubric_version_id, created_at, updated_at)
    VALUES ('k', '2024 年度评定', 2024, 'c', 'r', '${AT}', '${AT}');
  INSERT INTO campaign_branches (campaign_id, branch_id) VALUES ('k', 'b1'), ('k', 'b2'), ('k', 'b3');
  INSERT INTO campaign_evaluators (campaign_id, evaluator_id)
    SELECT 'k', id FROM evaluators;
  INSERT INTO rounds (id, campaign_id, kind, name, seq, created_at)
    VALUES ('rd', 'k', 'county', '县级审核', 1, '${AT}');
  INSERT INTO score_sheets (id, round_id, branch_id, evaluator_id, status, created_at, updated_at) VALUES
    ('s-self', 'rd', 'b1', NULL, 'draft', '2024-05-07T00:00:00.000Z', '${AT}'),
    ('s1', 'rd', 'b1', 'e-county', 'draft', '2024-05-07T01:00:00.000Z', '${AT}'),
    ('s2', 'rd', 'b1', 'e-town', 'draft', '2024-05-07T02:00:00.000Z', '${AT}'),
    ('s3', 'rd', 'b1', 'e-own', 'draft', '2024-05-07T03:00:00.000Z', '${AT}'),
    ('s4', 'rd', 'b1', 'e-neigh', 'draft', '2024-05-07T04:00:00.000Z', '${AT}'),
    ('s5', 'rd', 'b3', 'e-town', 'draft', '2024-05-07T05:00:00.000Z', '${AT}'),
    ('s6', 'rd', 'b3', 'e-none', 'draft', '2024-05-07T06:00:00.000Z', '${AT}'),
    ('s7', 'rd', 'b2', 'e-county', 'submitted', '2024-05-07T07:00:00.000Z', '${AT}');
  INSERT INTO scores (sheet_id, item_code, points, input, updated_at) VALUES
    ('s1', 'P', 850, NULL, '${AT}'),
    ('s1', 'V', 0, '{"triggered":true,"reason":"x"}', '${AT}'),
    ('s7', 'P', 1000, NULL, '${AT}'),
    ('s7', 'V', 0, '{"triggered":false}', '${AT}');
  INSERT INTO audit_log (at, actor, action, entity, entity_id, after)
    VALUES ('${AT}', 'tester', 'open', 'sheet', 's1', '{"roundId":"rd"}');
`;

/** What each later schema adds to the county's file, applied once the file is at that schema. */
const EXTRAS: Record<number, string> = {
  2: `
    INSERT INTO veto_resolutions (id, round_id, branch_id, item_code, reason, resolved_by, resolved_at)
      VALUES ('vr', 'rd', 'b1', 'V', '已整改到位', 'tester', '${AT}');
    INSERT INTO plan_targets (campaign_id, township_id, target_kind, target, count)
      VALUES ('k', 't1', 'level', '5', 2);
  `,
  3: `UPDATE score_sheets SET packed = x'0102', packed_rubric = 'r' WHERE id = 's7';`,
  4: `
    -- Assigned by hand under schema 4: a confirmed conflict, which the upgrade must leave alone.
    INSERT INTO assignments (round_id, evaluator_id, branch_id, conflict, conflict_reason, confirmed_by, created_at)
      VALUES ('rd', 'e-town', 'b1', 'own-township', '人员不足，经部务会同意', 'tester', '${AT}');
    -- Removed by hand under schema 4 while the draft stayed: the upgrade must not bring it back.
    INSERT INTO audit_log (at, actor, action, entity, entity_id, before)
      VALUES ('${AT}', 'tester', 'remove-assignment', 'branch', 'b3',
              '{"roundId":"rd","evaluatorId":"e-none","conflict":null,"conflictReason":null}');
  `,
  5: `
    INSERT INTO evidence_files (id, sheet_id, item_code, file_name, mime_type, size_bytes, sha256, content, uploaded_by, created_at)
      VALUES ('ev', 's1', 'P', '会议记录.pdf', 'application/pdf', 4, '${'a'.repeat(64)}', x'25504446', 'tester', '${AT}');
  `,
};

/**
 * A file at schema `version` filled as that schema allows; for 0 the path of a file that does
 * not exist yet, as on a first start.
 */
export function fileAtSchema(dir: string, version: number, name = `v${version}.sqlite`): string {
  const file = join(dir, name);
  if (version === 0) return file;
  const db = new Database(file);
  try {
    migrate(db, MIGRATIONS.slice(0, 1));
    db.exec(BASE);
    for (let v = 2; v <= version; v += 1) {
      migrate(db, MIGRATIONS.slice(0, v));
      const extra = EXTRAS[v];
      if (extra) db.exec(extra);
    }
    return file;
  } finally {
    db.close();
  }
}

/** Applies exactly the one migration step that produces `version`. */
export function applyStep(file: string, version: number): Database.Database {
  const db = new Database(file);
  db.pragma('foreign_keys = ON');
  migrate(db, MIGRATIONS.slice(0, version));
  return db;
}
