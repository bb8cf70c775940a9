import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AppServices } from '../../../electron/services/app';
import { cachedRanking } from '../../../electron/services/ranking/cache';
import type { BranchRow } from '../../../electron/services/ranking/queries';
import { listRankingBranches } from '../../../electron/services/ranking/queries';
import { computeRankingInSlices } from '../../../electron/services/ranking/computed';
import { computeRanking } from '../../../electron/services/ranking/service';
import { branchSlices } from '../../../electron/services/ranking/slices';
import { dataRevision } from '../../../electron/store/revision';
import type { Qingshan } from '../../fixtures/qingshan-county';
import { qingshanServices } from '../rating/qingshan';
import { call, tempDir, testServices } from '../support';

// Issue #12 point 5: a ranking computed after a stored first screen runs in slices between which
// other calls are answered; it must be the very ranking computed in one go.

let tmp: ReturnType<typeof tempDir>;
let services: AppServices;
let county: Qingshan;

beforeEach(async () => {
  tmp = tempDir();
  ({ services, county } = await qingshanServices(tmp.dir));
});
afterEach(() => {
  services.close();
  tmp.cleanup();
});

const immediately = () => Promise.resolve();

function restart(): AppServices {
  services.close();
  services = testServices(join(tmp.dir, 'qingshan.sqlite'), false);
  return services;
}

const ranked = (s: AppServices) =>
  cachedRanking(s.ctx.db, county.campaignId, county.roundId, dataRevision(s.ctx.db));

describe('branch slices', () => {
  const rows = (ids: string[]): BranchRow[] =>
    ids.map((id) => ({
      id,
      name: id,
      branch_type: 'rural',
      township_id: 't',
      township_name: 't',
    }));

  it('cover every branch once, in the database’s order of ids', () => {
    const db = services.ctx.db;
    const branches = listRankingBranches(db, county.campaignId);
    expect(branches.length).toBeGreaterThan(6);
    const slices = branchSlices(branches, 3);
    expect(slices.length).toBe(Math.ceil(branches.length / 3));
    const inSliceOrder = slices.flatMap((s) => s.positions.map((p) => branches[p]!.id));
    const bySqlite = db
      .prepare('SELECT value FROM json_each(?) ORDER BY value')
      .pluck()
      .all(JSON.stringify(branches.map((b) => b.id)));
    expect(inSliceOrder).toEqual(bySqlite);
    for (const [k, slice] of slices.entries()) {
      const ids = slice.positions.map((p) => branches[p]!.id);
      expect(ids.every((id) => id >= slice.from && (slice.to === null || id < slice.to))).toBe(
        true,
      );
      expect(slice.to).toBe(slices[k + 1]?.from ?? null);
    }
  });

  it('is one slice when an id is not ASCII, or there are few branches', () => {
    expect(branchSlices(rows(['b', 'a', '支部', 'c']), 2)).toEqual([
      { from: '', to: null, positions: [0, 1, 2, 3] },
    ]);
    expect(branchSlices(rows(['b', 'a']), 2)).toHaveLength(1);
    expect(branchSlices(rows(['c', 'b', 'a']), 2).map((s) => s.positions)).toEqual([
      [2, 1],
      [0],
    ]);
  });
});

describe('a ranking computed in slices', () => {
  it('is the ranking computed in one go, and is kept', async () => {
    const whole = computeRanking(services.ctx, { campaignId: county.campaignId });
    const again = restart();
    let pauses = 0;
    const kept = await computeRankingInSlices(
      again.ctx,
      { campaignId: county.campaignId },
      () => {
        pauses += 1;
        return Promise.resolve();
      },
      3,
    );
    expect(kept).toBe(true);
    expect(pauses).toBeGreaterThan(3);
    expect(ranked(again)).toBeDefined();
    expect(computeRanking(again.ctx, { campaignId: county.campaignId })).toEqual(whole);
  });

  it('stops, keeping nothing, when a write lands between two slices', async () => {
    const before = computeRanking(services.ctx, { campaignId: county.campaignId });
    const again = restart();
    let wrote = false;
    const kept = await computeRankingInSlices(
      again.ctx,
      { campaignId: county.campaignId },
      async () => {
        if (wrote) return;
        wrote = true;
        await call(again, 'branchRegistry.editBranch', {
          branchId: before.rows[0]!.branchId,
          name: '溪口村',
          branchType: before.rows[0]!.branchType,
          reason: '村名更正',
        });
      },
      3,
    );
    expect(kept).toBe(false);
    expect(ranked(again)).toBeUndefined();
    // The next request ranks the data as it now is.
    const after = computeRanking(again.ctx, { campaignId: county.campaignId });
    expect(after.rows.map((r) => r.branchName)).toContain('溪口村');
  });

  it('stops when a request computed the ranking meanwhile', async () => {
    const again = restart();
    const kept = await computeRankingInSlices(
      again.ctx,
      { campaignId: county.campaignId },
      () => {
        computeRanking(again.ctx, { campaignId: county.campaignId });
        return immediately();
      },
      3,
    );
    expect(kept).toBe(false);
    expect(ranked(again)).toBeDefined();
  });
});
