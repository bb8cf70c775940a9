import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listItems } from '../../../shared/domain/rubric';
import {
  campaignOverview,
  listCampaignSummaries,
  removeCampaign,
} from '../../../electron/services/campaigns/service';
import { loadDemoRubric, seedDemo } from '../../../electron/services/demo/service';
import { branchTree } from '../../../electron/services/branch-registry/campaign-tree';
import { rubricForCampaign } from '../../../electron/services/rubrics/service';
import { startServices } from '../../../electron/services/app';
import { createCounty, listCounties } from '../../../electron/services/branch-registry/counties';
import { count, tempDir, testServices } from '../support';

let tmp: ReturnType<typeof tempDir>;
beforeEach(() => {
  tmp = tempDir();
});
afterEach(() => tmp.cleanup());

describe('demo campaign', () => {
  it('stores every scored entry the way the score sheet shows it (no empty entries)', () => {
    const services = testServices(join(tmp.dir, 'entries.sqlite'));
    const rows = services.ctx.db
      .prepare(
        `SELECT s.input, s.points FROM scores s WHERE s.input IS NULL OR s.input = 'null' LIMIT 5`,
      )
      .all();
    expect(rows).toEqual([]);
    const anyPoints = services.ctx.db
      .prepare(`SELECT count(*) AS n FROM scores WHERE json_extract(input, '$.points') IS NOT NULL`)
      .get() as { n: number };
    expect(anyPoints.n).toBeGreaterThan(0);
    services.close();
  });

  it('is created on a brand-new database with the promised shape', () => {
    const services = testServices(join(tmp.dir, 'demo.sqlite'));
    const [campaign] = listCampaignSummaries(services.ctx);
    expect(campaign).toMatchObject({ year: 2025, isDemo: true, countyName: '示例县' });
    expect(campaign?.name).toMatch(/示例县2025年度.*五星.*支部评定/);
    const overview = campaignOverview(services.ctx, { id: campaign!.id });
    expect(overview.townships).toBe(4);
    expect(overview.branches).toBeGreaterThanOrEqual(35);
    expect(overview.evaluators).toBe(3);
    expect(overview.rounds).toHaveLength(1);
    const round = overview.rounds[0]!;
    expect(round).toMatchObject({ kind: 'county', isDeciding: true });
    // About half of the branches are scored, each by all three evaluators.
    expect(round.branchesScored).toBeGreaterThan(overview.branches * 0.3);
    expect(round.branchesScored).toBeLessThan(overview.branches * 0.7);
    expect(round.sheetsStarted).toBe(round.branchesScored * 3);
    expect(round.sheetsSubmitted).toBeLessThan(round.sheetsStarted);
    services.close();
  });

  it('stores only scores that obey each item maximum', () => {
    const services = testServices(join(tmp.dir, 'max.sqlite'));
    const items = new Map(listItems(loadDemoRubric()).map((i) => [i.code, i]));
    const rows = services.ctx.db.prepare('SELECT item_code, points FROM scores').all() as {
      item_code: string;
      points: number;
    }[];
    expect(rows.length).toBeGreaterThan(1000);
    for (const row of rows) {
      const item = items.get(row.item_code);
      expect(item, row.item_code).toBeDefined();
      expect(row.points).toBeGreaterThanOrEqual(0);
      expect(row.points).toBeLessThanOrEqual(item!.max);
    }
    services.close();
  });

  it('is the same on every machine (deterministic scores)', () => {
    const a = testServices(join(tmp.dir, 'a.sqlite'));
    const b = testServices(join(tmp.dir, 'b.sqlite'));
    const sum = (s: typeof a): number =>
      (s.ctx.db.prepare('SELECT sum(points) AS s FROM scores').get() as { s: number }).s;
    expect(sum(a)).toBe(sum(b));
    a.close();
    b.close();
  });

  it('is never seeded by the app: a new database starts empty, the demo comes when asked', async () => {
    const file = join(tmp.dir, 'gone.sqlite');
    const empty = startServices({ dbFile: file, host: 'test', version: '0', actor: 'tester' });
    expect(count(empty, 'campaigns')).toBe(0);
    expect(count(empty, 'org_units')).toBe(0);
    const demo = seedDemo(empty.ctx);
    expect(demo).toMatchObject({ isDemo: true, countyName: '示例县' });
    await removeCampaign(empty.ctx, { id: demo.id });
    // Its county, townships, branches, evaluators and rubric go with it.
    expect(count(empty, 'org_units')).toBe(0);
    expect(count(empty, 'evaluators')).toBe(0);
    empty.close();
    const again = startServices({ dbFile: file, host: 'test', version: '0', actor: 'tester' });
    expect(count(again, 'campaigns')).toBe(0);
    const restored = seedDemo(again.ctx);
    expect(restored.isDemo).toBe(true);
    expect(() => seedDemo(again.ctx)).toThrow(/already exists/);
    again.close();
  });

  it('lives in its own county and leaves a real county alone when removed and restored', async () => {
    const services = testServices(join(tmp.dir, 'apart.sqlite'), false);
    const real = createCounty(services.ctx, { name: '青山县', department: '中共青山县委组织部' });
    const demo = seedDemo(services.ctx);
    expect(listCounties(services.ctx).map((c) => [c.name, c.isDemo, c.branches])).toEqual([
      ['青山县', false, 0],
      ['示例县', true, 40],
    ]);
    await removeCampaign(services.ctx, { id: demo.id });
    seedDemo(services.ctx);
    expect(listCounties(services.ctx).map((c) => [c.id === real.id, c.name, c.isDemo])).toEqual([
      [true, '青山县', false],
      [false, '示例县', true],
    ]);
    services.close();
  });

  it('serves the branch tree and rubric the screens show', () => {
    const services = testServices(join(tmp.dir, 'tree.sqlite'));
    const id = listCampaignSummaries(services.ctx)[0]!.id;
    const tree = branchTree(services.ctx, { campaignId: id });
    expect(tree).toHaveLength(4);
    expect(
      tree.some(
        (t) => t.kind === 'subdistrict' && t.branches.every((b) => b.branchType === 'community'),
      ),
    ).toBe(true);
    const rubric = rubricForCampaign(services.ctx, { campaignId: id });
    expect(rubric.max).toBe(50000);
    expect(rubric.frozen).toBe(true);
    expect(rubric.definition.dimensions.map((d) => d.max)).toEqual([
      10000, 10000, 10000, 10000, 10000,
    ]);
    services.close();
  });
});
