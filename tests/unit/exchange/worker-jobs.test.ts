import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AppServices } from '../../../electron/services/app';
import { startServices } from '../../../electron/services/app';
import { importPackage, writePackage } from '../../../electron/services/exchange';
import { setMeta } from '../../../electron/store/queries/meta';
import { write } from '../../../electron/store/write';
import type { JobProgress } from '../../../shared/api/events';
import { setUpQingshan } from '../county/qingshan';
import { call, FIXED_NOW, sequentialIds } from '../support';
import { laptopsPerTest } from './laptops';
import { travellingTables } from './tables-dump';

/**
 * The app's merge runs in a worker thread on its own connection (worker-jobs.ts): main answers
 * reads meanwhile, refuses its own writes with BUSY instead of waiting on SQLite's lock, and
 * what the worker did not commit is not kept.
 */
const laptops = laptopsPerTest();

const laptop = (name: string, operator: string) => laptops.laptop(name, operator, sequentialIds());

/** 青山县's laptop, set up from an empty database, and a package of all of it. */
async function countyPackage(): Promise<{ county: AppServices; file: string }> {
  const county = laptop('qingshan', '王芳');
  await setUpQingshan(county);
  const file = laptops.path('qingshan.xpsync');
  await writePackage(county.ctx, { kind: 'all' }, file);
  return { county, file };
}

/** What main saw, synchronously, at each progress event of one job. */
interface Seen {
  progress: JobProgress;
  write: string;
  orgUnits: number;
  cancelled: boolean | null;
}

describe('merging a package in a worker', { timeout: 120_000 }, () => {
  it('keeps main answering reads, refuses its writes with BUSY until the merge ends, then goes on', async () => {
    const { county, file } = await countyPackage();
    const township = laptop('yunxi', '李娜');
    const jobId = '00000000-0000-4000-8000-00000000e001';
    const seen: Seen[] = [];
    township.events.subscribe((event) => {
      if (event.name !== 'job.progress' || event.data.jobId !== jobId) return;
      // Each event reaches main while the worker holds the file: try a write and a read now.
      let outcome = 'written';
      try {
        write(township.ctx, () => setMeta(township.ctx.db, 'note', '李娜'));
      } catch (error) {
        outcome = (error as { code?: string }).code ?? String(error);
      }
      const units = township.ctx.db.prepare('SELECT count(*) AS n FROM org_units').get() as {
        n: number;
      };
      // Once the worker writes, stopping it could leave the outcome unknown: refused.
      const cancelled = event.data.phase === 'write' ? township.ctx.jobs.cancel(jobId) : null;
      seen.push({ progress: event.data, write: outcome, orgUnits: units.n, cancelled });
    });

    const summary = await importPackage(township.ctx, file, { jobId, fileName: '青山县.xpsync' });

    expect(summary.counts.new).toBeGreaterThan(10);
    const phases = seen.map((s) => s.progress.phase);
    expect(phases[0]).toBe('queued');
    expect(phases).toContain('read');
    expect(phases).toContain('write');
    expect(seen.every((s) => s.write === 'BUSY')).toBe(true);
    // Reads went on: the first, before the worker started, saw the data without the merge.
    // (Later ones may be handled after the worker committed: messages reach main late.)
    expect(seen[0]?.orgUnits).toBe(0);
    expect(seen.every((s) => Number.isInteger(s.orgUnits))).toBe(true);
    expect(seen.filter((s) => s.cancelled !== null).every((s) => s.cancelled === false)).toBe(true);
    expect(travellingTables(township.ctx.db)).toEqual(travellingTables(county.ctx.db));
    // The merge is over: main writes again, and the reads see what the worker committed.
    write(township.ctx, () => setMeta(township.ctx.db, 'note', '李娜'));
    const counties = await call<{ name: string }[]>(township, 'counties.list', {});
    expect(counties.map((c) => c.name)).toEqual(['青山县']);
  });

  it('keeps nothing of a merge stopped by its time limit, says so in words, and frees the writes', async () => {
    const { file } = await countyPackage();
    const dir = laptops.path('shimen');
    mkdirSync(dir);
    const township = laptops.keep(
      startServices({
        dbFile: join(dir, 'xingping.sqlite'),
        host: 'test',
        version: '0.0.0-test',
        actor: '陈刚',
        now: () => FIXED_NOW,
        newId: sequentialIds(),
        jobLimits: { 'exchange.merge': { timeMs: 1 } },
      }),
    );
    const before = travellingTables(township.ctx.db);
    await expect(importPackage(township.ctx, file)).rejects.toMatchObject({
      code: 'TOO_COMPLEX',
      details: { fileName: 'qingshan.xpsync', reason: 'time' },
    });
    expect(travellingTables(township.ctx.db)).toEqual(before);
    write(township.ctx, () => setMeta(township.ctx.db, 'note', '陈刚'));
  });
});
