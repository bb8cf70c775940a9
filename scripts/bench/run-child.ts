import { spawnSync } from 'node:child_process';
import type { ChildReport } from './child';

/**
 * Measures one dataset in a fresh Node process (this same script with --measure), so each
 * dataset's peak memory is its own and garbage from generation or another dataset cannot count.
 */
export function measureInChild(script: string, file: string): ChildReport {
  const result = spawnSync(process.execPath, ['--expose-gc', script, '--measure', file], {
    stdio: ['ignore', 'pipe', 'inherit'],
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.error) throw result.error;
  if (result.status !== 0) {
    throw new Error(`Measuring ${file} failed (exit ${result.status ?? result.signal ?? '?'})`);
  }
  return JSON.parse(result.stdout) as ChildReport;
}
