import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BackupsView } from '../../../shared/domain/views/backups';
import type { AppServices } from '../../../electron/services/app';
import { startServices } from '../../../electron/services/app';
import { startBackupSchedule } from '../../../electron/services/backups';
import { readManifest } from '../../../electron/services/backups/verify';
import { MIGRATIONS } from '../../../electron/store/migrations';
import { call, tempDir, testServices } from '../support';
import { fileAtSchema } from '../store/schema-fixtures';

let temp: ReturnType<typeof tempDir>;
const opened: AppServices[] = [];

beforeEach(() => {
  temp = tempDir();
});

afterEach(() => {
  for (const services of opened.splice(0)) services.close();
  temp.cleanup();
});

function open(file: string): AppServices {
  const services = testServices(file, false);
  opened.push(services);
  return services;
}

async function kinds(services: AppServices): Promise<(string | null)[]> {
  const view = await call<BackupsView>(services, 'backups.list', {});
  return view.backups.map((b) => b.kind);
}

describe('the automatic schedule', () => {
  it('backs up at start, then at a tick only when something was committed since', async () => {
    const services = open(join(temp.dir, 'xingping.sqlite'));
    const schedule = startBackupSchedule(services.ctx, { intervalMs: 3_600_000 });
    try {
      await schedule.started;
      expect(await kinds(services)).toEqual(['start']);
      await schedule.tick();
      expect(await kinds(services)).toEqual(['start']);
      await call(services, 'counties.create', { name: '青山县' });
      await schedule.tick();
      expect((await kinds(services)).sort()).toEqual(['interval', 'start']);
      // Listing and backing up commit nothing, so nothing is due again.
      await schedule.tick();
      expect(await kinds(services)).toHaveLength(2);
    } finally {
      schedule.stop();
    }
  });

  it('ignores commits of another database and stops listening when stopped', async () => {
    const services = open(join(temp.dir, 'a.sqlite'));
    const other = open(join(temp.dir, 'b.sqlite'));
    const schedule = startBackupSchedule(services.ctx, { atStart: false });
    await call(other, 'counties.create', { name: '云溪县' });
    await schedule.tick();
    expect(await kinds(services)).toEqual([]);
    schedule.stop();
    await call(services, 'counties.create', { name: '青山县' });
    await schedule.tick();
    expect(await kinds(services)).toEqual([]);
  });
});

describe('before a schema upgrade', () => {
  it('keeps the database as the older Xingping left it in a pinned migration backup', async () => {
    const file = fileAtSchema(temp.dir, 5, 'xingping.sqlite');
    const services = startServices({
      dbFile: file,
      host: 'test',
      version: '0.0.0-test',
      actor: 'tester',
    });
    opened.push(services);
    expect(services.ctx.db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
    const made = await services.migrationBackup;
    expect(made).toMatchObject({ kind: 'migration', pinned: true, check: 'verified' });
    const manifest = await readManifest(join(temp.dir, 'backups', made!.name));
    expect(manifest.schemaVersion).toBe(5);
    expect(readdirSync(join(temp.dir, 'backups')).filter((n) => n.startsWith('.'))).toEqual([]);
  });

  it('takes none when the database is new or already current', async () => {
    const file = join(temp.dir, 'xingping.sqlite');
    const first = open(file);
    expect(await first.migrationBackup).toBeNull();
    first.close();
    opened.pop();
    const again = open(file);
    expect(await again.migrationBackup).toBeNull();
    expect(existsSync(join(temp.dir, 'backups'))).toBe(false);
  });
});
