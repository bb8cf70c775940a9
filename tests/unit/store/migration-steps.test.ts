import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BACKFILL_CONFIRMER } from '../../../shared/domain/backfill';
import { MIGRATIONS, SCHEMA_VERSION } from '../../../electron/store/migrations';
import { migrate, openStore, schemaVersion } from '../../../electron/store/open';
import { tempDir } from '../support';
import type { ChainedFields } from '../../../electron/store/audit-chain';
import { auditEntryHash } from '../../../electron/store/audit-chain';
import { verifyAuditChain } from '../../../electron/services/integrity';
import { applyStep, fileAtSchema } from './schema-fixtures';

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

function rows(db: Database.Database, sql: string): unknown[] {
  return db.prepare(sql).all();
}

const SHEETS = 'SELECT id, branch_id, evaluator_id, status FROM score_sheets ORDER BY id';
const SCORES = 'SELECT sheet_id, item_code, points FROM scores ORDER BY sheet_id, item_code';
const ASSIGNMENTS = `SELECT evaluator_id, branch_id, conflict, confirmed_by FROM assignments
                      ORDER BY branch_id, evaluator_id`;

/** The sheets and scores every schema holds, read at schema 1, to compare after each step. */
function sheetsAndScores(): { sheets: unknown[]; scores: unknown[] } {
  const db = applyStep(fileAtSchema(tmp.dir, 1, 'reference.sqlite'), 1);
  try {
    return { sheets: rows(db, SHEETS), scores: rows(db, SCORES) };
  } finally {
    db.close();
  }
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
    const before = sheetsAndScores();
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
    const before = sheetsAndScores();
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
    const before = sheetsAndScores();
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
    const before = sheetsAndScores();
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
    const before = sheetsAndScores();
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

  it('0009 keeps every sheet and score and stores meeting decisions only as append-only versions with consistent votes', () => {
    const before = sheetsAndScores();
    const db = applyStep(fileAtSchema(tmp.dir, 8), 9);
    expect(rows(db, SHEETS)).toEqual(before.sheets);
    expect(rows(db, SCORES)).toEqual(before.scores);
    db.exec(`
      INSERT INTO meetings (id, campaign_id, round_id, title, held_on, created_at)
        VALUES ('m', 'k', 'rd', '评审会', '2025-12-10', 'now');
      INSERT INTO meeting_items (id, meeting_id, branch_id, seq, reasons) VALUES ('i', 'm', 'b1', 1, '["border"]');
    `);
    const decision = (
      id: string,
      version: number,
      votesFor: number,
      outcome = 'keep',
      level: string = '3',
    ) =>
      db.exec(`INSERT INTO meeting_decisions (id, meeting_id, item_id, round_id, branch_id, version, outcome,
                 computed_level, decided_level, votes_for, votes_against, votes_abstain, present, recused,
                 decided_by, decided_at)
               VALUES ('${id}', 'm', 'i', 'rd', 'b1', ${version}, '${outcome}', 3, ${level}, ${votesFor}, 0, 0, 4, 1, '王', 'now')`);
    decision('d1', 1, 3);
    // More votes than members present and not recused, a level on a deferral, a version twice.
    expect(() => decision('d2', 2, 4)).toThrow(/CHECK/);
    expect(() => decision('d2', 2, 2, 'defer', '3')).toThrow(/CHECK/);
    expect(() => decision('d2', 1, 2)).toThrow(/UNIQUE/);
    decision('d2', 2, 2, 'defer', 'NULL');
    expect(() => db.exec(`UPDATE meeting_decisions SET reason = 'x' WHERE id = 'd1'`)).toThrow(
      /append-only/,
    );
    expect(() => db.exec(`DELETE FROM meeting_decisions WHERE id = 'd1'`)).toThrow(/append-only/);
    expect(() => db.exec(`UPDATE meetings SET stage = 'done' WHERE id = 'm'`)).toThrow(/CHECK/);
    // Deleting the campaign takes its meetings and their decisions with it.
    db.pragma('foreign_keys = ON');
    db.exec(`DELETE FROM meetings WHERE id = 'm'`);
    expect(rows(db, 'SELECT id FROM meeting_decisions')).toEqual([]);
    db.close();
  });
  it('0010 keeps every sheet and score, copies the notice list, keeps objection steps append-only and one named level a year', () => {
    const before = sheetsAndScores();
    const db = applyStep(fileAtSchema(tmp.dir, 9), 10);
    expect(rows(db, SHEETS)).toEqual(before.sheets);
    expect(rows(db, SCORES)).toEqual(before.scores);
    const notice = (id: string, version: number, start: string, end: string, days = 5) =>
      db.exec(`INSERT INTO notices (id, round_id, version, title, start_day, end_day, working_days, channels, created_by, created_at)
               VALUES ('${id}', 'rd', ${version}, '公示', '${start}', '${end}', ${days}, '{}', '王', 'now')`);
    notice('n', 1, '2025-09-29', '2025-10-11');
    // An end before the start, a length outside 3–7 days, the same version twice.
    expect(() => notice('n2', 2, '2025-10-11', '2025-09-29')).toThrow(/CHECK/);
    expect(() => notice('n2', 2, '2025-09-29', '2025-10-11', 8)).toThrow(/CHECK/);
    expect(() => notice('n2', 1, '2025-09-29', '2025-10-11')).toThrow(/UNIQUE/);
    db.exec(`
      INSERT INTO notice_entries (notice_id, branch_id, seq, branch_name, township_name, proposed_level)
        VALUES ('n', 'b1', 1, '中共丙村支部委员会', '乙镇', 3);
      INSERT INTO objections (id, notice_id, branch_id, received_at, channel, from_kind, real_name, content, late, created_by, created_at)
        VALUES ('o', 'n', 'b1', '2025-10-13T09:00', 'letter', 'person', 1, '村务公开不及时', 1, '王', 'now');
      INSERT INTO objection_steps (objection_id, seq, step, by_user, at) VALUES ('o', 1, '{"kind":"accept"}', '王', 'now');
    `);
    expect(() =>
      db.exec(`INSERT INTO notice_entries (notice_id, branch_id, seq, branch_name, township_name, proposed_level)
               VALUES ('n', 'b2', 2, 'x', 'y', 0)`),
    ).toThrow(/CHECK/);
    expect(() => db.exec(`UPDATE objection_steps SET step = '{}'`)).toThrow(/append-only/);
    expect(() => db.exec(`DELETE FROM objection_steps`)).toThrow(/append-only/);
    expect(() => db.exec(`UPDATE objections SET stage = 'done'`)).toThrow(/CHECK/);
    const named = (id: string, year: number, level: number) =>
      db.exec(`INSERT INTO star_history (id, branch_id, year, level, named_by, document, named_on, created_by, created_at)
               VALUES ('${id}', 'b1', ${year}, ${level}, 'county', '青组发〔${year}〕12号', '${year}-11-20', '王', 'now')`);
    named('h1', 2025, 3);
    named('h2', 2026, 0);
    expect(() => named('h3', 2026, 2)).toThrow(/UNIQUE/);
    expect(() => named('h3', 2027, -1)).toThrow(/CHECK/);
    // Deleting the notice takes its list, objections and their steps with it.
    db.exec(`DELETE FROM notices WHERE id = 'n'`);
    expect(rows(db, 'SELECT * FROM objection_steps')).toEqual([]);
    expect(rows(db, 'SELECT * FROM notice_entries')).toEqual([]);
    db.close();
  });

  it('0011 chains the existing audit entries in order and then refuses to change or remove any', () => {
    const file = fileAtSchema(tmp.dir, 10);
    const old = new Database(file);
    old.exec(`
      INSERT INTO audit_log (at, actor, action, entity, entity_id, after) VALUES ('t1', '王', 'score.save', 'sheet', 's', '{"points":850}');
      INSERT INTO audit_log (at, actor, action, entity, entity_id, reason) VALUES ('t2', '李', 'sheet.reopen', 'sheet', 's', '复核');
    `);
    old.close();
    const before = sheetsAndScores();
    const db = applyStep(file, 11);
    expect(rows(db, SHEETS)).toEqual(before.sheets);
    expect(rows(db, SCORES)).toEqual(before.scores);
    const chained = db.prepare('SELECT * FROM audit_log ORDER BY seq').all() as (ChainedFields & {
      prev_hash: string | null;
      hash: string;
    })[];
    expect(chained.slice(-2).map((r) => r.action)).toEqual(['score.save', 'sheet.reopen']);
    expect(chained[0]!.prev_hash).toBeNull();
    expect(chained[0]!.hash).toBe(auditEntryHash(chained[0]!, null));
    chained.slice(1).forEach((row, index) => {
      expect(row.prev_hash).toBe(chained[index]!.hash);
      expect(row.hash).toBe(auditEntryHash(row, chained[index]!.hash));
    });
    expect(verifyAuditChain(db)).toMatchObject({ intact: true, entries: chained.length });
    expect(() => db.exec(`UPDATE audit_log SET reason = 'x' WHERE seq = 2`)).toThrow(/append-only/);
    expect(() => db.exec(`UPDATE audit_log SET hash = 'x' WHERE seq = 2`)).toThrow(/append-only/);
    expect(() => db.exec(`DELETE FROM audit_log WHERE seq = 1`)).toThrow(/append-only/);
    db.close();
  });

  it('0012 keeps every sheet and score, and a current checkpoint makes its round read-only until unfrozen', () => {
    const before = sheetsAndScores();
    const db = applyStep(fileAtSchema(tmp.dir, 11), 12);
    expect(rows(db, SHEETS)).toEqual(before.sheets);
    expect(rows(db, SCORES)).toEqual(before.scores);
    const checkpoint = (id: string, version: number) =>
      db.exec(`INSERT INTO checkpoints (id, round_id, version, county, campaign, year, round, size, root,
                 frozen_at, frozen_by, app_version, key_id, public_key, signature)
               VALUES ('${id}', 'rd', ${version}, '甲县', '批次', 2025, '县级审核', 3, '${'a'.repeat(64)}',
                 'now', '王', '0.1.0', 'K', 'P', 'S')`);
    checkpoint('c1', 1);
    // The round's scores, sheets and decisions are refused, whoever writes; packs are derived.
    expect(() => db.exec('UPDATE scores SET points = points + 1')).toThrow('FROZEN');
    expect(() => db.exec('DELETE FROM scores')).toThrow('FROZEN');
    expect(() => db.exec(`UPDATE score_sheets SET status = 'draft'`)).toThrow('FROZEN');
    db.exec('UPDATE score_sheets SET packed = NULL');
    expect(() => db.exec(`DELETE FROM checkpoints WHERE id = 'c1'`)).toThrow('FROZEN');
    expect(() => db.exec(`UPDATE checkpoints SET root = '${'b'.repeat(64)}'`)).toThrow(/as signed/);
    // One current checkpoint per round.
    expect(() => checkpoint('c2', 2)).toThrow(/UNIQUE/);
    // Unfreezing needs a reason, happens once, and opens the round again.
    expect(() => db.exec(`UPDATE checkpoints SET unfrozen_at = 'later'`)).toThrow(/CHECK/);
    db.exec(
      `UPDATE checkpoints SET unfrozen_at = 'later', unfrozen_by = '王', unfreeze_reason = '复核'`,
    );
    expect(() => db.exec(`UPDATE checkpoints SET unfreeze_reason = '改'`)).toThrow(/as signed/);
    db.exec('UPDATE scores SET points = points + 1');
    checkpoint('c2', 2);
    expect(() => db.exec('UPDATE scores SET points = points - 1')).toThrow('FROZEN');
    db.close();
  });
});

describe('upgrading from every earlier schema to the latest', () => {
  for (let version = 0; version < SCHEMA_VERSION; version += 1) {
    it(`a file at schema ${version} ends at the latest schema with its sheets and scores`, () => {
      const expected = version === 0 ? { sheets: [], scores: [] } : sheetsAndScores();
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
