/**
 * Exchange packages (issue #16): making a package of a whole county's data and merging it into
 * an empty laptop's database, as the county sends a township its campaign. Runs in a child
 * process of this bundle (XINGPING_BENCH_EXCHANGE=<dataset file>), so its peak memory is its
 * own; the work is in exchange-child.ts.
 */
import { spawnSync } from 'node:child_process';
import type { Measurement } from './measurement';

export const CHILD_ENV = 'XINGPING_BENCH_EXCHANGE';

export function measureExchange(script: string, file: string): Measurement[] {
  const result = spawnSync(process.execPath, ['--expose-gc', script], {
    stdio: ['ignore', 'pipe', 'inherit'],
    encoding: 'utf8',
    env: { ...process.env, [CHILD_ENV]: file },
    maxBuffer: 16 * 1024 * 1024,
  });
  if (result.error) throw result.error;
  if (result.status !== 0) throw new Error(`Measuring the exchange of ${file} failed`);
  return JSON.parse(result.stdout) as Measurement[];
}
