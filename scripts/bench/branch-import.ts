/**
 * Branch-list import at province scale: a generated 46,000-row list (≈1,000 townships, merged
 * township cells, subtotal rows) is previewed and applied into a fresh database, as the wizard
 * does. Runs in Node processes of their own (this bundle, started with XP_BENCH_CHILD=branch-import,
 * which makes main.ts load branch-import-child.ts) because the import is asynchronous and the
 * bench's main loop is not: one makes the list with exceljs, the next imports it, so the
 * import's peak memory does not count the making of the file.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Measurement } from './measurement';

export const DATASET = 'branch-list';
export const ROWS = 46_000;
export const PER_TOWNSHIP = 46;
export const CHILD_FLAG = 'branch-import';
/** The environment variable naming the list's file, shared by the two children. */
export const LIST_FILE = 'XP_BENCH_LIST_FILE';

function runChild(script: string, env: Record<string, string>): string {
  const result = spawnSync(process.execPath, ['--expose-gc', script, '--help'], {
    env: { ...process.env, XP_BENCH_CHILD: CHILD_FLAG, ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
    encoding: 'utf8',
    maxBuffer: 16 * 1024 * 1024,
  });
  if (result.error) throw result.error;
  if (result.status !== 0)
    throw new Error(`Branch import bench failed (exit ${result.status ?? result.signal ?? '?'})`);
  return result.stdout;
}

/** Makes the list in one fresh process of this same bundle, imports it in another. */
export function measureBranchImport(script: string, log: (line: string) => void): Measurement[] {
  log(`${DATASET}: generating ${ROWS.toLocaleString('en')} rows and importing them …`);
  const dir = mkdtempSync(join(tmpdir(), 'xingping-bench-list-'));
  try {
    const file = join(dir, 'province-branches.xlsx');
    runChild(script, { [LIST_FILE]: file, XP_BENCH_MAKE_LIST: '1' });
    return JSON.parse(runChild(script, { [LIST_FILE]: file })) as Measurement[];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
