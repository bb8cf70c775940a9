import type { XingpingApi } from '../../shared/api';
import { expect, test } from './fixtures';
import { queryDb } from './db';

test('linking last year’s campaign on the overview adds last year’s level to the ranking', async ({
  page,
  app,
}) => {
  await page.goto(app.url);
  await expect(page.getByRole('heading', { name: '评定批次' })).toBeVisible();
  const demo = queryDb<{ id: string; name: string; county_id: string; rubric_version_id: string }>(
    app.dbFile,
    'SELECT id, name, county_id, rubric_version_id FROM campaigns',
  );
  // This year's campaign, created through the same API the app uses.
  const created = await page.evaluate(async (d) => {
    // Runs in the page: window.xingping is the same bridge the app itself calls.
    const api = (globalThis as unknown as { xingping: XingpingApi }).xingping;
    return await api.campaigns.create({
      name: '示例县2026年度评定',
      year: 2026,
      countyId: d.county_id,
      rubricVersionId: d.rubric_version_id,
    });
  }, demo);
  expect(created.ok).toBe(true);
  const next = queryDb<{ id: string }>(app.dbFile, 'SELECT id FROM campaigns WHERE year = 2026');

  await page.goto(`${new URL(app.url).origin}/#/campaigns/${next.id}/overview`);
  const select = page.getByTestId('previous-campaign');
  await select.click();
  // The only other campaign is the demo: the keyboard picks it.
  await page.keyboard.press('Enter');
  await expect(page.getByText('已更新上年度批次。')).toBeVisible();
  expect(
    queryDb<{ p: string }>(
      app.dbFile,
      'SELECT previous_campaign_id AS p FROM campaigns WHERE id = ?',
      next.id,
    ).p,
  ).toBe(demo.id);

  await page.goto(`${new URL(app.url).origin}/#/campaigns/${next.id}/ranking`);
  await expect(page.getByText('上年/变化')).toBeVisible();
});
