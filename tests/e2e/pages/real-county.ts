import type { XingpingApi } from '../../../shared/api';

/** What {@link makeRealCounty} sets up: 青山县 / 云溪镇 / 石门村, the rural rubric, campaigns. */
export interface RealCountySpec {
  campaigns: { name: string; year: number }[];
  /** Give the first campaign a self-assessment round with one score for 石门村. */
  selfScore: boolean;
}

/**
 * Runs in the page (`page.evaluate(makeRealCounty, spec)`), through the same bridge the screens
 * call, so it must stay self-contained: Playwright sends its source, not its imports. Sets up a
 * real county (not the demo's: that one takes no real campaign) with its campaigns; returns
 * their ids in order.
 */
export async function makeRealCounty(spec: RealCountySpec): Promise<string[]> {
  const x = (globalThis as unknown as { xingping: XingpingApi }).xingping;
  const ok = <T>(result: { ok: true; data: T } | { ok: false; error: unknown }): T => {
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    return result.data;
  };
  const county = ok(await x.counties.create({ name: '青山县' }));
  const township = ok(
    await x.branchRegistry.addTownship({ countyId: county.id, name: '云溪镇', kind: 'township' }),
  );
  const branch = ok(
    await x.branchRegistry.addBranch({
      countyId: county.id,
      townshipId: township.id,
      name: '石门村',
      branchType: 'rural',
    }),
  );
  const rubric = ok(await x.rubrics.createFromTemplate({ templateId: 'rural-five-star' }));
  const ids: string[] = [];
  for (const campaign of spec.campaigns) {
    const created = ok(
      await x.campaigns.create({ ...campaign, countyId: county.id, rubricVersionId: rubric.id }),
    );
    ids.push(created.id);
  }
  const first = ids[0];
  if (spec.selfScore && first) {
    const self = ok(await x.rounds.create({ campaignId: first, kind: 'self', name: '支部自评' }));
    const sheet = ok(
      await x.sheets.open({ roundId: self.id, branchId: branch.id, evaluatorId: null }),
    );
    ok(
      await x.scores.save({
        sheetId: sheet.id,
        expectedVersion: sheet.version,
        entries: [{ item: 'S1.1.2', value: { option: 'good' } }],
      }),
    );
  }
  return ids;
}
