import { existsSync, mkdirSync, readdirSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BackupsView } from '../../../shared/domain/views/backups';
import type { AppServices } from '../../../electron/services/app';
import { LEFTOVER_AGE_MS, sweepLeftovers } from '../../../electron/services/backups/leftovers';
import { call, tempDir, testServices } from '../support';

let temp: ReturnType<typeof tempDir>;
let dataFile: string;
let services: AppServices | null = null;

beforeEach(() => {
  temp = tempDir();
  dataFile = join(temp.dir, '青山县.sqlite');
});

afterEach(() => {
  services?.close();
  services = null;
  temp.cleanup();
});

/** Makes a file or folder look `ageMs` old, as one a killed process left would be. */
function age(path: string, ageMs: number): void {
  const then = new Date(Date.now() - ageMs);
  utimesSync(path, then, then);
}

/** What a backup killed while packing leaves: a hidden work folder with a half-written zip. */
function killedBackup(folder: string, name: string, ageMs: number): string {
  const work = join(folder, name);
  mkdirSync(work, { recursive: true });
  writeFileSync(join(work, 'archive.zip'), 'PK half written');
  age(work, ageMs);
  return work;
}

describe('leftovers of a killed backup or restore', () => {
  it('are removed at start when old, while fresh work files and real backups stay', async () => {
    // A first start makes the database and its backup folder; one real backup in it.
    services = testServices(dataFile, false);
    const taken = await call<{ name: string }>(services, 'backups.create', { pinned: false });
    const view = await call<BackupsView>(services, 'backups.list', {});
    services.close();
    services = null;
    const folder = view.folder;

    const oldWork = killedBackup(folder, '.work-Ab12Cd', LEFTOVER_AGE_MS + 60_000);
    const freshWork = killedBackup(folder, '.work-Ef34Gh', 60_000);
    const oldCopy = join(temp.dir, '.xingping-restore-0f1e2d3c-4b5a-4698-8776-655443322110.sqlite');
    writeFileSync(oldCopy, 'half a database');
    age(oldCopy, 2 * LEFTOVER_AGE_MS);
    // Not the app's naming: a user's own hidden file beside the database is never touched.
    const usersFile = join(temp.dir, '.xingping-notes.sqlite');
    writeFileSync(usersFile, 'mine');
    age(usersFile, 2 * LEFTOVER_AGE_MS);

    services = testServices(dataFile, false);

    expect(existsSync(oldWork)).toBe(false);
    expect(existsSync(oldCopy)).toBe(false);
    expect(existsSync(freshWork)).toBe(true);
    expect(existsSync(usersFile)).toBe(true);
    expect(readdirSync(folder)).toContain(taken.name);
    const after = await call<BackupsView>(services, 'backups.list', {});
    expect(after.backups.map((b) => b.name)).toContain(taken.name);
  });

  it('answers exactly what it removed, and nothing on a second sweep', () => {
    services = testServices(dataFile, false);
    const folder = join(temp.dir, 'backups');
    const work = killedBackup(folder, '.work-Zz99Yy', LEFTOVER_AGE_MS + 1_000);
    expect(sweepLeftovers(services.ctx)).toEqual([work]);
    expect(sweepLeftovers(services.ctx)).toEqual([]);
  });
});
