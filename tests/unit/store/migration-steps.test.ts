import Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../../electron/store/migrations';
import { migrate, openStore } from '../../../electron/store/open';
import { tempDir } from '../support';

let tmp: ReturnType<typeof tempDir>;
beforeEach(() => {
  tmp = tempDir();
});
afterEach(() => tmp.cleanup());

/** A file at schema `version` holding one campaign with one sheet and two scores. */
function fileAt(version: number): string {
  const file = join(tmp.dir, `v${version}.sqlite`);
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

describe('migration steps keep the data of the schema before them', () => {
  it('0002 backfills veto facts from the entered input and keeps every score', () => {
    const db = openStore(fileAt(1));
    expect(
      db.prepare('SELECT item_code, points, fact FROM scores ORDER BY item_code').all(),
    ).toEqual([
      { item_code: 'P', points: 850, fact: null },
      { item_code: 'V', points: 0, fact: 1 },
    ]);
    expect(db.prepare('SELECT previous_campaign_id FROM campaigns').get()).toEqual({
      previous_campaign_id: null,
    });
    db.close();
  });

  it('0003 adds empty packs, and a later score change clears a pack', () => {
    const db = openStore(fileAt(2));
    expect(db.prepare('SELECT packed, packed_rubric FROM score_sheets').get()).toEqual({
      packed: null,
      packed_rubric: null,
    });
    db.prepare("UPDATE score_sheets SET packed = x'00', packed_rubric = 'r'").run();
    db.prepare("UPDATE scores SET points = 900 WHERE item_code = 'P'").run();
    expect(db.prepare('SELECT packed FROM score_sheets').get()).toEqual({ packed: null });
    expect(db.prepare("SELECT points FROM scores WHERE item_code = 'P'").get()).toEqual({
      points: 900,
    });
    db.close();
  });

  it('0004 keeps every sheet and score and adds assignments that go with their round', () => {
    const db = openStore(fileAt(3));
    expect(db.prepare('SELECT id, status FROM score_sheets').all()).toEqual([
      { id: 's', status: 'draft' },
    ]);
    expect(db.prepare('SELECT item_code, points FROM scores ORDER BY item_code').all()).toEqual([
      { item_code: 'P', points: 850 },
      { item_code: 'V', points: 0 },
    ]);
    db.exec(`
      INSERT INTO evaluators (id, name, unit_id, created_at) VALUES ('e', '丁', 't', 'now');
      INSERT INTO assignments (round_id, evaluator_id, branch_id, conflict, conflict_reason, confirmed_by, created_at)
        VALUES ('rd', 'e', 'b', 'own-township', '人员不足', 'tester', 'now');
    `);
    // A conflict is never stored without its confirmation.
    expect(() =>
      db.exec(`INSERT INTO assignments (round_id, evaluator_id, branch_id, conflict, created_at)
               VALUES ('rd', 'e', 'c', 'own-branch', 'now')`),
    ).toThrow(/CHECK/);
    db.prepare("DELETE FROM rounds WHERE id = 'rd'").run();
    expect(db.prepare('SELECT count(*) AS n FROM assignments').get()).toEqual({ n: 0 });
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
});
