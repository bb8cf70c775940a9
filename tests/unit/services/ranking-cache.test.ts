import { join } from 'node:path';
import type { MockInstance } from 'vitest';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AppServices } from '../../../electron/services/app';
import { computeRanking } from '../../../electron/services/ranking';
import type { RankingView } from '../../../shared/domain/views';
import type { GridSaveResult, GridView } from '../../../shared/domain/views/grid';
import { RankingState } from '../../../shared/scoring';
import type { Fixture } from '../progress/fixture';
import { buildFixture } from '../progress/fixture';
import { call, failure, tempDir, testServices } from '../support';

/**
 * The ranking cache across the write path's commits, on a county built from nothing (测试县:
 * branches A and B in 一镇, C in 二镇; evaluator Ea scores all three in the county round, with
 * A submitted, B a draft and C not started).
 */
let tmp: ReturnType<typeof tempDir>;
let services: AppServices;
let f: Fixture;
let updates: MockInstance<RankingState['updateBranch']>;

beforeEach(() => {
  tmp = tempDir();
  services = testServices(join(tmp.dir, 'cache.sqlite'), false);
  f = buildFixture(services);
  updates = vi.spyOn(RankingState.prototype, 'updateBranch');
});
afterEach(() => {
  updates.mockRestore();
  services.close();
  tmp.cleanup();
});

const ranking = (): RankingView => computeRanking(services.ctx, { campaignId: f.campaignId });

/** The same ranking computed from scratch by a second process on the same file. */
function recomputed(): RankingView['rows'] {
  const fresh = testServices(services.ctx.info.dataFile, false);
  try {
    return computeRanking(fresh.ctx, { campaignId: f.campaignId }).rows;
  } finally {
    fresh.close();
  }
}

describe('the cached ranking across writes', () => {
  it('a grid save that opens a sheet and fills a draft re-evaluates just those two branches', async () => {
    const before = ranking();
    const grid = await call<GridView>(services, 'grid.load', {
      roundId: f.countyRound,
      evaluatorId: f.ea,
    });
    const versions = Object.fromEntries(
      grid.rows.flatMap((r) => (r.sheetId ? [[r.sheetId, r.version!]] : [])),
    );
    const saved = await call<GridSaveResult>(services, 'grid.save', {
      roundId: f.countyRound,
      evaluatorId: f.ea,
      versions,
      cells: [
        { branchId: f.b, item: 'P2', value: { points: 900 } },
        { branchId: f.c, item: 'P1', value: { points: 700 } },
      ],
    });
    expect(saved.conflict).toBe(false);
    const after = ranking();
    expect(updates).toHaveBeenCalledTimes(2);
    expect(updates.mock.calls.map(([input]) => input.branchId).sort()).toEqual([f.b, f.c].sort());
    expect(after.rows).not.toBe(before.rows);
    expect(after.rows).toEqual(recomputed());
  });

  it('keeps the ranking across a write with no audit entry (a setting)', async () => {
    const before = ranking();
    await call(services, 'progress.setThreshold', { campaignId: f.campaignId, threshold: 500 });
    await call(services, 'exports.saveOptions', {
      campaignId: f.campaignId,
      options: await call(services, 'exports.options', { campaignId: f.campaignId }),
    });
    // The very same rows: nothing was recomputed, nothing re-evaluated.
    expect(ranking().rows).toBe(before.rows);
    expect(updates).not.toHaveBeenCalled();
  });

  it('keeps the ranking when a write is refused and rolled back', async () => {
    const before = ranking();
    const sheet = services.ctx.db
      .prepare(
        'SELECT id, version FROM score_sheets WHERE round_id = ? AND branch_id = ? AND evaluator_id = ?',
      )
      .get(f.countyRound, f.b, f.ea) as { id: string; version: number };
    const refused = await failure(services, 'scores.save', {
      sheetId: sheet.id,
      expectedVersion: sheet.version + 1,
      entries: [{ item: 'P2', value: { points: 900 } }],
    });
    expect(refused.code).toBe('CONFLICT');
    expect(ranking().rows).toBe(before.rows);
    expect(updates).not.toHaveBeenCalled();
  });

  it('drops the ranking after a change that is not a score sheet’s (a renamed branch)', async () => {
    const before = ranking();
    await call(services, 'branchRegistry.editBranch', {
      branchId: f.a,
      name: '石门村党支部',
      branchType: 'rural',
    });
    const after = ranking();
    expect(after.rows).not.toBe(before.rows);
    expect(updates).not.toHaveBeenCalled();
    expect(after.rows.find((r) => r.branchId === f.a)?.branchName).toBe('石门村党支部');
    expect(after.rows).toEqual(recomputed());
  });
});
