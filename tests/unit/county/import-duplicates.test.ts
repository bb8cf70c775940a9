import { describe, expect, it } from 'vitest';
import type { CampaignSummary, RegistryTree } from '../../../shared/domain/views';
import type { BranchImportPreview } from '../../../shared/domain/views/branch-import';
import { apply, payload, preview, readMessy, sheetBytes } from '../branch-import/support';
import { call, count } from '../support';
import { setUpQingshan, useEmptyServices } from './qingshan';

const services = useEmptyServices();
const mapping = { township: 1, name: 2, type: 3 };

async function branchNames(countyId: string): Promise<string[]> {
  const tree = await call<RegistryTree>(services(), 'branchRegistry.tree', { countyId });
  return tree.townships.flatMap((t) => t.branches.map((b) => `${t.name}/${b.name}`)).sort();
}

const row = (p: BranchImportPreview, n: number) => p.rows.find((r) => r.row === n)!;

describe('a branch list naming existing branches another way', () => {
  it('matches suffix and space variants to the existing branch and shows them as possible duplicates', async () => {
    const q = await setUpQingshan(services());
    const before = await branchNames(q.county.id);
    const file = payload(
      '云溪镇名单.xlsx',
      await sheetBytes([
        ['乡镇', '村(社区)名称', '类型'],
        ['云溪镇', '石门村党支部', '行政村'],
        ['云溪镇', '桃源 村', '行政村'],
        ['云溪镇党委', '云溪社区党委', '社区'],
        ['石门乡', '上坝村', '行政村'],
        ['石门乡', '上坝村党总支', '行政村'],
        ['石门乡', '中共下坝村支部委员会', '行政村'],
        ['石门乡', '新建村', '行政村'],
      ]),
    );
    const p = await preview(services(), { countyId: q.county.id, file, mapping });
    expect(p.fileProblems).toEqual([]);
    expect(row(p, 2)).toMatchObject({ status: 'same', matchedName: '石门村', enrol: false });
    // Only spaces differ: the same spelling, nothing to point out.
    expect(row(p, 3)).toMatchObject({ status: 'same' });
    expect(row(p, 3).matchedName).toBeUndefined();
    expect(row(p, 4)).toMatchObject({
      status: 'same',
      newTownship: false,
      matchedName: '云溪社区',
    });
    expect(row(p, 5)).toMatchObject({ status: 'same' });
    expect(row(p, 6)).toMatchObject({ status: 'duplicate', duplicateOf: 5, matchedName: '上坝村' });
    expect(row(p, 7)).toMatchObject({ status: 'same', matchedName: '下坝村' });
    expect(row(p, 8)).toMatchObject({ status: 'new', newTownship: false });
    expect(p.counts).toMatchObject({ new: 1, same: 5, duplicate: 1, similar: 4, newTownships: 0 });

    const result = await apply(services(), {
      countyId: q.county.id,
      file,
      mapping,
      onExisting: 'update',
      skipInvalid: false,
    });
    expect(result).toMatchObject({ created: 1, townshipsCreated: 0, enrolled: 0, skipped: 1 });
    // Nothing was created twice; names already stored stay as they were.
    expect(await branchNames(q.county.id)).toEqual([...before, '石门乡/新建村'].sort());
  });

  it('never creates a second branch beside an archived one of the same organisation', async () => {
    const q = await setUpQingshan(services());
    await call(services(), 'branchRegistry.archiveBranch', { branchId: q.branches['石门村']! });
    const file = payload(
      '名单.xlsx',
      await sheetBytes([
        ['乡镇', '村(社区)名称', '类型'],
        ['云溪镇', '石门村党支部', '行政村'],
      ]),
    );
    const p = await preview(services(), { countyId: q.county.id, file, mapping });
    expect(row(p, 2)).toMatchObject({
      status: 'error',
      problems: [{ code: 'branch-archived', sheet: '名单', row: 2, params: { name: '石门村' } }],
    });
  });

  it('enrols matched branches when the list is imported into a campaign', async () => {
    const q = await setUpQingshan(services());
    const campaign = await call<CampaignSummary>(services(), 'campaigns.create', {
      name: '青山县2026年度社区评定',
      year: 2026,
      countyId: q.county.id,
      rubricVersionId: q.rubricId,
      branchTypes: ['community'],
    });
    const file = payload(
      '名单.xlsx',
      await sheetBytes([
        ['乡镇', '村(社区)名称', '类型'],
        ['云溪镇', '石门村党支部', '行政村'],
      ]),
    );
    const p = await preview(services(), { campaignId: campaign.id, file, mapping });
    expect(row(p, 2)).toMatchObject({ status: 'same', matchedName: '石门村', enrol: true });
    expect(
      await apply(services(), {
        campaignId: campaign.id,
        file,
        mapping,
        onExisting: 'skip',
        skipInvalid: false,
      }),
    ).toMatchObject({ created: 0, enrolled: 1 });
  });
});

describe('the messy fixture imported into an empty county, then again under other names', () => {
  it('creates its 46 branches once and matches the suffix variant on the second import', async () => {
    const county = await call<{ id: string }>(services(), 'counties.create', { name: '青山县' });
    const fixture = payload('branches-messy.xlsx', readMessy());
    const first = await preview(services(), { countyId: county.id, file: fixture });
    expect(first.counts).toMatchObject({ new: 46, newTownships: 4, enrol: 0, similar: 0 });
    expect(
      await apply(services(), {
        countyId: county.id,
        file: fixture,
        mapping: first.mapping,
        onExisting: 'update',
        skipInvalid: false,
      }),
    ).toMatchObject({ created: 46, townshipsCreated: 4, enrolled: 0 });
    expect(count(services(), 'campaign_branches')).toBe(0);

    // A second list from 李庄乡 writes the fixture's 西上屯村党支部 plainly and adds a suffix
    // to 李罗营村 (which the fixture wrote with a trailing space).
    const file = payload(
      '李庄乡.xlsx',
      await sheetBytes([
        ['乡镇(街道)', '村(社区)名称', '类型'],
        ['李庄乡', '西上屯村', '行政村'],
        ['东关街道', '李罗营村党支部', '农村'],
        ['东关街道 ', '李罗营村', '农村'],
      ]),
    );
    const again = await preview(services(), { countyId: county.id, file, mapping });
    expect(row(again, 2)).toMatchObject({ status: 'same', matchedName: '西上屯村党支部' });
    expect(row(again, 3)).toMatchObject({ status: 'same', matchedName: '李罗营村' });
    expect(row(again, 4)).toMatchObject({ status: 'duplicate', duplicateOf: 3 });
    expect(again.counts.new).toBe(0);
    await apply(services(), {
      countyId: county.id,
      file,
      mapping,
      onExisting: 'update',
      skipInvalid: false,
    });
    expect(count(services(), "org_units WHERE kind = 'branch'")).toBe(46);
  });
});
