import { copyFileSync, existsSync, utimesSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CHECKED_SUFFIX, FULL_CHECK_EVERY_MS } from '../../../electron/store/checked';
import { checkAtStart } from '../../../electron/store/health';
import { SCHEMA_VERSION } from '../../../electron/store/migrations';
import { closeStore, openStore } from '../../../electron/store/open';
import { tempDir } from '../support';
import { countyDatabase, overwrittenCopy } from './damage';

// Issue #12 point 6: a big file closed cleanly is not read through again at the next start;
// anything that may have touched it since brings the full check (issue #15) back.

let tmp: ReturnType<typeof tempDir>;
beforeEach(() => {
  tmp = tempDir();
});
afterEach(() => tmp.cleanup());

/** Every file counts as big here, so the note is used at all. */
const ANY_SIZE = { rememberFrom: 0 };

/** A county database opened and closed by the app as it runs. */
function closedByTheApp(name = 'county.sqlite'): string {
  const file = countyDatabase(tmp.dir, name);
  closeStore(openStore(file));
  return file;
}

describe('the start-up check after a clean close', () => {
  it('is remembered: the next start trusts the untouched file and reads its schema version', () => {
    const file = closedByTheApp();
    expect(existsSync(file + CHECKED_SUFFIX)).toBe(true);
    expect(checkAtStart(file, ANY_SIZE)).toMatchObject({
      health: { state: 'healthy', schemaVersion: SCHEMA_VERSION },
      remembered: true,
    });
    // And the chain goes on: opened and closed again, still remembered.
    closeStore(openStore(file));
    expect(checkAtStart(file, ANY_SIZE)).toMatchObject({ remembered: true });
  });

  it('runs in full on a file changed since, and finds the damage', () => {
    const file = closedByTheApp();
    const marker = file + CHECKED_SUFFIX;
    // Another program overwrites a page in place (same size, same inode) a moment later.
    const damaged = overwrittenCopy(file, join(tmp.dir, 'scratch.sqlite'));
    copyFileSync(damaged, file);
    const later = new Date(Date.now() + 2000);
    utimesSync(file, later, later);
    expect(existsSync(marker)).toBe(true);
    expect(checkAtStart(file, ANY_SIZE)).toMatchObject({
      health: { state: 'damaged', damage: 'malformed' },
      remembered: false,
    });
  });

  it('runs in full when the app did not close the file (a crash), or for a copy with its note', () => {
    const file = closedByTheApp();
    // Opening forgets the note: if this session never closes, the next start checks in full.
    const db = openStore(file);
    expect(existsSync(file + CHECKED_SUFFIX)).toBe(false);
    closeStore(db);
    const copy = join(tmp.dir, 'copy.sqlite');
    copyFileSync(file, copy);
    copyFileSync(file + CHECKED_SUFFIX, copy + CHECKED_SUFFIX);
    expect(checkAtStart(copy, ANY_SIZE)).toMatchObject({ remembered: false });
  });

  it('runs in full at least once a day, and always for files below the size that needs it', () => {
    const file = closedByTheApp();
    const tomorrow = Date.now() + FULL_CHECK_EVERY_MS + 1;
    expect(checkAtStart(file, { ...ANY_SIZE, now: tomorrow })).toMatchObject({
      health: { state: 'healthy' },
      remembered: false,
    });
    // A county's file is far below the size where the full check costs anything.
    expect(checkAtStart(file)).toMatchObject({ health: { state: 'healthy' }, remembered: false });
  });
});
