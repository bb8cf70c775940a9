import Database from 'better-sqlite3';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/errors';
import { inspectDatabaseFile } from '../../../electron/store/health';
import type { Migration } from '../../../electron/store/migrations';
import { MIGRATIONS, SCHEMA_VERSION } from '../../../electron/store/migrations';
import { openStore } from '../../../electron/store/open';
import { tempDir } from '../support';
import { countyDatabase, overwrittenCopy, randomFile, sha256, truncatedCopy } from './damage';
import { fileAtSchema } from './schema-fixtures';

let tmp: ReturnType<typeof tempDir>;
beforeEach(() => {
  tmp = tempDir();
});
afterEach(() => tmp.cleanup());

function refusal(file: string, migrations?: readonly Migration[]): AppError {
  try {
    openStore(file, migrations).close();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error(`${file} was opened`);
}

describe('a damaged data file is recognised before anything writes to it', () => {
  const cases: [string, (source: string) => string, string][] = [
    ['random bytes', () => randomFile(join(tmp.dir, 'random.sqlite')), 'not-a-database'],
    [
      'a text file under the database name',
      () => {
        writeFileSync(join(tmp.dir, 'text.sqlite'), '青山县 2025 年度评定\n'.repeat(400));
        return join(tmp.dir, 'text.sqlite');
      },
      'not-a-database',
    ],
    [
      'a copy cut off at 60 %',
      (s) => truncatedCopy(s, join(tmp.dir, 'cut.sqlite'), 0.6),
      'truncated',
    ],
    [
      'a copy cut off inside the header',
      (s) => truncatedCopy(s, join(tmp.dir, 'head.sqlite'), 0.00001),
      'truncated',
    ],
    [
      'a copy with a page in the middle overwritten',
      (s) => overwrittenCopy(s, join(tmp.dir, 'page.sqlite')),
      'malformed',
    ],
    [
      'a zero-byte file',
      () => {
        writeFileSync(join(tmp.dir, 'zero.sqlite'), '');
        return join(tmp.dir, 'zero.sqlite');
      },
      'empty',
    ],
  ];

  for (const [what, make, damage] of cases) {
    it(`${what} is ${damage}, refused with DB_DAMAGED and left byte for byte as it was`, () => {
      const file = make(countyDatabase(tmp.dir));
      const before = sha256(file);
      const siblings = readdirSync(tmp.dir).sort();
      expect(inspectDatabaseFile(file)).toMatchObject({ state: 'damaged', damage });
      const error = refusal(file);
      expect(error.code).toBe('DB_DAMAGED');
      expect(error.details).toMatchObject({ damage, file });
      expect(sha256(file)).toBe(before);
      // Not even a journal or WAL was started beside it.
      expect(readdirSync(tmp.dir).sort()).toEqual(siblings);
    });
  }

  it('the overwritten copy really is one SQLite would have opened and kept writing to', () => {
    const file = overwrittenCopy(countyDatabase(tmp.dir), join(tmp.dir, 'page.sqlite'));
    const raw = new Database(file);
    expect(raw.prepare(`SELECT name FROM org_units WHERE id = 'c'`).get()).toEqual({
      name: '青山县',
    });
    raw.exec(`INSERT INTO meta (key, value) VALUES ('written', 'yes')`);
    raw.close();
  });

  it('a healthy county database passes, and one with work still in its WAL is read whole', () => {
    const file = countyDatabase(tmp.dir);
    expect(inspectDatabaseFile(file)).toEqual({ state: 'healthy', schemaVersion: SCHEMA_VERSION });
    // Copied while the app runs: the newest township is only in the -wal.
    const db = openStore(file);
    db.pragma('wal_autocheckpoint = 0');
    db.exec(
      `INSERT INTO org_units (id, parent_id, kind, name, created_at) VALUES ('new', 'c', 'township', '新建镇', 'x')`,
    );
    copyFileSync(file, join(tmp.dir, 'copy.sqlite'));
    copyFileSync(`${file}-wal`, join(tmp.dir, 'copy.sqlite-wal'));
    db.close();
    const copy = join(tmp.dir, 'copy.sqlite');
    expect(inspectDatabaseFile(copy)).toEqual({ state: 'healthy', schemaVersion: SCHEMA_VERSION });
    const opened = openStore(copy);
    expect(opened.prepare(`SELECT name FROM org_units WHERE id = 'new'`).get()).toEqual({
      name: '新建镇',
    });
    opened.close();
  });

  it('a write cut off by a crash (hot rollback journal) is rolled back, not called damage', () => {
    const file = fileAtSchema(tmp.dir, 3);
    const killed = spawnSync(process.execPath, [
      '-e',
      `const D = require(${JSON.stringify(require.resolve('better-sqlite3'))});
       const db = new D(${JSON.stringify(file)});
       db.pragma('cache_size = 1');
       db.exec('BEGIN');
       const ins = db.prepare("INSERT INTO meta (key, value) VALUES (?, ?)");
       for (let i = 0; i < 3000; i += 1) ins.run('k' + i, 'x'.repeat(400));
       process.kill(process.pid, 'SIGKILL');`,
    ]);
    expect(killed.signal).toBe('SIGKILL');
    expect(existsSync(`${file}-journal`)).toBe(true);
    expect(inspectDatabaseFile(file)).toEqual({ state: 'healthy', schemaVersion: 3 });
    const db = openStore(file);
    expect(db.prepare('SELECT count(*) AS n FROM meta').get()).toEqual({ n: 0 });
    expect(db.prepare('SELECT count(*) AS n FROM score_sheets').get()).toEqual({ n: 8 });
    db.close();
  });

  it('a missing file is a first start', () => {
    expect(inspectDatabaseFile(join(tmp.dir, 'none.sqlite'))).toEqual({ state: 'missing' });
  });
});

describe('a refused data file stays byte-identical', () => {
  /** Schema 3, in the rollback-journal mode of a file made for transfer: WAL not yet set. */
  function transferCopy(): string {
    const file = fileAtSchema(tmp.dir, 3, 'transfer.sqlite');
    const db = new Database(file);
    expect(db.pragma('journal_mode', { simple: true })).toBe('delete');
    db.close();
    return file;
  }

  function fromNewerApp(file: string): string {
    const db = new Database(file);
    db.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
    db.close();
    return file;
  }

  const failing: Migration[] = [
    ...MIGRATIONS,
    { version: SCHEMA_VERSION + 1, name: 'good', sql: 'CREATE TABLE extra_a (x INTEGER) STRICT;' },
    { version: SCHEMA_VERSION + 2, name: 'bad', sql: 'SELECT nope FROM nowhere;' },
  ];

  it('a database from a newer Xingping in rollback-journal mode (switching to WAL first would rewrite its header)', () => {
    const file = fromNewerApp(transferCopy());
    const before = sha256(file);
    const error = refusal(file);
    expect(error.code).toBe('DB_TOO_NEW');
    expect(error.details).toEqual({ found: SCHEMA_VERSION + 1, supported: SCHEMA_VERSION });
    expect(sha256(file)).toBe(before);
    expect(new Database(file, { readonly: true }).pragma('journal_mode', { simple: true })).toBe(
      'delete',
    );
  });

  it('a database from a newer Xingping in WAL mode', () => {
    const file = countyDatabase(tmp.dir);
    fromNewerApp(file);
    const before = sha256(file);
    expect(refusal(file).code).toBe('DB_TOO_NEW');
    expect(sha256(file)).toBe(before);
  });

  it('a failed migration from schema 3 in rollback-journal mode', () => {
    const file = transferCopy();
    const before = sha256(file);
    const error = refusal(file, failing);
    expect(error.code).toBe('DB_MIGRATION_FAILED');
    expect(error.details).toEqual({ version: SCHEMA_VERSION + 2 });
    expect(sha256(file)).toBe(before);
    expect(existsSync(`${file}-journal`)).toBe(false);
  });

  it('a full disk during the upgrade: DISK_FULL naming the start, the file as it was', () => {
    const file = transferCopy();
    const probe = new Database(file, { readonly: true });
    const pages = probe.pragma('page_count', { simple: true }) as number;
    probe.close();
    // A real SQLITE_FULL: the file may not grow past the pages it has, as on a full disk.
    const full: Migration[] = MIGRATIONS.map((step) =>
      step.version === 4 ? { ...step, sql: `PRAGMA max_page_count = ${pages};\n${step.sql}` } : step,
    );
    const before = sha256(file);
    const error = refusal(file, full);
    expect(error.code).toBe('DISK_FULL');
    expect(error.details).toMatchObject({ operation: 'start' });
    expect(sha256(file)).toBe(before);
    expect(existsSync(`${file}-journal`)).toBe(false);
    // And with space again the same file upgrades.
    const db = openStore(file);
    expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    db.close();
  });

  it('a failed migration of a WAL database at the current schema', () => {
    const file = countyDatabase(tmp.dir);
    const before = sha256(file);
    expect(refusal(file, failing).code).toBe('DB_MIGRATION_FAILED');
    expect(sha256(file)).toBe(before);
    expect(existsSync(`${file}-wal`)).toBe(false);
  });
});
