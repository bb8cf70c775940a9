import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppServices } from '../../../electron/services/app';
import type { RankingExplanation, RankingRow, RankingView } from '../../../shared/domain/views';
import type { Qingshan } from '../../fixtures/qingshan-county';
import { call, tempDir } from '../support';
import { qingshanServices } from './qingshan';

let tmp: ReturnType<typeof tempDir>;
let services: AppServices;
let county: Qingshan;
let rows: Map<string, RankingRow>;
beforeAll(async () => {
  tmp = tempDir();
  ({ services, county } = await qingshanServices(tmp.dir));
  const view = await call<RankingView>(services, 'ranking.compute', {
    campaignId: county.campaignId,
  });
  rows = new Map(view.rows.map((r) => [r.branchName, r]));
}, 60_000);
afterAll(() => {
  services.close();
  tmp.cleanup();
});

const ALL = ['S1', 'S2', 'S3', 'S4', 'S5'];

async function explain(name: string): Promise<RankingExplanation> {
  return call<RankingExplanation>(services, 'ranking.explain', {
    campaignId: county.campaignId,
    branchId: county.branches.get(name),
  });
}

describe('ranking rows of 青山县: what a committee reads', () => {
  it('a branch vetoed from any rating shows no star, its real scores and the veto', async () => {
    const row = rows.get('石门村')!;
    expect(row).toMatchObject({ status: 'vetoed', level: null, stars: [], rank: null });
    expect(row.flags).toContain('veto');
    expect(row.scores.every((s) => typeof s === 'number' && s >= 8000)).toBe(true);
    const { result } = await explain('石门村');
    expect(result.reasons).toContainEqual({ kind: 'veto-no-rating', item: 'S1.4.4' });
    expect(result.reasons).toContainEqual({ kind: 'stars-not-awarded', stars: ALL, level: null });
  });

  it('an incomplete branch shows blank scores and total, with the reason', async () => {
    const row = rows.get('柳塘村')!;
    expect(row).toMatchObject({ status: 'incomplete', total: null, level: null, stars: [] });
    expect(row.scores).toEqual([null, null, null, null, null]);
    const { result } = await explain('柳塘村');
    expect(result.dimensions).toEqual([]);
    // Whose sheet it waits for is named (by id, for the screen to name): 李华 left it unfinished.
    const lihua = services.ctx.db
      .prepare("SELECT id FROM evaluators WHERE name = '李华'")
      .get() as {
      id: string;
    };
    expect(result.reasons).toContainEqual({ kind: 'sheets-pending', count: 1, by: [lihua.id] });
  });

  it('flags a gate only where it lowered the level', async () => {
    expect(rows.get('白云村')).toMatchObject({
      level: 4,
      levelBeforeQuota: 4,
      stars: ['S2', 'S3', 'S4', 'S5'],
    });
    expect(rows.get('白云村')!.flags).toContain('gate');
    expect(rows.get('桃源村')).toMatchObject({ level: 3, stars: ['S2', 'S3', 'S4'] });
    expect(rows.get('桃源村')!.flags).not.toContain('gate');
    const { result } = await explain('桃源村');
    expect(result.reasons.map((r) => r.kind)).not.toContain('gate-cap');
  });

  it('flags both branches tied on the quota border, and both lose the capstone star', async () => {
    for (const name of ['龙泉村', '凤岭村']) {
      const row = rows.get(name)!;
      expect(row, name).toMatchObject({
        level: 4,
        levelBeforeQuota: 5,
        stars: ['S2', 'S3', 'S4', 'S5'],
      });
      expect(row.flags, name).toEqual(expect.arrayContaining(['demoted', 'border-tie']));
      const { result } = await explain(name);
      expect(result.reasons).toContainEqual(
        expect.objectContaining({ kind: 'border-tie', kept: false, policy: 'demote-all' }),
      );
      expect(result.reasons).toContainEqual(
        expect.objectContaining({ kind: 'quota-demoted', order: 'level-first' }),
      );
    }
    expect(rows.get('龙泉村')!.rank).toBe(rows.get('凤岭村')!.rank);
  });

  it('counts as many capstone stars as five-star branches', () => {
    const all = [...rows.values()];
    expect(all.filter((r) => r.level === 5).map((r) => r.branchName)).toEqual(['青山村']);
    expect(all.filter((r) => r.stars.includes('S1')).map((r) => r.branchName)).toEqual(['青山村']);
    for (const row of all) {
      if (row.status === 'rated') expect(row.stars, row.branchName).toHaveLength(row.level!);
      else expect(row.stars, row.branchName).toEqual([]);
    }
  });
});
