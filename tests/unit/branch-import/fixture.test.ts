import { describe, expect, it } from 'vitest';
import type { BranchImportMapping } from '../../../shared/domain/views/branch-import';
import { branchTree } from '../../../electron/services/branch-registry/campaign-tree';
import { campaignOverview } from '../../../electron/services/campaigns/service';
import { apply, payload, preview, readMessy, useServices } from './support';

const { services, campaignId } = useServices();
const file = () => payload('branches-messy.xlsx', readMessy());

describe('the messy fixture (title rows, merged townships, subtotals, footer, spaces)', () => {
  it('finds the header under the title rows and suggests the mapping', async () => {
    const p = await preview(services(), { campaignId: campaignId(), file: file() });
    expect(p.fileProblems).toEqual([]);
    expect(p.sheet).toBe('名册');
    expect(p.headerRow).toBe(3);
    expect(p.suggested).toEqual<BranchImportMapping>({ township: 2, name: 3, type: 4 });
    expect(p.columns.map((c) => c.header)).toEqual([
      '序号',
      '乡镇(街道)',
      '村(社区)名称',
      '类型',
      '党组织书记',
      '党员数',
      '备注',
    ]);
  });

  it('reads 46 branches, skips four subtotals and the footer, and fills merged townships', async () => {
    const p = await preview(services(), { campaignId: campaignId(), file: file() });
    expect(p.counts).toMatchObject({
      new: 46,
      skipped: 5,
      error: 0,
      duplicate: 0,
      newTownships: 4,
    });
    const skipped = p.rows.filter((r) => r.status === 'skipped');
    expect(skipped.map((r) => [r.row, r.skipReason])).toEqual([
      [16, 'subtotal'],
      [26, 'subtotal'],
      [42, 'subtotal'],
      [53, 'subtotal'],
      [55, 'footer'],
    ]);
    const byRow = new Map(p.rows.map((r) => [r.row, r]));
    expect(byRow.get(15)).toMatchObject({ township: '城关镇', name: '胡陈湾村' });
    expect(byRow.get(17)).toMatchObject({ township: '东关街道', name: '北胡集村' });
    // Trailing spaces go; the type words map to the schema's types.
    expect(byRow.get(19)).toMatchObject({
      name: '李罗营村',
      typeText: '农村',
      branchType: 'rural',
    });
    expect(byRow.get(6)).toMatchObject({ name: '南罗湾社区', branchType: 'community' });
    expect(byRow.get(38)).toMatchObject({ name: '西上屯村党支部', branchType: 'rural' });
    const types = p.rows.filter((r) => r.status === 'new').map((r) => r.branchType);
    expect(types.filter((t) => t === 'community')).toHaveLength(9);
    expect(types.filter((t) => t === 'rural')).toHaveLength(37);
  });

  it('applies into the campaign: townships under its county, branches in the tree and overview', async () => {
    const before = campaignOverview(services().ctx, { id: campaignId() });
    const result = await apply(services(), {
      campaignId: campaignId(),
      file: file(),
      mapping: { township: 2, name: 3, type: 4 },
      onExisting: 'update',
      skipInvalid: false,
    });
    expect(result).toEqual({
      townshipsCreated: 4,
      created: 46,
      updated: 0,
      enrolled: 0,
      unchanged: 0,
      skipped: 5,
      invalid: 0,
    });
    const tree = branchTree(services().ctx, { campaignId: campaignId() });
    const dongguan = tree.find((t) => t.name === '东关街道');
    expect(dongguan?.kind).toBe('subdistrict');
    expect(dongguan?.branches.map((b) => b.name)).toContain('李罗营村');
    expect(tree.find((t) => t.name === '李庄乡')?.kind).toBe('township');
    const after = campaignOverview(services().ctx, { id: campaignId() });
    expect(after.byTownship.length).toBe(before.byTownship.length + 4);
    const audit = services()
      .ctx.db.prepare(
        "SELECT entity, count(*) AS n FROM audit_log WHERE action = 'import-create' GROUP BY entity ORDER BY entity",
      )
      .all();
    expect(audit).toEqual([
      { entity: 'branch', n: 46 },
      { entity: 'township', n: 4 },
    ]);
  });

  it('finds everything the same when the same file is imported again', async () => {
    const input = { campaignId: campaignId(), file: file() };
    await apply(services(), {
      ...input,
      mapping: { township: 2, name: 3, type: 4 },
      onExisting: 'update',
      skipInvalid: false,
    });
    const again = await preview(services(), input);
    expect(again.counts).toMatchObject({ new: 0, same: 46, update: 0, newTownships: 0 });
  });
});
