import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RegistryTree } from '../../../shared/domain/views/branch-registry';
import { count } from '../support';
import type { Harness } from './harness';
import { openHarness } from './harness';

let h: Harness;
beforeEach(() => {
  h = openHarness();
});
afterEach(() => h.close());

function countyId(): string {
  return h.row<{ county_id: string }>('SELECT county_id FROM campaigns WHERE id = ?', h.campaignId)
    .county_id;
}

describe('townships', () => {
  it('adds a sub-district under the campaign county, last in order, audited', async () => {
    const { id } = await h.call<{ id: string }>('branchRegistry.addTownship', {
      campaignId: h.campaignId,
      name: '  滨河街道 ',
      kind: 'subdistrict',
      reason: '区划调整',
    });
    const unit = h.row<{ parent_id: string; kind: string; name: string; sort_order: number }>(
      'SELECT parent_id, kind, name, sort_order FROM org_units WHERE id = ?',
      id,
    );
    expect(unit).toMatchObject({ parent_id: countyId(), kind: 'subdistrict', name: '滨河街道' });
    const max = h.row<{ m: number }>(
      'SELECT max(sort_order) AS m FROM org_units WHERE parent_id = ?',
      countyId(),
    ).m;
    expect(unit.sort_order).toBe(max);
    const [entry] = h.auditOf(id);
    expect(entry).toMatchObject({ action: 'create', actor: 'tester', reason: '区划调整' });
    expect(JSON.parse(entry!.after!)).toMatchObject({ name: '滨河街道', kind: 'subdistrict' });
    // An empty township is in the registry tree at once, so branches can be added to it.
    const tree = await h.call<RegistryTree>('branchRegistry.tree', { campaignId: h.campaignId });
    expect(tree.townships.find((t) => t.id === id)?.branches).toEqual([]);
  });

  it('renames a township and keeps the old name in the audit', async () => {
    const id = h.unitId('柳林镇');
    await h.call('branchRegistry.renameTownship', { townshipId: id, name: '柳林街道' });
    expect(h.row<{ name: string }>('SELECT name FROM org_units WHERE id = ?', id).name).toBe(
      '柳林街道',
    );
    const [entry] = h.auditOf(id);
    expect(JSON.parse(entry!.before!)).toEqual({ name: '柳林镇' });
    expect(JSON.parse(entry!.after!)).toEqual({ name: '柳林街道' });
  });

  it('refuses a township name the county already has', async () => {
    const before = count(h.services, 'org_units');
    const error = await h.failure('branchRegistry.addTownship', {
      campaignId: h.campaignId,
      name: '王店乡',
      kind: 'township',
    });
    expect(error.code).toBe('CONFLICT');
    expect(error.details).toMatchObject({ reason: 'duplicateName', name: '王店乡' });
    expect(count(h.services, 'org_units')).toBe(before);
    const rename = await h.failure('branchRegistry.renameTownship', {
      townshipId: h.unitId('柳林镇'),
      name: '王店乡',
    });
    expect(rename.details).toMatchObject({ reason: 'duplicateName' });
  });
});

describe('adding and editing branches', () => {
  it('adds a branch that joins the campaign, audited with its township', async () => {
    const township = h.unitId('柳林镇');
    const { id } = await h.call<{ id: string }>('branchRegistry.addBranch', {
      campaignId: h.campaignId,
      townshipId: township,
      name: '新华村党支部',
      branchType: 'rural',
    });
    expect(
      h.row(
        'SELECT 1 AS x FROM campaign_branches WHERE campaign_id = ? AND branch_id = ?',
        h.campaignId,
        id,
      ),
    ).toEqual({ x: 1 });
    const [entry] = h.auditOf(id);
    expect(entry!.action).toBe('create');
    expect(JSON.parse(entry!.after!)).toMatchObject({
      name: '新华村党支部',
      branchType: 'rural',
      townshipId: township,
    });
    const tree = await h.call<RegistryTree>('branchRegistry.tree', { campaignId: h.campaignId });
    const node = tree.townships.flatMap((t) => t.branches).find((b) => b.id === id);
    expect(node).toMatchObject({ takesPart: true, archived: false, deletable: true });
  });

  it('refuses a duplicate in one township after NFKC, trimming and case, nothing written', async () => {
    const township = h.unitId('柳林镇');
    await h.call('branchRegistry.addBranch', {
      campaignId: h.campaignId,
      townshipId: township,
      name: 'A组 新村',
      branchType: 'other',
    });
    const units = count(h.services, 'org_units');
    const audits = count(h.services, 'audit_log');
    // Full-width Ａ, an ideographic space and trailing blanks are the same name to a reader.
    for (const name of ['Ａ组\u3000新村', ' a组  新村 ']) {
      const error = await h.failure('branchRegistry.addBranch', {
        campaignId: h.campaignId,
        townshipId: township,
        name,
        branchType: 'other',
      });
      expect(error.details).toMatchObject({ reason: 'duplicateName', name: 'A组 新村' });
    }
    expect(count(h.services, 'org_units')).toBe(units);
    expect(count(h.services, 'audit_log')).toBe(audits);
    // The same name in another township is fine.
    await h.call('branchRegistry.addBranch', {
      campaignId: h.campaignId,
      townshipId: h.unitId('王店乡'),
      name: 'A组 新村',
      branchType: 'other',
    });
  });

  it('refuses bad input without writing anything', async () => {
    const units = count(h.services, 'org_units');
    const audits = count(h.services, 'audit_log');
    const base = { campaignId: h.campaignId, townshipId: h.unitId('柳林镇'), branchType: 'rural' };
    const bad = [
      { ...base, name: '   ' },
      { ...base, name: 'x'.repeat(61) },
      { ...base, name: '新\u0007村' },
      { ...base, name: '新村', branchType: 'school' },
      { ...base, name: '新村', extra: 1 },
      { ...base, name: '新村', townshipId: 'not-a-uuid' },
    ];
    for (const input of bad) {
      const error = await h.failure('branchRegistry.addBranch', input);
      expect(error.code).toBe('INVALID_INPUT');
    }
    // A branch id where a township is expected is not found, and nothing is written either.
    const wrongKind = await h.failure('branchRegistry.addBranch', {
      ...base,
      name: '新村',
      townshipId: h.unscoredBranch(),
    });
    expect(wrongKind.code).toBe('NOT_FOUND');
    expect(count(h.services, 'org_units')).toBe(units);
    expect(count(h.services, 'audit_log')).toBe(audits);
  });

  it('edits name and type with before and after in the audit', async () => {
    const id = h.scoredBranch();
    const old = h.row<{ name: string; branch_type: string }>(
      'SELECT name, branch_type FROM org_units WHERE id = ?',
      id,
    );
    await h.call('branchRegistry.editBranch', {
      branchId: id,
      name: '更名后党支部',
      branchType: 'community',
      reason: '村改社区',
    });
    const [entry] = h.auditOf(id).filter((e) => e.action === 'update');
    expect(JSON.parse(entry!.before!)).toMatchObject({
      name: old.name,
      branchType: old.branch_type,
    });
    expect(JSON.parse(entry!.after!)).toMatchObject({
      name: '更名后党支部',
      branchType: 'community',
    });
    expect(entry!.reason).toBe('村改社区');
  });
});
