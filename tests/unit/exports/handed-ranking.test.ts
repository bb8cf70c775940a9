import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AppServices } from '../../../electron/services/app';
import { DEFAULT_LIMITS, limitsFor } from '../../../electron/jobs/limits';
import { TASK_NAMES } from '../../../electron/jobs/registry';
import { buildExportFile } from '../../../electron/services/exports/build';
import { computeRanking, rankingIfComputed } from '../../../electron/services/ranking';
import type { RankingView } from '../../../shared/domain/views';
import type { OutgoingFile } from '../../../shared/domain/views/files';
import type { Qingshan } from '../../fixtures/qingshan-county';
import { createQingshan } from '../../fixtures/qingshan-county';
import { call, takeFile, tempDir, testServices } from '../support';
import { ALL_SHEETS, readWorkbook, sheet, valueAt } from './support';

/**
 * An export is built in a worker. Main hands it the rounds it has ranked already, so the worker
 * does not rank a province a second time beside main's ranking (exports/service.ts).
 */
let tmp: ReturnType<typeof tempDir>;
let services: AppServices;
let county: Qingshan;

beforeEach(async () => {
  tmp = tempDir();
  services = testServices(join(tmp.dir, 'handed.sqlite'), false);
  county = await createQingshan((method, input) => call(services, method, input));
});
afterEach(() => {
  services.close();
  tmp.cleanup();
});

const SUMMARY_OPTIONS = {
  ...ALL_SHEETS,
  sheets: ['summary' as const],
  unitName: '中共青山县委组织部',
};

/** The branch names down the summary sheet of an export file. */
async function namesIn(file: string): Promise<unknown[]> {
  const ws = sheet(await readWorkbook(file), '汇总排名表');
  const names: unknown[] = [];
  for (let row = 5; valueAt(ws, row, 1) !== null && typeof valueAt(ws, row, 1) === 'number'; row++)
    names.push(valueAt(ws, row, 3));
  return names;
}

async function summaryNames(known?: RankingView[]): Promise<unknown[]> {
  const file = join(tmp.dir, `summary-${known ? 'handed' : 'own'}.xlsx`);
  await buildExportFile(services.ctx, county.campaignId, SUMMARY_OPTIONS, file, {
    ...(known ? { known } : {}),
  });
  return namesIn(file);
}

/** `exports.build` through the API: the worker, the one-time link, the file read back. */
async function namesThroughApi(name: string): Promise<unknown[]> {
  const built = await call<OutgoingFile>(services, 'exports.build', {
    campaignId: county.campaignId,
    options: { ...SUMMARY_OPTIONS, roundId: county.roundId },
  });
  const file = join(tmp.dir, name);
  writeFileSync(file, await takeFile(services, built));
  return namesIn(file);
}

describe('an export handed main’s ranking', () => {
  it('is handed only a ranking computed at the current data, and nothing is computed to hand it', async () => {
    const round = { campaignId: county.campaignId, roundId: county.roundId };
    expect(rankingIfComputed(services.ctx, round)).toBeNull();
    const computed = computeRanking(services.ctx, round);
    expect(rankingIfComputed(services.ctx, round)?.rows).toEqual(computed.rows);
    // A change the ranking is computed from makes main's ranking stale: nothing is handed.
    const tree = await call<{ townships: { id: string; name: string }[] }>(
      services,
      'branchRegistry.tree',
      { campaignId: county.campaignId },
    );
    const township = tree.townships.find((t) => t.name === '云溪镇')!;
    await call(services, 'branchRegistry.renameTownship', {
      townshipId: township.id,
      name: '云溪街道',
      reason: '更正名称',
    });
    expect(rankingIfComputed(services.ctx, round)).toBeNull();
  });

  it('writes the rows it was handed instead of ranking again', async () => {
    const view = computeRanking(services.ctx, {
      campaignId: county.campaignId,
      roundId: county.roundId,
    });
    const own = await summaryNames();
    expect(own).toEqual(view.rows.map((r) => r.branchName));
    // A handed ranking whose first branch carries a marker: the sheet shows the marker, so the
    // rows came from what was handed, not from a ranking computed in the build.
    const [first, ...rest] = view.rows;
    const handed: RankingView = {
      ...view,
      rows: [{ ...first!, branchName: `${first!.branchName}（交来的排名）` }, ...rest],
    };
    const names = await summaryNames([handed]);
    expect(names[0]).toBe(`${first!.branchName}（交来的排名）`);
    expect(names.slice(1)).toEqual(own.slice(1));
  });

  it('through the API, writes the same sheet whether main had ranked (handed) or not (the worker ranks)', async () => {
    const round = { campaignId: county.campaignId, roundId: county.roundId };
    expect(rankingIfComputed(services.ctx, round)).toBeNull();
    const rankedInWorker = await namesThroughApi('worker-ranked.xlsx');
    const view = computeRanking(services.ctx, round);
    expect(rankingIfComputed(services.ctx, round)).not.toBeNull();
    const handed = await namesThroughApi('handed.xlsx');
    expect(handed).toEqual(view.rows.map((r) => r.branchName));
    expect(handed).toEqual(rankedInWorker);
    expect(handed.length).toBeGreaterThan(3);
  });

  it('runs in the spare worker: every task has the same heap limit, so one spare serves all', () => {
    // A task with its own heap limit would start a second worker beside the spare.
    for (const name of TASK_NAMES)
      expect([name, limitsFor(name).heapMb]).toEqual([name, DEFAULT_LIMITS.heapMb]);
  });
});
