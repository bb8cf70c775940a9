import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { AppServices } from '../../../electron/services/app';
import { startServices } from '../../../electron/services/app';
import { replicaOf } from '../../../electron/services/exchange/replica';
import { mergeHere } from '../../../electron/services/exchange/service';
import { write } from '../../../electron/store/write';
import type { PackageSummary } from '../../../shared/domain/views/exchange';
import { afterEach, beforeEach } from 'vitest';
import { FIXED_NOW, tempDir } from '../support';

/**
 * A laptop of the exchange tests: its own folder (so its own installation key, so its own
 * replica) with an empty database, an operator and the tests' fixed clock.
 */
export function openLaptop(
  dir: string,
  operator: string,
  newId: () => string = randomUUID,
): AppServices {
  mkdirSync(dir, { recursive: true });
  return startServices({
    dbFile: join(dir, 'xingping.sqlite'),
    host: 'test',
    version: '0.0.0-test',
    actor: operator,
    now: () => FIXED_NOW,
    newId,
  });
}

/**
 * Merges a package into `to` on the test's own connection, without the app's backup and
 * worker (`worker-jobs.ts`): the property test merges hundreds of packages, and the worker path
 * has its own tests (merge.test.ts). Binds the replica first, as the app's import does.
 */
export function mergeInProcess(to: AppServices, file: string): Promise<PackageSummary> {
  return mergeHere(
    to.ctx,
    file,
    write(to.ctx, () => replicaOf(to.ctx)),
  );
}

/**
 * Each test of the calling file gets a fresh temp folder and the laptops it opens there, all
 * closed and removed after it: `laptop(name, operator)` opens one in its own subfolder, `keep`
 * closes one opened otherwise, `path` names a file in the folder.
 */
export function laptopsPerTest() {
  let tmp: ReturnType<typeof tempDir> | undefined;
  const open: AppServices[] = [];
  beforeEach(() => {
    tmp = tempDir();
  });
  afterEach(() => {
    for (const services of open.splice(0)) services.close();
    tmp?.cleanup();
  });
  const dir = (): string => {
    if (!tmp) throw new Error('laptopsPerTest: used outside a test');
    return tmp.dir;
  };
  const keep = (services: AppServices): AppServices => {
    open.push(services);
    return services;
  };
  return {
    path: (...parts: string[]) => join(dir(), ...parts),
    keep,
    laptop: (name: string, operator: string, newId?: () => string) =>
      keep(openLaptop(join(dir(), name), operator, newId)),
  };
}
