import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CountyView } from '../../../shared/domain/views';
import type { AppServices } from '../../../electron/services/app';
import { diskFullError, diskOperation, isDiskFull } from '../../../electron/services/disk-full';
import { takeBackup } from '../../../electron/services/backups/take';
import { writeArchive } from '../../../electron/files/zip-archive';
import { call, tempDir, testServices } from '../support';

/**
 * Row 2 for backups: the disk fills up while a backup is written. The zip writer writes the
 * real archive in its work folder, then meets a real `ENOSPC` (a write to Linux's /dev/full).
 * The backup stops with an error recognised as a full disk, its work folder is removed, nothing
 * appears under a backup's name, and the backups made before are untouched.
 */
let tmp: ReturnType<typeof tempDir>;
let services: AppServices;
const folder = () => join(tmp.dir, 'backups');
const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

beforeEach(async () => {
  tmp = tempDir();
  services = testServices(join(tmp.dir, '青山县.sqlite'), false);
  const county = await call<CountyView>(services, 'counties.create', { name: '青山县' });
  for (const name of ['云溪镇', '石门乡', '白沙镇'])
    await call(services, 'branchRegistry.addTownship', {
      countyId: county.id,
      name,
      kind: 'township',
    });
});
afterEach(() => {
  services.close();
  tmp.cleanup();
});

describe('a full disk during a backup', () => {
  it('leaves no half backup, no work folder, and the earlier backups as they were', async () => {
    const earlier = await takeBackup(services.ctx, { kind: 'manual', folder: folder() });
    const earlierSha = sha(earlier.file);

    let caught: unknown;
    try {
      await takeBackup(services.ctx, {
        kind: 'manual',
        folder: folder(),
        // The archive is written in its work folder, then the disk is full (before the rename).
        archiveWriter: async (file, entries) => {
          await writeArchive(file, entries);
          await writeFile('/dev/full', Buffer.alloc(64 * 1024));
        },
      });
    } catch (error) {
      caught = error;
    }
    expect(isDiskFull(caught)).toBe(true);
    // The registry names the operation from the method: a backup.
    expect(diskOperation('backups.create')).toBe('backup');
    expect(diskFullError('backup').details).toEqual({ operation: 'backup' });

    const left = readdirSync(folder());
    expect(left.filter((name) => name.startsWith('.work-'))).toEqual([]);
    expect(left.filter((name) => name.endsWith('.xpbak'))).toEqual([earlier.name]);
    expect(sha(earlier.file)).toBe(earlierSha);
    // With space again, the next backup is made and checked.
    const next = await takeBackup(services.ctx, { kind: 'manual', folder: folder() });
    expect(next.check).toBe('verified');
  });
});
