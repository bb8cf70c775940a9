import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BACKFILL_CONFIRMER } from '../../../shared/domain/backfill';
import { MIGRATIONS, SCHEMA_VERSION } from '../../../electron/store/migrations';
import { migrate, openStore, schemaVersion } from '../../../electron/store/open';
import { tempDir } from '../support';
import { applyStep, fileAtSchema } from './schema-fixtures';
import { ASSIGNMENTS, rows, SCORES, SHEETS, sheetsAndScores } from './step-support';

let tmp: ReturnType<typeof tempDir>;
beforeEach(() => {
  tmp = tempDir();
});
afterEach(() => tmp.cleanup());

/**
 * A small file at a schema (one county round `rd` with one sheet of two scores) for the steps that test rows
 * of their own on top of it (0008's round kinds and conflict flags).
 */
function fileAt(version: number): string {
  const file = join(tmp.dir, `small-v${version}.sqlite`);
  const db = new Database(file);
  migrate(db, MIGRATIONS.slice(0, version));
  db.exec(`
    INSERT INTO org_units (id, kind, name, created_at) VALUES ('c', 'county', '甲县', 'now');
    INSERT INTO org_units (id, parent_id, kind, name, created_at) VALUES ('t', 'c', 'township', '乙镇', 'now');
    INSERT INTO org_units (id, parent_id, kind, branch_type, name, created_at) VALUES ('b', 't', 'branch', 'rural', '丙村', 'now');
    INSERT INTO rubric_versions (id, lineage_id, version, name, definition, max_points, created_at) VALUES ('r', 'l', 1, '细则', '{}', 0, 'now');
    INSERT INTO campaigns (id, name, year, county_id, rubric_version_id, created_at, updated_at) VALUES ('k', '批次', 2025, 'c', 'r', 'now', 'now');
    INSERT INTO rounds (id, campaign_id, kind, name, seq, created_at) VALUES ('rd', 'k', 'county', '县级审核', 1, 'now');
    INSERT INTO score_sheets (id, round_id, branch_id, created_at, updated_at) VALUES ('s', 'rd', 'b', 'now', 'now');
    INSERT INTO scores (sheet_id, item_code, points, input, updated_at) VALUES ('s', 'P', 850, NULL, 'now');
    INSERT INTO scores (sheet_id, item_code, points, input, updated_at) VALUES ('s', 'V', 0, '{"triggered":true,"reason":"x"}', 'now');
  `);
  db.close();
  return file;
}

describe('each migration step keeps the data of the schema before it', () => {
  it('has a step test below for every migration file', () => {
    expect(MIGRATIONS.map((m) => `${m.version}-${m.name}`)).toEqual([
      '1-initial',
      '2-rating-engine',
      '3-packed-sheets',
      '4-assignments',
      '5-evidence',
      '6-backfill-assignments',
      '7-counties',
      '8-round-rules',
      '9-meetings',
      '10-publication',
      '11-audit-chain',
      '12-checkpoints',
      '13-naming-sent-up',
      '14-change-log',
    ]);
  });

  it('0001 turns a brand-new file into schema 1 whose rules hold', () => {
    const db = applyStep(fileAtSchema(tmp.dir, 0), 1);
    expect(schemaVersion(db)).toBe(1);
    db.exec(
      `INSERT INTO org_units (id, kind, name, created_at) VALUES ('c', 'county', '青山县', 'x')`,
    );
    expect(() =>
      db.exec(`INSERT INTO org_units (id, parent_id, kind, name, created_at)
               VALUES ('b', 'c', 'branch', '石门村', 'x')`),
    ).toThrow(/CHECK/);
    expect(rows(db, 'SELECT name FROM org_units')).toEqual([{ name: '青山县' }]);
    db.close();
  });

  it('0002 backfills veto facts from the entered input and keeps every sheet and score', () => {
    const before = sheetsAndScores(tmp.dir);
    const db = applyStep(fileAtSchema(tmp.dir, 1), 2);
    expect(rows(db, SHEETS)).toEqual(before.sheets);
    expect(rows(db, SCORES)).toEqual(before.scores);
    expect(rows(db, 'SELECT sheet_id, item_code, fact FROM scores ORDER BY 1, 2')).toEqual([
      { sheet_id: 's1', item_code: 'P', fact: null },
      { sheet_id: 's1', item_code: 'V', fact: 1 },
      { sheet_id: 's7', item_code: 'P', fact: null },
      { sheet_id: 's7', item_code: 'V', fact: 0 },
    ]);
    expect(rows(db, 'SELECT previous_campaign_id FROM campaigns')).toEqual([
      { previous_campaign_id: null },
    ]);
    db.close();
  });

  it('0003 adds empty packs to the sheets of schema 2, and a later score change clears one', () => {
    const before = sheetsAndScores(tmp.dir);
    const db = applyStep(fileAtSchema(tmp.dir, 2), 3);
    expect(rows(db, SHEETS)).toEqual(before.sheets);
    expect(rows(db, SCORES)).toEqual(before.scores);
    expect(rows(db, 'SELECT reason FROM veto_resolutions')).toEqual([{ reason: '已整改到位' }]);
    expect(rows(db, 'SELECT count FROM plan_targets')).toEqual([{ count: 2 }]);
    expect(rows(db, 'SELECT count(*) AS n FROM score_sheets WHERE packed IS NOT NULL')).toEqual([
      { n: 0 },
    ]);
    db.prepare(`UPDATE score_sheets SET packed = x'00', packed_rubric = 'r' WHERE id = 's1'`).run();
    db.prepare(`UPDATE scores SET points = 900 WHERE sheet_id = 's1' AND item_code = 'P'`).run();
    expect(rows(db, `SELECT packed FROM score_sheets WHERE id = 's1'`)).toEqual([{ packed: null }]);
    db.close();
  });

  it('0004 keeps every sheet, score and pack and starts an assignments table that needs a confirmed reason for a conflict', () => {
    const before = sheetsAndScores(tmp.dir);
    const db = applyStep(fileAtSchema(tmp.dir, 3), 4);
    expect(rows(db, SHEETS)).toEqual(before.sheets);
    expect(rows(db, SCORES)).toEqual(before.scores);
    expect(rows(db, `SELECT packed_rubric FROM score_sheets WHERE id = 's7'`)).toEqual([
      { packed_rubric: 'r' },
    ]);
    // Empty: this is what locked evaluators out until 0006.
    expect(rows(db, ASSIGNMENTS)).toEqual([]);
    expect(() =>
      db.exec(`INSERT INTO assignments (round_id, evaluator_id, branch_id, conflict, created_at)
               VALUES ('rd', 'e-own', 'b1', 'own-branch', 'x')`),
    ).toThrow(/CHECK/);
    db.prepare(`DELETE FROM rounds WHERE id = 'rd'`).run();
    expect(rows(db, SHEETS)).toEqual([]);
    db.close();
  });

  it('0005 keeps the assignments of schema 4 and stores evidence only with its exact bytes', () => {
    const before = sheetsAndScores(tmp.dir);
    const db = applyStep(fileAtSchema(tmp.dir, 4), 5);
    expect(rows(db, SHEETS)).toEqual(before.sheets);
    expect(rows(db, SCORES)).toEqual(before.scores);
    expect(rows(db, ASSIGNMENTS)).toEqual([
      { evaluator_id: 'e-town', branch_id: 'b1', conflict: 'own-township', confirmed_by: 'tester' },
    ]);
    expect(rows(db, 'SELECT count(*) AS n FROM evidence_files')).toEqual([{ n: 0 }]);
    const insert = `INSERT INTO evidence_files (id, sheet_id, file_name, mime_type, size_bytes, sha256, content, uploaded_by, created_at)
                    VALUES ('ev', 's1', 'a.pdf', 'application/pdf', ?, '${'b'.repeat(64)}', x'25504446', 't', 'x')`;
    expect(() => db.prepare(insert).run(5)).toThrow(/CHECK/);
    db.prepare(insert).run(4);
    db.prepare(`DELETE FROM score_sheets WHERE id = 's1'`).run();
    expect(rows(db, 'SELECT count(*) AS n FROM evidence_files')).toEqual([{ n: 0 }]);
    db.close();
  });

  it('0006 gives every evaluator of schema 5 the assignment their sheet implies, flags conflicts and respects a removal', () => {
    const before = sheetsAndScores(tmp.dir);
    const db = applyStep(fileAtSchema(tmp.dir, 5), 6);
    expect(rows(db, SHEETS)).toEqual(before.sheets);
    expect(rows(db, SCORES)).toEqual(before.scores);
    expect(rows(db, 'SELECT file_name, length(content) AS size FROM evidence_files')).toEqual([
      { file_name: '会议记录.pdf', size: 4 },
    ]);
    expect(rows(db, ASSIGNMENTS)).toEqual([
      { evaluator_id: 'e-county', branch_id: 'b1', conflict: null, confirmed_by: null },
      {
        evaluator_id: 'e-neigh',
        branch_id: 'b1',
        conflict: 'own-township',
        confirmed_by: BACKFILL_CONFIRMER,
      },
      {
        evaluator_id: 'e-own',
        branch_id: 'b1',
        conflict: 'own-branch',
        confirmed_by: BACKFILL_CONFIRMER,
      },
      // Confirmed by hand under schema 4: left exactly as it was.
      { evaluator_id: 'e-town', branch_id: 'b1', conflict: 'own-township', confirmed_by: 'tester' },
      { evaluator_id: 'e-county', branch_id: 'b2', conflict: null, confirmed_by: null },
      // e-none's assignment to b3 was removed by hand under schema 4 and stays removed.
      { evaluator_id: 'e-town', branch_id: 'b3', conflict: null, confirmed_by: null },
    ]);
    expect(
      rows(
        db,
        `SELECT conflict_reason FROM assignments WHERE evaluator_id = 'e-town' AND branch_id = 'b1'`,
      ),
    ).toEqual([{ conflict_reason: '人员不足，经部务会同意' }]);
    // Each backfilled pair has the sheet's own date and a line in its branch's trail.
    expect(rows(db, `SELECT created_at FROM assignments WHERE evaluator_id = 'e-own'`)).toEqual([
      { created_at: '2024-05-07T03:00:00.000Z' },
    ]);
    expect(
      rows(
        db,
        `SELECT entity_id, actor, json_extract(after, '$.evaluatorId') AS evaluator,
                json_extract(after, '$.conflict') AS conflict
           FROM audit_log WHERE action = 'backfill-assignment' ORDER BY entity_id, evaluator`,
      ),
    ).toEqual([
      { entity_id: 'b1', actor: BACKFILL_CONFIRMER, evaluator: 'e-county', conflict: null },
      {
        entity_id: 'b1',
        actor: BACKFILL_CONFIRMER,
        evaluator: 'e-neigh',
        conflict: 'own-township',
      },
      { entity_id: 'b1', actor: BACKFILL_CONFIRMER, evaluator: 'e-own', conflict: 'own-branch' },
      { entity_id: 'b2', actor: BACKFILL_CONFIRMER, evaluator: 'e-county', conflict: null },
      { entity_id: 'b3', actor: BACKFILL_CONFIRMER, evaluator: 'e-town', conflict: null },
    ]);
    expect(rows(db, `SELECT name FROM sqlite_temp_schema`)).toEqual([]);
    db.close();
  });

  it('0007 makes a demo county that holds real work real, with everything under it', () => {
    const file = join(tmp.dir, 'v6.sqlite');
    const raw = new Database(file);
    migrate(raw, MIGRATIONS.slice(0, 6));
    raw.exec(`
      INSERT INTO org_units (id, kind, name, is_demo, created_at) VALUES ('c', 'county', '示例县', 1, 'now');
      INSERT INTO org_units (id, parent_id, kind, name, is_demo, created_at) VALUES ('t', 'c', 'township', '乙镇', 1, 'now');
      INSERT INTO org_units (id, parent_id, kind, branch_type, name, is_demo, created_at) VALUES ('b', 't', 'branch', 'rural', '丙村', 1, 'now');
      INSERT INTO org_units (id, kind, name, is_demo, created_at) VALUES ('d', 'county', '示例县', 1, 'now');
      INSERT INTO org_units (id, parent_id, kind, name, is_demo, created_at) VALUES ('dt', 'd', 'township', '丁镇', 1, 'now');
      INSERT INTO rubric_versions (id, lineage_id, version, name, definition, max_points, created_at) VALUES ('r', 'l', 1, '细则', '{}', 0, 'now');
      INSERT INTO campaigns (id, name, year, county_id, rubric_version_id, is_demo, created_at, updated_at) VALUES ('demo', '示例', 2025, 'c', 'r', 1, 'now', 'now');
      INSERT INTO campaigns (id, name, year, county_id, rubric_version_id, is_demo, created_at, updated_at) VALUES ('real', '真的', 2026, 'c', 'r', 0, 'now', 'now');
      INSERT INTO campaigns (id, name, year, county_id, rubric_version_id, is_demo, created_at, updated_at) VALUES ('demo2', '示例', 2025, 'd', 'r', 1, 'now', 'now');
    `);
    raw.close();
    const db = openStore(file);
    expect(db.prepare('SELECT id, is_demo FROM org_units ORDER BY id').all()).toEqual([
      { id: 'b', is_demo: 0 },
      { id: 'c', is_demo: 0 },
      { id: 'd', is_demo: 1 },
      { id: 'dt', is_demo: 1 },
      { id: 't', is_demo: 0 },
    ]);
    expect(db.prepare('SELECT id, is_demo FROM campaigns ORDER BY id').all()).toEqual([
      { id: 'demo', is_demo: 1 },
      { id: 'demo2', is_demo: 1 },
      { id: 'real', is_demo: 0 },
    ]);
    db.close();
  });

  it('0007 keeps the demo apart from real data and gives only counties a code and department', () => {
    const db = openStore(fileAtSchema(tmp.dir, 6));
    db.exec(
      `INSERT INTO org_units (id, kind, name, is_demo, created_at) VALUES ('x', 'county', '示例县', 1, 'now')`,
    );
    expect(() =>
      db.exec(`INSERT INTO campaigns (id, name, year, county_id, rubric_version_id, created_at, updated_at)
               VALUES ('k2', '真的', 2026, 'x', 'r', 'now', 'now')`),
    ).toThrow(/never mix/);
    expect(() =>
      db.exec(`INSERT INTO campaigns (id, name, year, county_id, rubric_version_id, is_demo, created_at, updated_at)
               VALUES ('k3', '示例', 2026, 'c', 'r', 1, 'now', 'now')`),
    ).toThrow(/never mix/);
    expect(() =>
      db.exec(
        `INSERT INTO org_units (id, parent_id, kind, name, created_at) VALUES ('xt', 'x', 'township', '戊镇', 'now')`,
      ),
    ).toThrow(/never mix/);
    expect(() => db.exec(`UPDATE org_units SET parent_id = 'x' WHERE id = 't1'`)).toThrow(
      /never mix/,
    );
    db.exec(
      `UPDATE org_units SET admin_code = '411421', department = '中共青山县委组织部' WHERE id = 'c'`,
    );
    expect(() => db.exec(`UPDATE org_units SET admin_code = '411421' WHERE id = 't1'`)).toThrow(
      /CHECK/,
    );
    expect(() => db.exec(`UPDATE org_units SET admin_code = '41142a' WHERE id = 'c'`)).toThrow(
      /CHECK/,
    );
    expect(() => db.exec(`UPDATE org_units SET department = '组织部' WHERE id = 'b1'`)).toThrow(
      /CHECK/,
    );
    expect(
      db.prepare("SELECT name, admin_code, department FROM org_units WHERE id = 'c'").get(),
    ).toEqual({
      name: '青山县',
      admin_code: '411421',
      department: '中共青山县委组织部',
    });
    db.close();
  });
  it('0008 gives each round the conflict rule of its kind and lifts the township round’s own-township flags, recording them', () => {
    const file = fileAt(7);
    const before = new Database(file);
    before.exec(`
      INSERT INTO org_units (id, parent_id, kind, branch_type, name, created_at) VALUES ('b2', 't', 'branch', 'rural', '丁村', 'now');
      INSERT INTO rounds (id, campaign_id, kind, name, seq, created_at) VALUES ('rs', 'k', 'self', '自评', 2, 'now');
      INSERT INTO rounds (id, campaign_id, kind, name, seq, created_at) VALUES ('rt', 'k', 'township', '乡镇初评', 3, 'now');
      INSERT INTO evaluators (id, name, unit_id, created_at) VALUES ('e', '乙镇干部', 't', 'now');
      INSERT INTO evaluators (id, name, unit_id, created_at) VALUES ('v', '丙村书记', 'b', 'now');
      INSERT INTO assignments (round_id, evaluator_id, branch_id, conflict, conflict_reason, confirmed_by, created_at)
        VALUES ('rd', 'e', 'b', 'own-township', '人员不足', '张三', 'now'),
               ('rt', 'e', 'b', 'own-township', '乡镇初评本就如此', '张三', 'now'),
               ('rt', 'e', 'b2', 'own-township', '乡镇初评本就如此', '张三', 'now'),
               ('rt', 'v', 'b', 'own-branch', '本村书记', '李四', 'now');
    `);
    before.close();
    const db = openStore(file);
    expect(db.prepare('SELECT id, conflict_scope FROM rounds ORDER BY seq').all()).toEqual([
      { id: 'rd', conflict_scope: 'township' },
      { id: 'rs', conflict_scope: 'none' },
      { id: 'rt', conflict_scope: 'branch' },
    ]);
    expect(
      db
        .prepare(
          'SELECT round_id, evaluator_id, branch_id, conflict, conflict_reason, confirmed_by FROM assignments ORDER BY round_id, evaluator_id, branch_id',
        )
        .all(),
    ).toEqual([
      {
        round_id: 'rd',
        evaluator_id: 'e',
        branch_id: 'b',
        conflict: 'own-township',
        conflict_reason: '人员不足',
        confirmed_by: '张三',
      },
      {
        round_id: 'rt',
        evaluator_id: 'e',
        branch_id: 'b',
        conflict: null,
        conflict_reason: null,
        confirmed_by: null,
      },
      {
        round_id: 'rt',
        evaluator_id: 'e',
        branch_id: 'b2',
        conflict: null,
        conflict_reason: null,
        confirmed_by: null,
      },
      {
        round_id: 'rt',
        evaluator_id: 'v',
        branch_id: 'b',
        conflict: 'own-branch',
        conflict_reason: '本村书记',
        confirmed_by: '李四',
      },
    ]);
    const trail = db
      .prepare(
        "SELECT actor, entity, entity_id, before FROM audit_log WHERE action = 'clear-conflict' ORDER BY seq",
      )
      .all() as { actor: string; entity: string; entity_id: string; before: string }[];
    expect(trail.map((t) => [t.actor, t.entity, t.entity_id])).toEqual([
      ['migration-0008', 'branch', 'b'],
      ['migration-0008', 'branch', 'b2'],
    ]);
    expect(JSON.parse(trail[0]!.before)).toEqual({
      roundId: 'rt',
      evaluatorId: 'e',
      conflict: 'own-township',
      conflictReason: '乡镇初评本就如此',
      confirmedBy: '张三',
    });
    // Every sheet and score is still there, and the rule is checked.
    expect(db.prepare('SELECT count(*) AS n FROM scores').get()).toEqual({ n: 2 });
    expect(() => db.exec("UPDATE rounds SET conflict_scope = 'village' WHERE id = 'rd'")).toThrow(
      /CHECK/,
    );
    db.close();
  });
  // 0009–0013: migration-steps-later.test.ts.
});

describe('upgrading from every earlier schema to the latest', () => {
  for (let version = 0; version < SCHEMA_VERSION; version += 1) {
    it(`a file at schema ${version} ends at the latest schema with its sheets and scores`, () => {
      const expected = version === 0 ? { sheets: [], scores: [] } : sheetsAndScores(tmp.dir);
      const db = openStore(fileAtSchema(tmp.dir, version));
      expect(schemaVersion(db)).toBe(SCHEMA_VERSION);
      expect(rows(db, SHEETS)).toEqual(expected.sheets);
      expect(rows(db, SCORES)).toEqual(expected.scores);
      const { n } = db
        .prepare(
          `SELECT count(*) AS n FROM score_sheets s WHERE s.evaluator_id IS NOT NULL AND NOT EXISTS
             (SELECT 1 FROM assignments a WHERE a.round_id = s.round_id
                 AND a.evaluator_id = s.evaluator_id AND a.branch_id = s.branch_id)`,
        )
        .get() as { n: number };
      // From schema 1-3 every evaluator keeps every sheet; from 4-5 only the hand-removed one stays out.
      expect(n).toBe(version >= 4 ? 1 : 0);
      db.close();
    });
  }
});
