import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { AppServices } from '../../../electron/services/app';
import { ClockError, compare, format, parse } from '../../../electron/services/exchange/clock';
import {
  currentClock,
  observeRemote,
  replicaOf,
  stampLocal,
} from '../../../electron/services/exchange/replica';
import { write } from '../../../electron/store/write';
import { FIXED_NOW, tempDir, testServices } from '../support';

describe('the replica and its saved clock', () => {
  let folder: ReturnType<typeof tempDir> | undefined;
  const open: AppServices[] = [];
  afterEach(() => {
    for (const services of open.splice(0)) services.close();
    folder?.cleanup();
  });

  function start(file: string): AppServices {
    const services = testServices(file, false);
    open.push(services);
    return services;
  }

  it('keeps its replica id and clock across a restart, and stamps on after the saved clock', () => {
    folder = tempDir();
    const file = join(folder.dir, 'qingshan.sqlite');
    const first = start(file);
    const stamps = write(first.ctx, () => [stampLocal(first.ctx), stampLocal(first.ctx)]);
    const id = stamps[0]!.replica;
    expect(stamps.map(format)).toEqual([`${FIXED_NOW}-0000-${id}`, `${FIXED_NOW}-0001-${id}`]);
    first.close();
    open.length = 0;

    const again = start(file);
    const next = write(again.ctx, () => stampLocal(again.ctx));
    expect(next.replica).toBe(id);
    // The test clock stands still: the saved counter is what keeps the stamp increasing.
    expect(format(next)).toBe(`${FIXED_NOW}-0002-${id}`);
  });

  it('loses neither a stamp nor the clock it advanced when the write rolls back', () => {
    folder = tempDir();
    const services = start(join(folder.dir, 'shimen.sqlite'));
    const kept = write(services.ctx, () => stampLocal(services.ctx));
    expect(() =>
      write(services.ctx, () => {
        stampLocal(services.ctx);
        throw new Error('the write fails after stamping');
      }),
    ).toThrow('the write fails');
    expect(currentClock(services.ctx)).toEqual(kept);
  });

  it('answers with a new replica id when the database is opened under another installation key', () => {
    folder = tempDir();
    const file = join(folder.dir, 'yunxi.sqlite');
    const county = start(file);
    const countyStamp = write(county.ctx, () => stampLocal(county.ctx));
    const countyKey = replicaOf(county.ctx).keyId;
    county.close();
    open.length = 0;

    // The township laptop: the same database file, but its own key (none beside the copy yet).
    const copy = join(folder.dir, 'township', 'yunxi.sqlite');
    mkdirSync(join(folder.dir, 'township'));
    copyFileSync(file, copy);
    const township = start(copy);
    const townshipStamp = write(township.ctx, () => stampLocal(township.ctx));
    expect(townshipStamp.replica).not.toBe(countyStamp.replica);
    expect(replicaOf(township.ctx).keyId).not.toBe(countyKey);
    // Its clock never goes back: the copy goes on from the county's saved time.
    expect(compare(townshipStamp, { ...countyStamp, replica: townshipStamp.replica })).toBe(1);
  });

  it('moves past an imported stamp and refuses one stamped with its own id', () => {
    folder = tempDir();
    const services = start(join(folder.dir, 'shimen.sqlite'));
    const own = write(services.ctx, () => stampLocal(services.ctx));
    const remote = parse(`2025-11-20T08:30:00.000Z-0005-${'b'.repeat(16)}`);
    write(services.ctx, () => observeRemote(services.ctx, remote));
    const after = write(services.ctx, () => stampLocal(services.ctx));
    expect(compare(after, remote)).toBe(1);
    expect(after.replica).toBe(own.replica);
    expect(() =>
      write(services.ctx, () => observeRemote(services.ctx, { ...after, counter: 9 })),
    ).toThrow(ClockError);
  });
});
