import { expect, test } from './fixtures';
import { queryDb } from './db';
import { makeRealCounty } from './pages/real-county';

test('linking last year’s campaign on the overview adds last year’s level to the ranking', async ({
  page,
  app,
}) => {
  await page.goto(app.url);
  await expect(page.getByRole('heading', { name: '评定批次' })).toBeVisible();
  // Two years of a real county (the demo's county takes no real campaign), set up through the
  // same API the app uses.
  const [lastYear, thisYear] = await page.evaluate(makeRealCounty, {
    campaigns: [
      { name: '青山县2025年度评定', year: 2025 },
      { name: '青山县2026年度评定', year: 2026 },
    ],
    selfScore: false,
  });
  const made = { lastYear: lastYear!, thisYear: thisYear! };

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
