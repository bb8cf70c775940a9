import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BackupsView } from '../../../shared/domain/views/backups';
import type { AppServices } from '../../../electron/services/app';
import { call, failure, tempDir, testServices } from '../support';

/**
 * The rotation rule as a user setting on the 备份与恢复 page (issue #15 point 1): how many
 * backups of today and in all are kept. It applies at the next backup, never at once, and
 * survives a restore like the backup folder does.
 */
let tmp: ReturnType<typeof tempDir>;
let services: AppServices;

beforeEach(async () => {
  tmp = tempDir();
  services = testServices(join(tmp.dir, '白河县.sqlite'), false);
  await call(services, 'counties.create', { name: '白河县' });
});
afterEach(() => {
  services.close();
  tmp.cleanup();
});

const backups = () =>
  readdirSync(join(tmp.dir, 'backups')).filter((name) => name.endsWith('.xpbak'));
const backUp = (pinned = false) => call(services, 'backups.create', { pinned });

describe('the rotation setting', () => {
  it('starts at 3 from today and 10 in all, and is changed for the next backups', async () => {
    const first = await call<BackupsView>(services, 'backups.list', {});
    expect(first.retention).toEqual({ keepToday: 3, keepTotal: 10 });
    for (let i = 0; i < 4; i += 1) await backUp();
    expect(backups()).toHaveLength(3);

    const set = await call<BackupsView>(services, 'backups.setRetention', {
      keepToday: 1,
      keepTotal: 5,
    });
    expect(set.retention).toEqual({ keepToday: 1, keepTotal: 5 });
    // Nothing is deleted by the setting itself.
    expect(backups()).toHaveLength(3);
    await backUp(true);
    await backUp();
    // One unpinned backup of today, and the pinned one the rule never counts.
    expect(backups()).toHaveLength(2);
    expect(backups().filter((name) => name.includes('.pinned.'))).toHaveLength(1);
  });

  it('refuses more of today than in all, and numbers out of range, changing nothing', async () => {
    const refused = await failure(services, 'backups.setRetention', { keepToday: 6, keepTotal: 5 });
    expect(refused).toMatchObject({
      code: 'INVALID_INPUT',
      details: { reason: 'retentionTodayOverTotal' },
    });
    for (const input of [
      { keepToday: 0, keepTotal: 5 },
      { keepToday: 2, keepTotal: 501 },
      { keepToday: 1.5, keepTotal: 5 },
    ])
      expect((await failure(services, 'backups.setRetention', input)).code).toBe('INVALID_INPUT');
    const view = await call<BackupsView>(services, 'backups.list', {});
    expect(view.retention).toEqual({ keepToday: 3, keepTotal: 10 });
  });

  it('is kept when an older backup is restored', async () => {
    const taken = await call<{ name: string }>(services, 'backups.create', { pinned: false });
    await call(services, 'backups.setRetention', { keepToday: 2, keepTotal: 20 });
    await call(services, 'backups.restore', { name: taken.name });
    const view = await call<BackupsView>(services, 'backups.list', {});
    expect(view.retention).toEqual({ keepToday: 2, keepTotal: 20 });
  });
});
