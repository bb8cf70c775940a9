import { spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyArchive } from '../../../electron/services/backups/verify';
import { MIGRATIONS } from '../../../electron/store/migrations';
import { fileAtSchema } from '../store/schema-fixtures';
import { tempDir } from '../support';

/**
 * Row 1's promise for backups: `xingping backup` killed (`SIGKILL`, as a power cut or the task
 * manager would) at points spread over a whole backup. Wherever it is stopped, the database is
 * whole and unchanged, and every `.xpbak` that has its final name is complete and passes its
 * check: a backup is written under a hidden work folder and renamed only once whole. A normal
 * backup afterwards works. No assertion depends on where a kill lands; the spread of delays only
 * makes it likely that some land mid-snapshot, mid-zip and mid-check.
 */

const bin = resolve('bin/xingping.js');
const DELAYS_MS = [150, 400, 700, 1000, 1400, 1900, 2500, 3200];

let tmp: ReturnType<typeof tempDir>;
let dataFile: string;
let stick: string;

/** A database of about 8 MB, so a backup takes long enough to be cut in the middle. */
function countyWithHistory(): string {
  const file = fileAtSchema(tmp.dir, MIGRATIONS.length, '青山县.sqlite');
  const db = new Database(file);
  try {
    const insert = db.prepare('INSERT INTO meta (key, value) VALUES (?, ?)');
    db.transaction(() => {
      for (let i = 0; i < 20_000; i += 1) insert.run(`history-${i}`, `云溪镇${i}`.repeat(40));
    })();
  } finally {
    db.close();
  }
  return file;
}

function fingerprint(file: string): { rows: number; check: string } {
  const db = new Database(file, { readonly: true });
  try {
    const { n } = db.prepare('SELECT count(*) AS n FROM meta').get() as { n: number };
    const [check] = db.pragma('integrity_check', { simple: false }) as {
      integrity_check: string;
    }[];
    return { rows: n, check: check?.integrity_check ?? '' };
  } finally {
    db.close();
  }
}

/** Starts a backup to the stick and kills it after `delayMs`; answers once it is gone. */
function backupKilledAfter(delayMs: number): Promise<NodeJS.Signals | null> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [bin, 'backup', '--db', dataFile, '--to', stick], {
      stdio: 'ignore',
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), delayMs);
    child.on('exit', (_code, signal) => {
      clearTimeout(timer);
      done(signal);
    });
  });
}

let checks = 0;

async function finishedBackupsVerify(): Promise<number> {
  // A kill before the command made the folder leaves none.
  const names = existsSync(stick) ? readdirSync(stick).filter((n) => n.endsWith('.xpbak')) : [];
  for (const name of names) {
    checks += 1;
    const verdict = await verifyArchive(join(stick, name), join(tmp.dir, `check-${checks}.sqlite`));
    expect(verdict.ok, `${name}: ${verdict.ok ? '' : verdict.reason}`).toBe(true);
  }
  return names.length;
}

beforeAll(() => {
  tmp = tempDir();
  dataFile = countyWithHistory();
  stick = join(tmp.dir, 'usb');
});
afterAll(() => tmp.cleanup());

describe('a backup killed at any point', () => {
  it('leaves the database whole and only complete, checked backups under their names', async () => {
    const before = fingerprint(dataFile);
    expect(before.check).toBe('ok');
    expect(before.rows).toBeGreaterThanOrEqual(20_000);
    let killed = 0;
    for (const delay of DELAYS_MS) {
      if ((await backupKilledAfter(delay)) === 'SIGKILL') killed += 1;
      expect(fingerprint(dataFile)).toEqual(before);
      await finishedBackupsVerify();
    }
    // Most runs are cut short (a run that finished first is fine, and checked above too).
    expect(killed).toBeGreaterThan(0);

    // Afterwards a backup runs to the end and is checked (rotation may drop an older one).
    const earlier = new Set(existsSync(stick) ? readdirSync(stick) : []);
    expect(await backupKilledAfter(120_000)).toBeNull();
    const added = readdirSync(stick).filter((n) => n.endsWith('.xpbak') && !earlier.has(n));
    expect(added).toHaveLength(1);
    await finishedBackupsVerify();
    expect(fingerprint(dataFile)).toEqual(before);
  }, 240_000);
});
