import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AppServices } from '../../electron/services/app';
import { startServices } from '../../electron/services/app';

/** A fresh folder per test, removed afterwards. */
export function tempDir(): { dir: string; cleanup(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'xingping-unit-'));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Deterministic ids: 00000000-0000-4000-8000-000000000001, …002, … */
export function sequentialIds(): () => string {
  let n = 0;
  return () => {
    n += 1;
    return `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
  };
}

export const FIXED_NOW = '2025-11-20T08:00:00.000Z';

/** Services over a real SQLite file with a fixed clock and id sequence. */
export function testServices(dbFile: string, seedDemo = true): AppServices {
  return startServices({
    dbFile,
    host: 'test',
    version: '0.0.0-test',
    seedDemo,
    actor: 'tester',
    now: () => FIXED_NOW,
    newId: sequentialIds(),
  });
}

export function count(services: AppServices, table: string): number {
  return (services.ctx.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
}
