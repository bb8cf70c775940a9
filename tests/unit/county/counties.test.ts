import { describe, expect, it } from 'vitest';
import type { CampaignSummary, CountyView, RegistryTree } from '../../../shared/domain/views';
import { call, count, failure } from '../support';
import { setUpQingshan, useEmptyServices } from './qingshan';

const services = useEmptyServices();

describe('a county of its own, from an empty database', () => {
  it('starts with nothing: no county, no campaign, no demo', async () => {
    expect(await call(services(), 'counties.list', {})).toEqual([]);
    expect(await call(services(), 'campaigns.list', {})).toEqual([]);
    expect(count(services(), 'org_units')).toBe(0);
  });

  it('creates a county with its code and department, and audits it under the operator', async () => {
    const county = await call<CountyView>(services(), 'counties.create', {
      name: ' 青山县 ',
      code: '411421',
      department: '中共青山县委组织部',
    });
    expect(county).toMatchObject({
      name: '青山县',
      code: '411421',
      department: '中共青山县委组织部',
      isDemo: false,
      townships: 0,
      branches: 0,
      campaigns: 0,
    });
    const entry = services()
      .ctx.db.prepare("SELECT actor, action, after FROM audit_log WHERE entity = 'county'")
      .get() as { actor: string; action: string; after: string };
    expect(entry).toMatchObject({ actor: '王芳', action: 'create' });
    expect(JSON.parse(entry.after)).toEqual({
      name: '青山县',
      adminCode: '411421',
      department: '中共青山县委组织部',
    });
  });

  it('renames a county and changes or clears its code and department', async () => {
    const county = await call<CountyView>(services(), 'counties.create', { name: '青山县' });
    expect(county).toMatchObject({ code: null, department: null });
    const renamed = await call<CountyView>(services(), 'counties.update', {
      id: county.id,
      name: '青山市',
      code: '411400',
      department: '中共青山市委组织部',
    });
    expect(renamed).toMatchObject({
      name: '青山市',
      code: '411400',
      department: '中共青山市委组织部',
    });
    const cleared = await call<CountyView>(services(), 'counties.update', {
      id: county.id,
      code: '',
    });
    expect(cleared).toMatchObject({ name: '青山市', code: null, department: '中共青山市委组织部' });
    const actions = services()
      .ctx.db.prepare("SELECT action FROM audit_log WHERE entity = 'county' ORDER BY seq")
      .all();
    expect(actions).toEqual([{ action: 'create' }, { action: 'update' }, { action: 'update' }]);
  });

  it('refuses a second county of the same name and a malformed code, writing nothing', async () => {
    await call(services(), 'counties.create', { name: '青山县' });
    expect(await failure(services(), 'counties.create', { name: '青山县 ' })).toMatchObject({
      code: 'CONFLICT',
      details: { reason: 'duplicateCounty', name: '青山县' },
    });
    for (const code of ['4114', '41142a', '4114211']) {
      expect(await failure(services(), 'counties.create', { name: '云溪县', code })).toMatchObject({
        code: 'INVALID_INPUT',
        details: { path: 'code' },
      });
    }
    expect(count(services(), 'org_units')).toBe(1);
  });

  it('keeps the demo in its own county, never offered for or mixed with a real one', async () => {
    const q = await setUpQingshan(services());
    const demo = await call<CampaignSummary>(services(), 'campaigns.createDemo', {});
    const counties = await call<CountyView[]>(services(), 'counties.list', {});
    expect(counties.map((c) => [c.name, c.isDemo])).toEqual([
      ['青山县', false],
      ['示例县', true],
    ]);
    const demoCounty = counties.find((c) => c.isDemo)!;
    // No real campaign in the demo county …
    expect(
      await failure(services(), 'campaigns.create', {
        name: '青山县2026年度评定',
        year: 2026,
        countyId: demoCounty.id,
        rubricVersionId: q.rubricId,
      }),
    ).toMatchObject({ code: 'CONFLICT', details: { reason: 'demoCounty' } });
    // … and the demo's branches stay out of the real county's registry.
    const tree = await call<RegistryTree>(services(), 'branchRegistry.tree', {
      countyId: q.county.id,
    });
    const names = tree.townships.flatMap((t) => [t.name, ...t.branches.map((b) => b.name)]);
    expect(names).not.toContain('柳林镇');
    expect(demo.countyName).toBe('示例县');
    // A township added inside the demo campaign is demo data, removed with the demo.
    await call(services(), 'branchRegistry.addTownship', {
      campaignId: demo.id,
      name: '试验镇',
      kind: 'township',
    });
    await call(services(), 'campaigns.delete', { id: demo.id });
    const left = services().ctx.db.prepare('SELECT DISTINCT is_demo FROM org_units').all() as {
      is_demo: number;
    }[];
    expect(left).toEqual([{ is_demo: 0 }]);
  });
});
