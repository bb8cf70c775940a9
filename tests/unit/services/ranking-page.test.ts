import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AppServices } from '../../../electron/services/app';
import { computeRanking } from '../../../electron/services/ranking';
import { rankingPage } from '../../../electron/services/ranking/page';
import type { RankingPage, RankingView } from '../../../shared/domain/views';
import type { Qingshan } from '../../fixtures/qingshan-county';
import { qingshanServices } from '../rating/qingshan';
import { decideThree, startedQingshanMeeting } from '../meetings/support';
import { call, failure, tempDir } from '../support';

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

const NONE = { townships: [], levels: [], stars: [], search: '' };

function page(input: Record<string, unknown>): Promise<RankingPage> {
  return call<RankingPage>(services, 'ranking.page', {
    campaignId: county.campaignId,
    offset: 0,
    limit: 50,
    filters: NONE,
    ...input,
  });
}

function full(): Promise<RankingView> {
  return call<RankingView>(services, 'ranking.compute', { campaignId: county.campaignId });
}

describe('ranking.page', () => {
  it('hands out the whole ranking window by window, in the engine order', async () => {
    const view = await full();
    expect(view.rows).toHaveLength(8);
    const windows = await Promise.all([0, 3, 6].map((offset) => page({ offset, limit: 3 })));
    expect(windows.map((w) => w.rows.length)).toEqual([3, 3, 2]);
    expect(windows.flatMap((w) => w.rows)).toEqual(view.rows);
    expect(windows.map((w) => [w.offset, w.matched])).toEqual([
      [0, 8],
      [3, 8],
      [6, 8],
    ]);
    expect((await page({ offset: 8 })).rows).toEqual([]);
  });

  it('describes the ranking without its rows: totals by status and townships in tree order', async () => {
    const view = await full();
    const { meta } = await page({ limit: 1 });
    expect(meta).toMatchObject({
      campaignId: county.campaignId,
      roundId: view.roundId,
      scheme: view.scheme,
      dimensions: view.dimensions,
      levels: view.levels,
      total: 8,
    });
    expect(meta).not.toHaveProperty('rows');
    // 柳塘村 waits for one evaluator's draft; the rest are decided.
    expect(meta.statusTotals.incomplete).toBe(1);
    expect(meta.statusTotals.rated + meta.statusTotals.vetoed).toBe(7);
    expect(meta.townships.map((t) => t.name).sort()).toEqual(['石门镇', '云溪镇'].sort());
  });

  it('filters by township and search, sorts, and counts what each status would keep', async () => {
    const view = await full();
    const yunxi = view.rows.find((r) => r.townshipName === '云溪镇')!.townshipId;
    const result = await page({
      filters: { ...NONE, townships: [yunxi] },
      sort: { key: 'branch', dir: 'desc' },
    });
    const expected = view.rows
      .filter((r) => r.townshipId === yunxi)
      .map((r) => r.branchName)
      .sort((a, b) => b.localeCompare(a, 'zh-CN'));
    expect(result.rows.map((r) => r.branchName)).toEqual(expected);
    expect(result.matched).toBe(4);
    expect(result.statusCounts.incomplete).toBe(1);
    expect(result.statusCounts.rated + result.statusCounts.vetoed).toBe(3);

    const incomplete = await page({
      filters: { ...NONE, townships: [yunxi], status: 'incomplete' },
    });
    expect(incomplete.rows.map((r) => r.branchName)).toEqual(['柳塘村']);
    // The status counts ignore the status filter itself, so the switch can say what each gives.
    expect(incomplete.statusCounts).toEqual(result.statusCounts);

    const searched = await page({ filters: { ...NONE, search: ' 石门 ' } });
    expect(searched.rows.map((r) => r.branchName)).toEqual(['石门村']);
  });

  it('answers the new ranking after a change, not the window it kept', async () => {
    const before = await page({ sort: { key: 'branch', dir: 'asc' } });
    const township = before.meta.townships[0]!.id;
    await call(services, 'branchRegistry.addBranch', {
      campaignId: county.campaignId,
      townshipId: township,
      name: '溪口村',
      branchType: 'rural',
    });
    const after = await page({ sort: { key: 'branch', dir: 'asc' } });
    expect(after.matched).toBe(9);
    expect(after.meta.statusTotals.unscored).toBe(before.meta.statusTotals.unscored + 1);
    expect(after.rows.map((r) => r.branchName)).toContain('溪口村');
  });

  it('keeps one arranged view once the committee has decided: each page is a slice of it', async () => {
    const meeting = await startedQingshanMeeting(services, county);
    await decideThree(services, meeting);
    const input = { campaignId: county.campaignId };
    const first = computeRanking(services.ctx, input);
    expect(first.rows.filter((r) => r.decided).length).toBeGreaterThan(0);
    // The same array while nothing is written, decisions merged in: the page's arrangement is
    // kept per array, so a second page does not filter and sort again.
    expect(computeRanking(services.ctx, input).rows).toBe(first.rows);
    const window = (offset: number) =>
      rankingPage(services.ctx, {
        ...input,
        offset,
        limit: 3,
        sort: { key: 'branch', dir: 'desc' },
        filters: NONE,
      });
    const pages = [window(0), window(3), window(6)];
    const again = window(0);
    expect(again.rows).toHaveLength(3);
    again.rows.forEach((row, i) => expect(row).toBe(pages[0]!.rows[i]));
    expect(
      pages
        .flatMap((p) => p.rows)
        .map((r) => r.branchId)
        .sort(),
    ).toEqual(first.rows.map((r) => r.branchId).sort());
    // A new decision is a write: the next call answers a new array carrying it.
    const item = meeting.items.find((i) => i.branchName === '凤岭村')!;
    await call(services, 'meetings.decide', {
      id: meeting.id,
      itemId: item.id,
      outcome: 'keep',
      votes: { for: 3, against: 0, abstain: 0 },
    });
    const after = computeRanking(services.ctx, input);
    expect(after.rows).not.toBe(first.rows);
    expect(after.rows.find((r) => r.branchName === '凤岭村')?.decided?.outcome).toBe('keep');
  });

  it('refuses a window larger than 500 rows and a sort key that does not exist', async () => {
    const tooMany = await failure(services, 'ranking.page', {
      campaignId: county.campaignId,
      offset: 0,
      limit: 501,
      filters: NONE,
    });
    expect(tooMany.code).toBe('INVALID_INPUT');
    expect(JSON.stringify(tooMany)).toContain('limit');
    const badSort = await failure(services, 'ranking.page', {
      campaignId: county.campaignId,
      offset: 0,
      limit: 10,
      sort: { key: 'rank; DROP TABLE', dir: 'asc' },
      filters: NONE,
    });
    expect(badSort.code).toBe('INVALID_INPUT');
    expect(JSON.stringify(badSort)).toContain('sort');
  });
});
