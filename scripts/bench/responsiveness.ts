/**
 * Responsiveness (issue #12): how fast `campaigns.list` answers while a 50,000-row branch
 * import (preview, then apply) and a province export run at the same time in the same app.
 * Runs in a child process of this bundle (XP_BENCH_CHILD=responsiveness) on a copy of the
 * province dataset, so the import's writes never touch the cached file.
 */
import { spawnSync } from 'node:child_process';
import type { Measurement } from './measurement';
import { SAMPLE_EVERY_MS } from './sampling';
import { quantile } from './timing';

export const CHILD_FLAG = 'responsiveness';
export const IMPORT_ROWS = 50_000;

export interface ResponsivenessReport {
  dataset: string;
  latencies: number[];
  idle: number[];
  importMs: number;
  exportMs: number;
  created: number;
  exportBytes: number;
}

export function measureResponsiveness(script: string, file: string): Measurement[] {
  const result = spawnSync(process.execPath, ['--expose-gc', script, '--help'], {
    env: { ...process.env, XP_BENCH_CHILD: CHILD_FLAG, XP_BENCH_DATASET: file },
    stdio: ['ignore', 'pipe', 'inherit'],
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.error) throw result.error;
  if (result.status !== 0)
    throw new Error(`Responsiveness bench failed (exit ${result.status ?? result.signal ?? '?'})`);
  return toMeasurements(JSON.parse(result.stdout) as ResponsivenessReport);
}

function toMeasurements(r: ResponsivenessReport): Measurement[] {
  const ms = (v: number) => `${v.toFixed(v < 10 ? 1 : 0)} ms`;
  return [
    {
      dataset: r.dataset,
      key: 'responsive.list-p95',
      label: 'campaigns.list p95 while importing 50,000 rows and exporting',
      value: quantile(r.latencies, 0.95),
      unit: 'ms',
      runs: r.latencies,
      detail:
        `${r.latencies.length} calls, one at a time every ${SAMPLE_EVERY_MS} ms, each timed from its click: median ` +
        `${ms(quantile(r.latencies, 0.5))}, max ${ms(Math.max(...r.latencies))}; idle p95 ` +
        `${ms(quantile(r.idle, 0.95))}; import (read in a worker, one transaction) ` +
        `${Math.round(r.importMs)} ms for ${r.created.toLocaleString('en')} branches, export ` +
        `(ranked and written in a worker) ${Math.round(r.exportMs)} ms`,
    },
  ];
}
