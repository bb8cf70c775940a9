import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../../electron/store/migrations';
import { fileAtSchema } from '../store/schema-fixtures';
import { tempDir } from '../support';

// The installed command as a county's IT person runs it (needs `npm run build`; npm test builds).
const bin = resolve('bin/xingping.js');

let tmp: ReturnType<typeof tempDir>;
beforeEach(() => {
  tmp = tempDir();
});
afterEach(() => tmp.cleanup());

function run(args: string[], lang = 'en_US.UTF-8') {
  const result = spawnSync(process.execPath, [bin, ...args], {
    encoding: 'utf8',
    env: { ...process.env, LANG: lang },
  });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

function townships(file: string): string[] {
  const db = new Database(file, { readonly: true });
  try {
    return (
      db.prepare("SELECT name FROM org_units WHERE kind = 'township' ORDER BY name").all() as {
        name: string;
      }[]
    ).map((r) => r.name);
  } finally {
    db.close();
  }
}

function addTownship(file: string, name: string): void {
  const db = new Database(file);
  try {
    db.prepare(
      "INSERT INTO org_units (id, parent_id, kind, name, created_at) VALUES (?, 'c', 'township', ?, '2026-01-01T00:00:00.000Z')",
    ).run(`t-${name}`, name);
  } finally {
    db.close();
  }
}

describe('xingping backup and restore', () => {
  it('backs up to a folder, previews without --yes, restores with it, and the undo backup works', () => {
    const file = fileAtSchema(tmp.dir, MIGRATIONS.length, 'county.sqlite');
    const stick = join(tmp.dir, 'usb');
    const made = run(['backup', '--db', file, '--to', stick]);
    expect(made.code, made.err).toBe(0);
    const [name] = readdirSync(stick).filter((n) => n.endsWith('.xpbak'));
    expect(made.out).toContain(join(stick, name!));
    expect(made.out).toMatch(/Backed up and checked/u);
    addTownship(file, '柳塘乡');
    expect(townships(file)).toContain('柳塘乡');

    const preview = run(['restore', '--db', file, '--from', join(stick, name!)]);
    expect(preview.code, preview.err).toBe(0);
    expect(preview.out).toMatch(/org_units\s+7 → 6/u);
    expect(preview.out).toContain('Nothing was restored');
    expect(townships(file)).toContain('柳塘乡');

    const restored = run(['restore', '--db', file, '--from', join(stick, name!), '--yes']);
    expect(restored.code, restored.err).toBe(0);
    expect(townships(file)).toEqual(['云溪镇', '石门乡']);
    const undo = /pinned backup: (\S+\.xpbak)/u.exec(restored.out)?.[1];
    expect(undo).toBeDefined();
    expect(existsSync(join(tmp.dir, 'backups', undo!))).toBe(true);
    expect(
      run(['restore', '--db', file, '--from', join(tmp.dir, 'backups', undo!), '--yes']).code,
    ).toBe(0);
    expect(townships(file)).toContain('柳塘乡');
  });

  it('refuses a missing backup or data file with a message, in Chinese when asked', () => {
    const file = fileAtSchema(tmp.dir, MIGRATIONS.length, 'county.sqlite');
    const missing = run(
      ['restore', '--db', file, '--from', join(tmp.dir, 'nope.xpbak')],
      'zh_CN.UTF-8',
    );
    expect(missing.code).toBe(1);
    expect(missing.err).toMatch(/[\u4e00-\u9fff]/u);
    const noDb = run(['backup', '--db', join(tmp.dir, 'none.sqlite')]);
    expect(noDb.code).toBe(1);
    expect(noDb.err).toContain('Data file not found');
    expect(existsSync(join(tmp.dir, 'none.sqlite'))).toBe(false);
    expect(run(['restore', '--db', file]).code).toBe(2);
  });
});
