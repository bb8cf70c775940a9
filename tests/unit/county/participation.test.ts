import { describe, expect, it } from 'vitest';
import { defaultBranchTypes } from '../../../shared/domain/participation';
import type { CampaignSummary, TownshipNode } from '../../../shared/domain/views';
import { call, failure } from '../support';
import { setUpQingshan, useEmptyServices } from './qingshan';

const services = useEmptyServices();

async function branchNames(campaignId: string): Promise<string[]> {
  const tree = await call<TownshipNode[]>(services(), 'branches.tree', { campaignId });
  return tree.flatMap((t) => t.branches.map((b) => b.name)).sort();
}

describe('who takes part in a new campaign', () => {
  it.each([
    ['农村“五星”支部评定指标体系', ['rural']],
    ['城市社区“五星”党组织评定指标体系', ['community']],
    ['星级党组织评定指标体系（百分制+加分，按总分定级）', ['rural', 'community', 'other']],
    ['村(社区)党组织星级评定', ['rural', 'community', 'other']],
  ])('a rubric named %s enrols %j by default', (name, types) => {
    expect(defaultBranchTypes(name)).toEqual(types);
  });

  it('enrols the rubric’s kind of branch in every township by default', async () => {
    const q = await setUpQingshan(services());
    const campaign = await call<CampaignSummary>(services(), 'campaigns.create', {
      name: '青山县2026年度农村“五星”支部评定',
      year: 2026,
      countyId: q.county.id,
      rubricVersionId: q.rubricId,
    });
    expect(await branchNames(campaign.id)).toEqual(
      ['石门村', '桃源村', '上坝村', '下坝村', '青山村'].sort(),
    );
  });

  it('enrols only the chosen townships and kinds, leaving archived branches out', async () => {
    const q = await setUpQingshan(services());
    await call(services(), 'branchRegistry.archiveBranch', { branchId: q.branches['桃源村']! });
    const campaign = await call<CampaignSummary>(services(), 'campaigns.create', {
      name: '青山县2026年度评定(部分)',
      year: 2026,
      countyId: q.county.id,
      rubricVersionId: q.rubricId,
      townshipIds: [q.townships['云溪镇']!, q.townships['城南街道']!],
      branchTypes: ['rural', 'community'],
    });
    expect(campaign.branchCount).toBe(5);
    expect(await branchNames(campaign.id)).toEqual(
      ['石门村', '云溪社区', '锦江社区', '南湖社区', '青山村'].sort(),
    );
    const audit = services()
      .ctx.db.prepare("SELECT after FROM audit_log WHERE entity = 'campaign' AND action = 'create'")
      .get() as { after: string };
    expect(JSON.parse(audit.after)).toMatchObject({
      branchTypes: ['rural', 'community'],
      branches: 5,
      townshipIds: [q.townships['云溪镇'], q.townships['城南街道']],
    });
  });

  it('refuses a township of another county and an empty choice, creating nothing', async () => {
    const q = await setUpQingshan(services());
    const other = await call<{ id: string }>(services(), 'counties.create', { name: '云溪县' });
    const { id: foreign } = await call<{ id: string }>(services(), 'branchRegistry.addTownship', {
      countyId: other.id,
      name: '外乡',
      kind: 'township',
    });
    const base = {
      name: '青山县2026年度评定',
      year: 2026,
      countyId: q.county.id,
      rubricVersionId: q.rubricId,
    };
    expect(
      await failure(services(), 'campaigns.create', { ...base, townshipIds: [foreign] }),
    ).toMatchObject({ code: 'NOT_FOUND', details: { entity: 'township' } });
    expect(
      await failure(services(), 'campaigns.create', { ...base, townshipIds: [] }),
    ).toMatchObject({ code: 'INVALID_INPUT' });
    expect(
      await failure(services(), 'campaigns.create', { ...base, branchTypes: [] }),
    ).toMatchObject({ code: 'INVALID_INPUT' });
    expect(await call(services(), 'campaigns.list', {})).toEqual([]);
  });
});
