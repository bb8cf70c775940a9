import { describe, expect, it } from 'vitest';
import type { CampaignSummary, RegistryTree } from '../../../shared/domain/views';
import { call, count, failure } from '../support';
import { setUpQingshan, useEmptyServices } from './qingshan';

const services = useEmptyServices();

const tree = (countyId: string) =>
  call<RegistryTree>(services(), 'branchRegistry.tree', { countyId });

describe('the county registry without a campaign', () => {
  it('lists every township and branch of the county, with no campaign standing', async () => {
    const q = await setUpQingshan(services());
    const t = await tree(q.county.id);
    expect(t).toMatchObject({ countyName: '青山县', isDemo: false });
    expect(t.townships.map((tw) => [tw.name, tw.kind, tw.branches.length, tw.deletable])).toEqual([
      ['云溪镇', 'township', 3, false],
      ['石门乡', 'township', 2, false],
      ['城南街道', 'subdistrict', 3, false],
    ]);
    const branch = t.townships[0]!.branches[0]!;
    expect(branch).toMatchObject({ name: '石门村', archived: false, deletable: true });
    expect(branch.takesPart).toBeUndefined();
  });

  it('names either a campaign or a county, never both or neither', async () => {
    const q = await setUpQingshan(services());
    expect(await failure(services(), 'branchRegistry.tree', {})).toMatchObject({
      code: 'INVALID_INPUT',
      details: { path: 'countyId' },
    });
    const campaign = await call<CampaignSummary>(services(), 'campaigns.create', {
      name: '青山县2026年度评定',
      year: 2026,
      countyId: q.county.id,
      rubricVersionId: q.rubricId,
    });
    expect(
      await failure(services(), 'branchRegistry.tree', {
        countyId: q.county.id,
        campaignId: campaign.id,
      }),
    ).toMatchObject({ code: 'INVALID_INPUT' });
  });

  it('refuses a branch whose name is another spelling of a sibling (suffix, spaces, width)', async () => {
    const q = await setUpQingshan(services());
    const township = q.townships['云溪镇']!;
    for (const name of ['石门村党支部', '石门 村', '中共石门村支部委员会', '云溪社区党委']) {
      expect(
        await failure(services(), 'branchRegistry.addBranch', {
          countyId: q.county.id,
          townshipId: township,
          name,
          branchType: 'rural',
        }),
      ).toMatchObject({ code: 'CONFLICT', details: { reason: 'duplicateName' } });
    }
    // The same name in another township is another village.
    await call(services(), 'branchRegistry.addBranch', {
      countyId: q.county.id,
      townshipId: q.townships['石门乡']!,
      name: '石门村党支部',
      branchType: 'rural',
    });
  });

  it('deletes an empty township, and refuses one with branches or evaluators', async () => {
    const q = await setUpQingshan(services());
    const { id: spare } = await call<{ id: string }>(services(), 'branchRegistry.addTownship', {
      countyId: q.county.id,
      name: '临时镇',
      kind: 'township',
    });
    expect((await tree(q.county.id)).townships.find((t) => t.id === spare)?.deletable).toBe(true);
    await call(services(), 'branchRegistry.deleteTownship', {
      townshipId: spare,
      reason: '录入错误',
    });
    expect((await tree(q.county.id)).townships.map((t) => t.name)).not.toContain('临时镇');
    const entry = services()
      .ctx.db.prepare(
        "SELECT actor, reason FROM audit_log WHERE action = 'delete' AND entity_id = ?",
      )
      .get(spare);
    expect(entry).toEqual({ actor: '王芳', reason: '录入错误' });

    expect(
      await failure(services(), 'branchRegistry.deleteTownship', {
        townshipId: q.townships['石门乡']!,
      }),
    ).toMatchObject({ code: 'CONFLICT', details: { reason: 'townshipNotEmpty', name: '石门乡' } });

    const { id: office } = await call<{ id: string }>(services(), 'branchRegistry.addTownship', {
      countyId: q.county.id,
      name: '白云镇',
      kind: 'township',
    });
    const campaign = await call<CampaignSummary>(services(), 'campaigns.create', {
      name: '青山县2026年度评定',
      year: 2026,
      countyId: q.county.id,
      rubricVersionId: q.rubricId,
    });
    await call(services(), 'evaluators.create', {
      campaignId: campaign.id,
      name: '周敏',
      role: '乡镇干部',
      unitId: office,
    });
    expect(
      await failure(services(), 'branchRegistry.deleteTownship', { townshipId: office }),
    ).toMatchObject({ code: 'CONFLICT', details: { reason: 'townshipInUse' } });
  });

  it('archives several branches at once with one audit entry each, or none of them', async () => {
    const q = await setUpQingshan(services());
    const ids = [q.branches['上坝村']!, q.branches['下坝村']!];
    await call(services(), 'branchRegistry.archiveBranch', { branchId: q.branches['石门村']! });
    const before = count(services(), 'audit_log');
    // One of them is already archived: nothing happens.
    expect(
      await failure(services(), 'branchRegistry.archiveBranches', {
        branchIds: [...ids, q.branches['石门村']!],
      }),
    ).toMatchObject({ code: 'CONFLICT', details: { reason: 'archived', name: '石门村' } });
    expect(count(services(), 'audit_log')).toBe(before);
    expect(
      await call(services(), 'branchRegistry.archiveBranches', { branchIds: ids, reason: '合并' }),
    ).toEqual({ changed: 2 });
    const entries = services()
      .ctx.db.prepare(
        "SELECT entity_id, actor, reason FROM audit_log WHERE action = 'archive' AND seq > ? ORDER BY seq",
      )
      .all(before);
    expect(entries).toEqual(ids.map((id) => ({ entity_id: id, actor: '王芳', reason: '合并' })));
    const archived = (await tree(q.county.id)).townships
      .flatMap((t) => t.branches)
      .filter((b) => b.archived)
      .map((b) => b.name);
    expect(archived.sort()).toEqual(['上坝村', '下坝村', '石门村'].sort());
  });
});
