import Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/errors';
import type { Migration } from '../../../electron/store/migrations';
import { MIGRATIONS, parseMigrations, SCHEMA_VERSION } from '../../../electron/store/migrations';
import { openStore, schemaVersion } from '../../../electron/store/open';
import { tempDir } from '../support';

let tmp: ReturnType<typeof tempDir>;
beforeEach(() => {
  tmp = tempDir();
});
afterEach(() => tmp.cleanup());

function tables(db: Database.Database): string[] {
  return (
    db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name").all() as {
      name: string;
    }[]
  ).map((r) => r.name);
}

describe('migrations', () => {
  it('are numbered from 1 without gaps and the schema version is the last one', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, i) => i + 1));
    expect(SCHEMA_VERSION).toBe(MIGRATIONS.length);
  });

  it('rejects badly numbered migration sets', () => {
    expect(() => parseMigrations({ './migrations/0002-x.sql': '' })).toThrow(/without gaps/);
    expect(() => parseMigrations({ './migrations/one.sql': '' })).toThrow(/Badly named/);
  });

  it('0001 creates every table of the first schema on an empty file', () => {
    const db = openStore(join(tmp.dir, 'a.sqlite'));
    expect(schemaVersion(db)).toBe(SCHEMA_VERSION);
    expect(tables(db)).toEqual(
      expect.arrayContaining([
        'audit_log',
        'campaign_branches',
        'campaign_evaluators',
        'campaigns',
        'evaluators',
        'meta',
        'org_units',
        'rounds',
        'rubric_versions',
        'score_sheets',
        'scores',
      ]),
    );
    db.close();
  });

  it('applies the pragmas of the architecture guide', () => {
    const db = openStore(join(tmp.dir, 'p.sqlite'));
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('synchronous', { simple: true })).toBe(1); // NORMAL
    db.close();
  });

  it('keeps rows written under the schema when the file is opened again', () => {
    const file = join(tmp.dir, 'keep.sqlite');
    const first = openStore(file);
    first
      .prepare(
        "INSERT INTO org_units (id, kind, name, created_at) VALUES ('c1', 'county', '甲县', 'now')",
      )
      .run();
    first.close();
    const again = openStore(file);
    expect(again.prepare('SELECT name FROM org_units').get()).toEqual({ name: '甲县' });
    again.close();
  });

  it('refuses a database from a newer Xingping and leaves it untouched', () => {
    const file = join(tmp.dir, 'future.sqlite');
    const raw = new Database(file);
    raw.exec('CREATE TABLE future_thing (x INTEGER)');
    raw.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
    raw.close();
    let error: unknown;
    try {
      openStore(file);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('DB_TOO_NEW');
    const check = new Database(file);
    expect(check.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION + 1);
    expect(tables(check)).toEqual(['future_thing']);
    check.close();
  });

  it('a step that fails leaves the file exactly as it was', () => {
    const file = join(tmp.dir, 'fail.sqlite');
    openStore(file).close();
    const broken: Migration[] = [
      ...MIGRATIONS,
      {
        version: SCHEMA_VERSION + 1,
        name: 'good',
        sql: 'CREATE TABLE extra_a (x INTEGER) STRICT;',
      },
      {
        version: SCHEMA_VERSION + 2,
        name: 'bad',
        sql: 'CREATE TABLE extra_b (x INTEGER); SELECT nope FROM nowhere;',
      },
    ];
    expect(() => openStore(file, broken)).toThrow(/Schema upgrade failed at .*bad/);
    const check = new Database(file);
    expect(check.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    expect(tables(check)).not.toContain('extra_a');
    expect(tables(check)).not.toContain('extra_b');
    check.close();
  });

  it('enforces the schema rules: strict types, branch types only on branches, points not negative', () => {
    const db = openStore(':memory:');
    const unit = db.prepare(
      'INSERT INTO org_units (id, parent_id, kind, branch_type, name, created_at) VALUES (?, ?, ?, ?, ?, ?)',
    );
    unit.run('c1', null, 'county', null, '甲县', 'now');
    unit.run('t1', 'c1', 'township', null, '乙镇', 'now');
    expect(() => unit.run('b1', 't1', 'branch', null, '丙村', 'now')).toThrow(/CHECK/);
    expect(() => unit.run('t2', 'c1', 'township', 'rural', '丁镇', 'now')).toThrow(/CHECK/);
    expect(() => unit.run('t3', 'nope', 'township', null, '戊镇', 'now')).toThrow(/FOREIGN KEY/);
    expect(() =>
      db.prepare("INSERT INTO meta (key, value) VALUES ('k', ?)").run(Buffer.from('x')),
    ).toThrow(/cannot store BLOB/);
    db.close();
  });
});
