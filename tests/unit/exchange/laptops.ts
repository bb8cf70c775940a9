import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { AppServices } from '../../../electron/services/app';
import { startServices } from '../../../electron/services/app';
import { FIXED_NOW } from '../support';

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
