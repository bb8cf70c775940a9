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
    const db = openStore(fileAt(6));
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
    expect(() => db.exec(`UPDATE org_units SET parent_id = 'x' WHERE id = 't'`)).toThrow(
      /never mix/,
    );
    db.exec(
      `UPDATE org_units SET admin_code = '411421', department = '中共甲县委组织部' WHERE id = 'c'`,
    );
    expect(() => db.exec(`UPDATE org_units SET admin_code = '411421' WHERE id = 't'`)).toThrow(
      /CHECK/,
    );
    expect(() => db.exec(`UPDATE org_units SET admin_code = '41142a' WHERE id = 'c'`)).toThrow(
      /CHECK/,
    );
    expect(() => db.exec(`UPDATE org_units SET department = '组织部' WHERE id = 'b'`)).toThrow(
      /CHECK/,
    );
    expect(
      db.prepare("SELECT name, admin_code, department FROM org_units WHERE id = 'c'").get(),
    ).toEqual({
      name: '甲县',
      admin_code: '411421',
      department: '中共甲县委组织部',
    });
    db.close();
  });
});
