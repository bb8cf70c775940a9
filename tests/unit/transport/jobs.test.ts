import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AppServices, StartOptions } from '../../../electron/services/app';
import { createMainI18n } from '../../../electron/i18n';
import { TASK_NAMES } from '../../../electron/jobs/registry';
import { resolveWorkerFile } from '../../../electron/jobs/worker-file';
import type { JobProgress } from '../../../shared/api/events';
import { call, count, failure, holdFile, tempDir, testServices } from '../support';
import { longBranchList, wideNumberList } from '../workbook/hand-made';
import { startServices } from '../../../electron/services/app';

/** Long enough that reading it takes a while: 120,000 villages, 18 MB of sheet XML. */
const LONG = 120_000;

const SMALL = Buffer.from('乡镇,村名\n云溪镇,石门村\n云溪镇,河口社区\n');

let tmp: ReturnType<typeof tempDir>;
let services: AppServices;
let list: Buffer;
/** The most values the guard lets through (900,000 numbers): the slowest, heaviest read. */
let wide: Buffer;

function start(options: Partial<StartOptions> = {}): AppServices {
  services?.close();
  services = startServices({
    ...{ dbFile: join(tmp.dir, 'jobs.sqlite'), host: 'test', version: '0.0.0-test' },
    ...options,
  });
  return services;
}

beforeEach(() => {
  tmp = tempDir();
  services = testServices(join(tmp.dir, 'jobs.sqlite'));
  list ??= longBranchList(LONG);
  wide ??= wideNumberList(9_000, 100);
});
afterEach(() => {
  services.close();
  tmp.cleanup();
});

const campaignId = () =>
  (services.ctx.db.prepare('SELECT id FROM campaigns').get() as { id: string }).id;

async function preview(fileName: string, bytes: Buffer, extra: Record<string, unknown> = {}) {
  const fileId = await holdFile(services, { fileName, bytes });
  return { fileId, input: { campaignId: campaignId(), fileId, ...extra } };
}

describe('heavy work in worker threads', { timeout: 120_000 }, () => {
  it('finds the built worker (out/main/worker.js), which knows every task by a unique name', () => {
    expect(resolveWorkerFile()).toBe(resolve('out/main/worker.js'));
    expect(new Set(TASK_NAMES).size).toBe(TASK_NAMES.length);
    expect([...TASK_NAMES].sort()).toEqual([
      'backups.check',
      'branchImport.read',
      'exchange.build',
      'exchange.merge',
      'exports.build',
      'meetings.minutes',
      'publication.document',
      'publication.workbook',
      'rubrics.readFile',
      'rubrics.writeFile',
      'scoreTemplates.read',
      'scoreTemplates.write',
    ]);
  });

  it('stops a read that runs past its time limit: translated error naming the file, app fine', async () => {
    start({ jobLimits: { 'branchImport.read': { timeMs: 400 } } });
    const { input } = await preview('青山县名册.xlsx', wide);
    const error = await failure(services, 'branchImport.preview', input);
    expect(error).toMatchObject({
      code: 'TOO_COMPLEX',
      details: { fileName: '青山县名册.xlsx', reason: 'time', limit: '0.4 s' },
    });
    const zh = createMainI18n().getFixedT('zh-CN');
    expect(String(zh('errors.TOO_COMPLEX', error.details ?? {}))).toMatch(
      /^“青山县名册\.xlsx”过于复杂，无法安全地读取或生成：所需超过了 0\.4 s。/,
    );
    // The app keeps answering, and other workers still run (a rubric file, default limits).
    expect(await call<unknown[]>(services, 'campaigns.list', {})).toHaveLength(1);
    const rubric = await holdFile(services, {
      fileName: '青山县指标.json',
      bytes: readFileSync(resolve('tests/fixtures/rubrics/all-features.json')),
    });
    const read = await call<{ problems: unknown[] }>(services, 'rubrics.importFile', {
      fileId: rubric,
    });
    expect(read.problems).toEqual([]);
  });

  it('stops a read that needs more memory than its limit, and keeps working', async () => {
    // With a warm spare waiting (as in the app): a task with other limits gets its own worker.
    // The reader streams, so a long list of names fits in a small heap. 900,000 distinct numbers
    // (20 MB of sheet XML, the guard's most) do not fit in 16 MB; a worker reading a small file
    // does, now that it loads only its own task's code. (While every worker loaded every task's
    // code the limit was 32 MB; with only the reader's code the wide list fits in 32 MB.)
    start({ jobLimits: { 'branchImport.read': { heapMb: 16 } }, prewarmWorker: true });
    const { input } = await preview('青山县名册.xlsx', wide);
    const error = await failure(services, 'branchImport.preview', input);
    expect(error).toMatchObject({
      code: 'TOO_COMPLEX',
      details: { fileName: '青山县名册.xlsx', reason: 'memory', limit: '16 MB' },
    });
    const small = await preview('小名单.csv', SMALL);
    const ok = await call<{ counts: { new: number } }>(
      services,
      'branchImport.preview',
      small.input,
    );
    expect(ok.counts.new).toBe(2);
  });

  it('runs job after job on warm spares, each in a clean worker', async () => {
    start({ prewarmWorker: true });
    const bytes = readFileSync(resolve('tests/fixtures/rubrics/all-features.json'));
    for (let i = 0; i < 3; i += 1) {
      const fileId = await holdFile(services, { fileName: `青山县${i}.json`, bytes });
      const read = await call<{ name: string; problems: unknown[] }>(
        services,
        'rubrics.importFile',
        { fileId },
      );
      expect(read.problems).toEqual([]);
    }
  });

  it('reports progress as it reads, and cancels on request without writing anything', async () => {
    const seen: JobProgress[] = [];
    services.events.subscribe((event) => {
      if (event.name === 'job.progress') seen.push(event.data);
    });
    const jobId = '00000000-0000-4000-8000-0000000000aa';
    const before = count(services, 'org_units');
    const { input } = await preview('青山县名册.xlsx', wide, { jobId });
    const pending = failure(services, 'branchImport.preview', input);
    await expect.poll(() => seen.some((p) => p.phase === 'parse'), { timeout: 30_000 }).toBe(true);
    expect(await call(services, 'jobs.cancel', { jobId })).toEqual({ cancelled: true });
    expect(await pending).toMatchObject({
      code: 'CANCELLED',
      details: { fileName: '青山县名册.xlsx' },
    });
    expect(seen.every((p) => p.jobId === jobId)).toBe(true);
    expect(seen.map((p) => p.phase).slice(0, 2)).toEqual(['queued', 'read']);
    // Nothing to cancel any more.
    expect(await call(services, 'jobs.cancel', { jobId })).toEqual({ cancelled: false });
    expect(count(services, 'org_units')).toBe(before);
  });

  it('stops a job whose cancel overtook its call, as soon as it starts', async () => {
    const jobId = '00000000-0000-4000-8000-0000000000bb';
    expect(await call(services, 'jobs.cancel', { jobId })).toEqual({ cancelled: true });
    const { input } = await preview('小名单.csv', SMALL, { jobId });
    expect(await failure(services, 'branchImport.preview', input)).toMatchObject({
      code: 'CANCELLED',
      details: { fileName: '小名单.csv' },
    });
  });

  it('reads a long list in a worker, so calls made meanwhile answer at once', async () => {
    const { input } = await preview('青山县名册.xlsx', list);
    const reading = call<{ counts: { new: number } }>(services, 'branchImport.preview', input);
    const started = performance.now();
    let calls = 0;
    let done = false;
    void reading.finally(() => {
      done = true;
    });
    const slowest: number[] = [];
    while (!done) {
      const t = performance.now();
      await call(services, 'campaigns.list', {});
      slowest.push(performance.now() - t);
      calls += 1;
      await new Promise((r) => setTimeout(r, 20));
    }
    expect((await reading).counts.new).toBe(LONG);
    expect(performance.now() - started).toBeGreaterThan(500);
    // Many calls were answered while the worker parsed (a parse on main would allow one).
    expect(calls).toBeGreaterThan(10);
  });
});
