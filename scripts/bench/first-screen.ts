/**
 * The ranking screen's first screen (issue #12 point 6): the first block of rows with the
 * ranking's description and counts, as `ranking.page` answers it. Cold = a fresh process that
 * opens the database and ranks; warm = the ranking cached, a view (sort or filter) not seen
 * yet. In process (the registry, as Electron's IPC reaches it) and over the wire (`xingping
 * serve`, HTTP, JSON parsed). Each child is a fresh process; cold in process is asked
 * COLD_RUNS times in COLD_RUNS processes.
 */
import { spawnSync } from 'node:child_process';
import type { Measurement } from './measurement';
import { median, quantile } from './timing';

export const CHILD_FLAG = 'first-screen';
export const COLD_RUNS = 3;
export const WARM_CYCLES = 3;
/** The screen's block size (renderer/src/features/ranking/queries.ts RANKING_BLOCK). */
const BLOCK = 200;

/** Eight views, more than the server keeps arranged (4), so each warm ask sorts or filters anew. */
export const WARM_VIEWS: Record<string, unknown>[] = [
  { sort: { key: 'total', dir: 'desc' } },
  { sort: { key: 'branch', dir: 'asc' } },
  { sort: { key: 'township', dir: 'asc' } },
  { sort: { key: 'dim:0', dir: 'desc' } },
  { filters: { townships: [], levels: [3], stars: [], search: '' } },
  { filters: { townships: [], levels: [], stars: [], status: 'vetoed', search: '' } },
  { filters: { townships: [], levels: [], stars: [], search: '村1' } },
  {
    filters: { townships: [], levels: [2, 4], stars: [], search: '' },
    sort: { key: 'level', dir: 'desc' },
  },
];

export function firstBlock(campaignId: string): Record<string, unknown> {
  return {
    campaignId,
    offset: 0,
    limit: BLOCK,
    filters: { townships: [], levels: [], stars: [], search: '' },
  };
}

export interface FirstScreenReport {
  dataset: string;
  campaignId: string;
  /** From process start (in process) or from spawning the server (wire) to the parsed answer. */
  cold: number[];
  /** In process: from process start until the ranking is in memory (after a stored answer). */
  ranked: number[];
  /** In process: `campaigns.list` asked again and again while that ranking is computed. */
  during: number[];
  /** One ask each, the ranking cached, for views not yet arranged. */
  warm: number[];
  /** `ranking.compute` (the whole ranking, what the screen asked before), warm. */
  whole: number[];
}

function runChild(script: string, env: Record<string, string>): FirstScreenReport {
  const result = spawnSync(process.execPath, ['--expose-gc', script, '--help'], {
    env: { ...process.env, XP_BENCH_CHILD: CHILD_FLAG, ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.error) throw result.error;
  if (result.status !== 0)
    throw new Error(`First-screen bench failed (exit ${result.status ?? result.signal ?? '?'})`);
  return JSON.parse(result.stdout) as FirstScreenReport;
}

const ms = (v: number): string => `${v.toFixed(v < 10 ? 1 : 0)} ms`;

function row(
  dataset: string,
  key: string,
  label: string,
  runs: number[],
  how: string,
): Measurement {
  return {
    dataset,
    key,
    label,
    value: median(runs),
    unit: 'ms',
    runs,
    detail: `median of ${runs.length}; p95 ${ms(quantile(runs, 0.95))}, max ${ms(Math.max(...runs))}; ${how}`,
  };
}

export function measureFirstScreen(script: string, file: string): Measurement[] {
  // One start with nothing stored (as after any change), which stores the first screen for
  // the starts after it.
  const unstored = runChild(script, {
    XP_BENCH_DATASET: file,
    XP_BENCH_SCREEN_MODE: 'in-process',
    XP_BENCH_SCREEN_FORGET: '1',
  });
  const local: FirstScreenReport[] = [];
  for (let run = 0; run < COLD_RUNS; run += 1) {
    local.push(runChild(script, { XP_BENCH_DATASET: file, XP_BENCH_SCREEN_MODE: 'in-process' }));
  }
  const first = local[0]!;
  const wire = runChild(script, {
    XP_BENCH_DATASET: file,
    XP_BENCH_SCREEN_MODE: 'wire',
    XP_BENCH_CAMPAIGN: first.campaignId,
  });
  const d = first.dataset;
  const cold = local.flatMap((r) => r.cold);
  const warm = local.flatMap((r) => r.warm);
  const whole = local.flatMap((r) => r.whole);
  return [
    row(
      d,
      'screen.cold',
      'first screen after start, in process',
      cold,
      `fresh process each: node start, open, first ${BLOCK} rows stored at the last ranking`,
    ),
    row(
      d,
      'screen.cold-unstored',
      '  the same with nothing stored (first start after a change)',
      unstored.cold,
      'fresh process: node start, open, rank, first rows; the ranking is then stored',
    ),
    row(
      d,
      'screen.ranked-after-start',
      '  until the ranking is in memory, after a stored first screen',
      local.flatMap((r) => r.ranked),
      'from process start; the ranking is computed in slices after the stored answer',
    ),
    row(
      d,
      'screen.call-while-ranking',
      '  a call answered while that ranking is computed',
      local.flatMap((r) => r.during),
      'campaigns.list asked one after another from the stored answer until the ranking is in memory (computed in slices)',
    ),
    row(
      d,
      'screen.warm',
      'first screen of a new view, in process',
      warm,
      `ranking cached; 8 sorts/filters not kept, ${WARM_CYCLES} cycles × ${COLD_RUNS} processes`,
    ),
    row(
      d,
      'screen.whole-ranking',
      '  the whole ranking (ranking.compute), in process',
      whole,
      'warm; what exports and charts ask',
    ),
    row(
      d,
      'screen.cold-wire',
      'first screen after start, over the web host',
      wire.cold,
      'xingping serve started each run (file check included) until the first block is parsed; first screen stored',
    ),
    row(
      d,
      'screen.warm-wire',
      'first screen of a new view, over the web host',
      wire.warm,
      'HTTP + JSON parse; ranking cached',
    ),
    row(
      d,
      'screen.whole-ranking-wire',
      '  the whole ranking over the web host (the screen before)',
      wire.whole,
      'ranking.compute, warm, JSON parsed',
    ),
  ];
}
