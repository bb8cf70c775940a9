/**
 * The child of first-screen.ts. `in-process`: a fresh app process opens the dataset and asks
 * for the ranking screen's first block; then, warm, for views it has not seen yet. `wire`: the
 * same through `xingping serve` and HTTP, each cold run a freshly started server.
 */
import type { ChildProcess } from 'node:child_process';
import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { setQuiet } from '../../electron/logger';
import { startServices } from '../../electron/services/app';
import { FIRST_SCREEN_KEY } from '../../electron/services/ranking/first-screen';
import { rankingWarmed } from '../../electron/services/ranking/warm-up';
import { deleteMeta, getMeta } from '../../electron/store/queries/meta';
import type { Result } from '../../shared/result';
import { BENCH_NOW } from './bench-campaign';
import type { DatasetInfo } from './generate';
import { DATASET_META_KEY } from './generate';
import type { FirstScreenReport } from './first-screen';
import { CHILD_FLAG, COLD_RUNS, WARM_CYCLES, WARM_VIEWS, firstBlock } from './first-screen';

async function inProcess(file: string): Promise<FirstScreenReport> {
  const services = startServices({
    dbFile: file,
    host: 'cli',
    version: 'bench',
    seedDemo: false,
    actor: 'bench',
    now: () => BENCH_NOW,
  });
  try {
    const raw = getMeta(services.ctx.db, DATASET_META_KEY);
    if (!raw) throw new Error(`${file} is not a bench dataset`);
    const info = JSON.parse(raw) as DatasetInfo;
    const ask = async (method: string, input: unknown): Promise<void> => {
      const result = await services.registry.call(method, input);
      if (!result.ok) throw new Error(`${method}: ${result.error.code} ${result.error.message}`);
    };
    // Nothing stored: the first start after a change (or the first ever) ranks before answering.
    if (process.env.XP_BENCH_SCREEN_FORGET === '1') deleteMeta(services.ctx.db, FIRST_SCREEN_KEY);
    await ask('ranking.page', firstBlock(info.campaignId));
    // performance.now() counts from the process's start: node, the bundle, opening, ranking.
    const cold = performance.now();
    // A stored first screen is answered before the ranking, which follows in slices: ask
    // something else meanwhile, as the rest of the app would, until the ranking is in memory,
    // so the warm asks below find it as a user's second request would a moment later.
    const during: number[] = [];
    let warmed = false;
    const warming = rankingWarmed(services.ctx.db).then(() => {
      warmed = true;
    });
    while (!warmed) {
      // Timed from when the call could first be made: a call that arrives while a slice runs
      // waits for it, and that wait is what the user feels.
      const started = performance.now();
      await new Promise((done) => setImmediate(done));
      await ask('campaigns.list', {});
      during.push(performance.now() - started);
    }
    await warming;
    const ranked = performance.now();
    const warm: number[] = [];
    for (let cycle = 0; cycle < WARM_CYCLES; cycle += 1) {
      for (const view of WARM_VIEWS) {
        const started = performance.now();
        await ask('ranking.page', { ...firstBlock(info.campaignId), ...view });
        warm.push(performance.now() - started);
      }
    }
    const whole: number[] = [];
    for (let run = 0; run < 3; run += 1) {
      const started = performance.now();
      await ask('ranking.compute', { campaignId: info.campaignId });
      whole.push(performance.now() - started);
    }
    return {
      dataset: info.spec.name,
      campaignId: info.campaignId,
      cold: [cold],
      ranked: [ranked],
      during,
      warm,
      whole,
    };
  } finally {
    services.close();
  }
}

interface Served {
  child: ChildProcess;
  post: (method: string, input: unknown) => Promise<unknown>;
}

async function serve(file: string): Promise<Served> {
  const child = spawn(
    process.execPath,
    [resolve('bin/xingping.js'), 'serve', '--db', file, '--port', '0'],
    {
      // Its banner goes to stderr; the bench prints only its table.
      stdio: ['ignore', 'pipe', 'ignore'],
    },
  );
  const url = await new Promise<string>((resolveUrl, reject) => {
    if (!child.stdout) throw new Error('serve has no stdout');
    createInterface({ input: child.stdout }).once('line', resolveUrl);
    child.once('exit', (code) => reject(new Error(`xingping serve exited with ${code}`)));
  });
  const address = new URL(url);
  const token = address.searchParams.get('token') ?? '';
  const post = async (method: string, input: unknown): Promise<unknown> => {
    const response = await fetch(`${address.origin}/api/${method}`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify(input),
    });
    // Parsed, as the page does: over the wire the JSON is part of the cost.
    const envelope = (await response.json()) as Result<unknown>;
    if (!envelope.ok) throw new Error(`${method}: ${envelope.error.code}`);
    return envelope.data;
  };
  return { child, post };
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((done) => child.once('exit', done));
  child.kill('SIGTERM');
  await exited;
}

async function overWire(file: string, campaignId: string): Promise<FirstScreenReport> {
  const dir = mkdtempSync(join(tmpdir(), 'xingping-bench-screen-'));
  try {
    // The served copy: a server may write (its start, a repack); the cached dataset must not change.
    const copy = join(dir, 'province.sqlite');
    copyFileSync(file, copy);
    if (existsSync(`${file}-wal`)) copyFileSync(`${file}-wal`, `${copy}-wal`);
    const cold: number[] = [];
    const warm: number[] = [];
    const whole: number[] = [];
    for (let run = 0; run < COLD_RUNS; run += 1) {
      const started = performance.now();
      const served = await serve(copy);
      try {
        await served.post('ranking.page', firstBlock(campaignId));
        cold.push(performance.now() - started);
        if (run > 0) continue;
        for (let cycle = 0; cycle < WARM_CYCLES; cycle += 1) {
          for (const view of WARM_VIEWS) {
            const t0 = performance.now();
            await served.post('ranking.page', { ...firstBlock(campaignId), ...view });
            warm.push(performance.now() - t0);
          }
        }
        for (let k = 0; k < 3; k += 1) {
          const t0 = performance.now();
          await served.post('ranking.compute', { campaignId });
          whole.push(performance.now() - t0);
        }
      } finally {
        await stop(served.child);
      }
    }
    return { dataset: 'province', campaignId, cold, ranked: [], during: [], warm, whole };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.env.XP_BENCH_CHILD === CHILD_FLAG) {
  setQuiet(true);
  const file = process.env.XP_BENCH_DATASET ?? '';
  const mode = process.env.XP_BENCH_SCREEN_MODE;
  const report =
    mode === 'wire'
      ? await overWire(file, process.env.XP_BENCH_CAMPAIGN ?? '')
      : await inProcess(file);
  process.stdout.write(JSON.stringify(report));
  process.exit(0);
}
