import Database from 'better-sqlite3';
import { copyFileSync, existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RecoveryStatus } from '../../../shared/domain/views/recovery';
import type { AppSession } from '../../../electron/services/recovery/session';
import { startSession } from '../../../electron/services/recovery/session';
import { startServices } from '../../../electron/services/app';
import { takeBackup } from '../../../electron/services/backups';
import { openStore } from '../../../electron/store/open';
import { FIXED_NOW, sequentialIds, tempDir } from '../support';
import {
  countyDatabase,
  overwrittenCopy,
  randomFile,
  sha256,
  truncatedCopy,
} from '../store/damage';

let tmp: ReturnType<typeof tempDir>;
let session: AppSession | null = null;
beforeEach(() => {
  tmp = tempDir();
});
afterEach(() => {
  session?.close();
  session = null;
  tmp.cleanup();
});

const AT = new Date(2025, 2, 14, 9, 5, 7);

function start(dbFile: string): AppSession {
  session = startSession(
    {
      dbFile,
      host: 'test',
      version: '0.0.0-test',
      actor: 'tester',
      now: () => FIXED_NOW,
      newId: sequentialIds(),
    },
    () => AT,
  );
  return session;
}

async function call(s: AppSession, method: string, input: unknown = {}) {
  return s.registry.call(method, input);
}

/**
 * The data file as a running app leaves it, work still in its -wal and -shm, with a page in the
 * middle of the main file overwritten.
 */
function damagedWithCompanions(): string {
  const source = countyDatabase(tmp.dir);
  const db = openStore(source);
  db.pragma('wal_autocheckpoint = 0');
  db.exec(`INSERT INTO meta (key, value) VALUES ('last', '石门村')`);
  const file = overwrittenCopy(source, join(tmp.dir, 'xingping.sqlite'));
  copyFileSync(`${source}-wal`, `${file}-wal`);
  copyFileSync(`${source}-shm`, `${file}-shm`);
  db.close();
  return file;
}

describe('starting on a damaged data file', () => {
  it('moves the file and its companions aside unchanged and starts in recovery', async () => {
    const file = damagedWithCompanions();
    const hashes = [file, `${file}-wal`].map(sha256);
    const s = start(file);
    const moved = `${file}.damaged-20250314-090507`;
    expect(s.damaged).toEqual({
      state: 'damaged',
      damage: 'malformed',
      dataFile: file,
      movedTo: moved,
      companions: [`${moved}-wal`, `${moved}-shm`],
      detectedAt: AT.toISOString(),
      backups: [],
    });
    expect(s.services()).toBeNull();
    // The data and its log are untouched; -shm is only SQLite's index of the log, which any
    // reader refreshes and SQLite rebuilds from the log on every open.
    expect([moved, `${moved}-wal`].map(sha256)).toEqual(hashes);
    expect(existsSync(`${moved}-shm`)).toBe(true);
    // Nothing is left at the old name, so no stray WAL can be replayed into a new database
    // (the session's folder for files in transit, `<name>.transfer`, is not part of it).
    expect(
      readdirSync(tmp.dir).filter(
        (name) =>
          name.startsWith('xingping.sqlite') &&
          !name.includes('damaged') &&
          name !== 'xingping.sqlite.transfer',
      ),
    ).toEqual([]);
    expect(await call(s, 'recovery.status')).toEqual({ ok: true, data: s.damaged });
  });

  it('answers only app.info and recovery calls while it waits, and checks their input', async () => {
    const s = start(randomFile(join(tmp.dir, 'xingping.sqlite')));
    expect(await call(s, 'app.info')).toEqual({
      ok: true,
      data: { version: '0.0.0-test', dataFile: join(tmp.dir, 'xingping.sqlite'), host: 'test' },
    });
    for (const method of ['campaigns.list', 'preferences.get', 'campaigns.createDemo']) {
      expect(await call(s, method)).toMatchObject({ ok: false, error: { code: 'DB_DAMAGED' } });
    }
    expect(await call(s, 'recovery.status', { extra: 1 })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT' },
    });
    expect(await call(s, 'nope.nothing')).toMatchObject({
      ok: false,
      error: { code: 'UNKNOWN_METHOD' },
    });
    expect(existsSync(join(tmp.dir, 'xingping.sqlite'))).toBe(false);
  });

  it('starts with an empty database (no demo) in the old place when the user chooses so', async () => {
    const file = truncatedCopy(countyDatabase(tmp.dir), join(tmp.dir, 'xingping.sqlite'), 0.5);
    const s = start(file);
    expect(s.damaged?.damage).toBe('truncated');
    expect(await call(s, 'recovery.startEmpty')).toEqual({ ok: true, data: { state: 'ok' } });
    expect(await call(s, 'campaigns.list')).toEqual({ ok: true, data: [] });
    expect(await call(s, 'recovery.status')).toEqual({ ok: true, data: { state: 'ok' } });
    // A second click finds nothing left to recover.
    expect(await call(s, 'recovery.startEmpty')).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    });
    s.close();
    session = null;
    const db = new Database(file, { readonly: true });
    expect(db.prepare('SELECT count(*) AS n FROM org_units').get()).toEqual({ n: 0 });
    expect(
      db
        .prepare(`SELECT actor, action, json_extract(after, '$.movedTo') AS moved FROM audit_log`)
        .all(),
    ).toEqual([
      {
        actor: 'recovery',
        action: 'recovery-start-empty',
        moved: `${file}.damaged-20250314-090507`,
      },
    ]);
    db.close();
  });

  it('treats a zero-byte file as damaged, never as a first start with the demo', async () => {
    const file = join(tmp.dir, 'xingping.sqlite');
    writeFileSync(file, '');
    const s = start(file);
    expect(s.damaged?.damage).toBe('empty');
    expect(existsSync(`${file}.damaged-20250314-090507`)).toBe(true);
    expect(await call(s, 'campaigns.list')).toMatchObject({
      ok: false,
      error: { code: 'DB_DAMAGED' },
    });
  });

  it('never overwrites an earlier damaged file of the same second', () => {
    const file = join(tmp.dir, 'xingping.sqlite');
    const earlier = `${file}.damaged-20250314-090507`;
    writeFileSync(earlier, 'the first damaged file');
    const before = sha256(earlier);
    randomFile(file);
    const s = start(file);
    expect(s.damaged?.movedTo).toBe(`${earlier}-2`);
    expect(sha256(earlier)).toBe(before);
  });

  it('opens a healthy county database normally, with no recovery', async () => {
    const file = countyDatabase(tmp.dir, 'xingping.sqlite');
    const s = start(file);
    expect(s.damaged).toBeNull();
    expect(s.services()).not.toBeNull();
    expect(await call(s, 'recovery.status')).toEqual({
      ok: true,
      data: { state: 'ok' } satisfies RecoveryStatus,
    });
    expect(readdirSync(tmp.dir).some((name) => name.includes('damaged'))).toBe(false);
  });

  it('leaves a database from a newer Xingping in place and refuses to start', () => {
    const file = countyDatabase(tmp.dir, 'xingping.sqlite');
    const db = openStore(file);
    db.pragma('user_version = 99');
    db.close();
    const before = sha256(file);
    expect(() => start(file)).toThrow(/schema version 99/);
    expect(sha256(file)).toBe(before);
    expect(readdirSync(tmp.dir).some((name) => name.includes('damaged'))).toBe(false);
  });
});

describe('restoring a backup from the recovery screen', () => {
  it('lists the readable backups beside the data file and restores one in place', async () => {
    const file = countyDatabase(tmp.dir, 'xingping.sqlite');
    const healthy = startServices({ dbFile: file, host: 'test', version: '0.0.0-test' });
    const made = await takeBackup(healthy.ctx, { kind: 'manual' });
    healthy.close();
    writeFileSync(join(tmp.dir, 'backups', 'xingping-20250101-000000-manual.xpbak'), 'not a zip');
    truncatedCopy(file, file, 0.6);
    const s = start(file);
    const status = await call(s, 'recovery.status');
    expect(status.ok).toBe(true);
    const listed = status.ok ? (status.data as RecoveryStatus) : null;
    expect(listed?.state === 'damaged' && listed.backups).toEqual([
      expect.objectContaining({ name: made.name, kind: 'manual', check: 'verified' }),
    ]);
    expect(await call(s, 'recovery.restore', { name: 'xingping-none.xpbak' })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    // A failed restore leaves no new database behind: the screen still waits.
    expect(existsSync(file)).toBe(false);
    expect(await call(s, 'recovery.restore', { name: made.name })).toEqual({
      ok: true,
      data: { state: 'ok' },
    });
    const units = await call(s, 'counties.list');
    expect(units).toMatchObject({ ok: true, data: [expect.objectContaining({ name: '青山县' })] });
    const db = new Database(file, { readonly: true });
    try {
      expect(db.prepare('SELECT count(*) AS n FROM org_units').get()).toEqual({ n: 1221 });
    } finally {
      db.close();
    }
  });
});
