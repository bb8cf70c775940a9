/**
 * Branch-list import at province scale: a generated 46,000-row list (≈1,000 townships, merged
 * township cells, subtotal rows) is previewed and applied into a fresh database, as the wizard
 * does. Runs in its own Node process (this bundle, started with XP_BENCH_CHILD=branch-import, which
 * makes main.ts load branch-import-child.ts) because the import is asynchronous (exceljs) and
 * the bench's main loop is not; the other measurements' processes never load exceljs.
 */
import { spawnSync } from 'node:child_process';
import type { Measurement } from './measurement';

export const DATASET = 'branch-list';
export const ROWS = 46_000;
export const PER_TOWNSHIP = 46;
export const CHILD_FLAG = 'branch-import';

/** Runs the import measurement in a fresh process of this same bundle. */
export function measureBranchImport(script: string, log: (line: string) => void): Measurement[] {
  log(`${DATASET}: generating ${ROWS.toLocaleString('en')} rows and importing them …`);
  const result = spawnSync(process.execPath, ['--expose-gc', script, '--help'], {
    env: { ...process.env, XP_BENCH_CHILD: CHILD_FLAG },
    stdio: ['ignore', 'pipe', 'inherit'],
    encoding: 'utf8',
    maxBuffer: 16 * 1024 * 1024,
  });
  if (result.error) throw result.error;
  if (result.status !== 0)
    throw new Error(`Branch import bench failed (exit ${result.status ?? result.signal ?? '?'})`);
  return JSON.parse(result.stdout) as Measurement[];
}
