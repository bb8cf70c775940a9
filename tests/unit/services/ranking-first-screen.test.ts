import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AppServices } from '../../../electron/services/app';
import { cachedRanking } from '../../../electron/services/ranking/cache';
import { rankingWarmed } from '../../../electron/services/ranking/warm-up';
import { dataRevision } from '../../../electron/store/revision';
import { dataGeneration } from '../../../electron/store/queries/meta';
import type { RankingPage } from '../../../shared/domain/views';
import type { Qingshan } from '../../fixtures/qingshan-county';
import { qingshanServices } from '../rating/qingshan';
import { call, tempDir, testServices } from '../support';

// Issue #12 point 6: the ranking screen's first screen after a start comes from the database
// while the data is unchanged, and the ranking is computed right after, in slices (warm-up.ts).

let tmp: ReturnType<typeof tempDir>;
let services: AppServices;
let county: Qingshan;
const file = () => join(tmp.dir, 'qingshan.sqlite');

beforeEach(async () => {
  tmp = tempDir();
  ({ services, county } = await qingshanServices(tmp.dir));
});
afterEach(() => {
  services.close();
  tmp.cleanup();
});

const OPENING = { townships: [], levels: [], stars: [], search: '' };

function page(s: AppServices, input: Record<string, unknown> = {}): Promise<RankingPage> {
  return call<RankingPage>(s, 'ranking.page', {
    campaignId: county.campaignId,
    offset: 0,
    limit: 200,
    filters: OPENING,
    ...input,
  });
}

const roundId = () => county.roundId;

/** Whether the ranking of the deciding round is computed and current in this process. */
function ranked(s: AppServices): boolean {
  const db = s.ctx.db;
  return cachedRanking(db, county.campaignId, roundId(), dataRevision(db)) !== undefined;
}

function restart(): AppServices {
  services.close();
  services = testServices(file(), false);
  return services;
}

describe('the ranking’s first screen after a start', () => {
  it('is answered from the database, unranked, then the ranking follows', async () => {
    const before = await page(services);
    const again = restart();
    const first = await page(again);
    expect(ranked(again)).toBe(false);
    expect(first).toEqual(before);
    await rankingWarmed(again.ctx.db);
    expect(ranked(again)).toBe(true);
    // Computed, it answers the same.
    expect(await page(again)).toEqual(before);
    // A smaller first block is a cut of the same rows.
    const third = restart();
    expect((await page(third, { limit: 3 })).rows).toEqual(before.rows.slice(0, 3));
  });

  it('is computed anew after any committed write, even one made before the restart', async () => {
    const before = await page(services);
    const generation = dataGeneration(services.ctx.db);
    await call(services, 'branchRegistry.addBranch', {
      campaignId: county.campaignId,
      townshipId: before.meta.townships[0]!.id,
      name: '溪口村',
      branchType: 'rural',
    });
    expect(dataGeneration(services.ctx.db)).toBe(generation + 1);
    const again = restart();
    const after = await page(again);
    expect(ranked(again)).toBe(true);
    expect(after.matched).toBe(before.matched + 1);
    expect(after.rows.map((r) => r.branchName)).toContain('溪口村');
  });

  it('serves only the opening view: a sort, a filter or a later block ranks', async () => {
    await page(services);
    for (const input of [
      { sort: { key: 'branch', dir: 'asc' } },
      { filters: { ...OPENING, search: '村' } },
      { offset: 200 },
    ]) {
      const again = restart();
      await page(again, input);
      expect(ranked(again)).toBe(true);
    }
  });

  it('is not kept from a read, so reading moves no generation', async () => {
    const generation = dataGeneration(services.ctx.db);
    await page(services);
    await page(services, { sort: { key: 'total', dir: 'desc' } });
    expect(dataGeneration(services.ctx.db)).toBe(generation);
  });
});
