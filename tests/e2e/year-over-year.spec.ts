import type { XingpingApi } from '../../shared/api';
import { expect, test } from './fixtures';
import { queryDb } from './db';

test('linking last year’s campaign on the overview adds last year’s level to the ranking', async ({
  page,
  app,
}) => {
  await page.goto(app.url);
  await expect(page.getByRole('heading', { name: '评定批次' })).toBeVisible();
  // Two years of a real county (the demo's county takes no real campaign), set up through the
  // same API the app uses.
  const made = await page.evaluate(async () => {
    // Runs in the page: window.xingping is the same bridge the app itself calls.
    const api = (globalThis as unknown as { xingping: XingpingApi }).xingping;
    const data = <T>(result: { ok: true; data: T } | { ok: false; error: unknown }): T => {
      if (!result.ok) throw new Error(JSON.stringify(result.error));
      return result.data;
    };
    const county = data(await api.counties.create({ name: '青山县' }));
    const township = data(
      await api.branchRegistry.addTownship({
        countyId: county.id,
        name: '云溪镇',
        kind: 'township',
      }),
    );
    data(
      await api.branchRegistry.addBranch({
        countyId: county.id,
        townshipId: township.id,
        name: '石门村',
        branchType: 'rural',
      }),
    );
    const rubric = data(await api.rubrics.createFromTemplate({ templateId: 'rural-five-star' }));
    const lastYear = data(
      await api.campaigns.create({
        name: '青山县2025年度评定',
        year: 2025,
        countyId: county.id,
        rubricVersionId: rubric.id,
      }),
    );
    const thisYear = data(
      await api.campaigns.create({
        name: '青山县2026年度评定',
        year: 2026,
        countyId: county.id,
        rubricVersionId: rubric.id,
      }),
    );
    return { lastYear: lastYear.id, thisYear: thisYear.id };
  });

  await page.goto(`${new URL(app.url).origin}/#/campaigns/${made.thisYear}/overview`);
  // The lists were loaded before the API calls above: start the page afresh.
  await page.reload();
  const select = page.getByTestId('previous-campaign');
  await select.click();
  await page.locator('.ant-select-item-option', { hasText: '青山县2025年度评定' }).click();
  await expect(page.getByText('已更新上年度批次。')).toBeVisible();
  expect(
    queryDb<{ p: string }>(
      app.dbFile,
      'SELECT previous_campaign_id AS p FROM campaigns WHERE id = ?',
      made.thisYear,
    ).p,
  ).toBe(made.lastYear);

  await page.goto(`${new URL(app.url).origin}/#/campaigns/${made.thisYear}/ranking`);
  await expect(page.getByText('上年/变化')).toBeVisible();
});
