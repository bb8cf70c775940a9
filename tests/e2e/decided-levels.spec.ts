import { expect, test } from './fixtures';
import { decideLevel, seedServedQingshan, servedCall, startedMeeting } from './qingshan';

/**
 * The committee's decisions on the ranking screen: a 评审结果 column appears once a decision is
 * recorded, with the decided level and, for one above the quota, "超出名额" in plain words.
 */
test('the ranking shows the committee’s decided level beside the computed one', async ({
  page,
  app,
}) => {
  test.setTimeout(120_000);
  const county = await seedServedQingshan(page, app);
  const call = servedCall(page, app);
  const table = page.getByTestId('ranking-table');
  const row = (name: string) =>
    table.locator(`[role="row"][data-branch-id="${county.branches.get(name)}"]`);
  const ranking = `${new URL(app.url).origin}/#/campaigns/${county.campaignId}/ranking`;

  await page.goto(app.url);
  await expect(page.getByRole('heading', { name: '评定批次' })).toBeVisible();
  await page.goto(ranking);
  await expect(table).toBeVisible();
  // No decision yet: no empty column.
  await expect(table.getByText('评审结果')).toHaveCount(0);

  const meeting = await startedMeeting(call, county);
  await decideLevel(call, meeting, '龙泉村', 5, '群众满意度全县第一');

  await page.reload();
  await expect(table).toBeVisible();
  await expect(table.getByText('评审结果')).toHaveCount(1);
  const decided = row('龙泉村').getByTestId('decided-level');
  await expect(decided).toContainText('五星');
  await expect(decided.getByTestId('overrides-quota')).toHaveText('超出名额');
  // The computed level stays as the scores gave it.
  await expect(row('龙泉村').locator('[data-col="level"]')).toContainText('四星');
  await expect(row('凤岭村').getByTestId('decided-level')).toHaveCount(0);
  await page.screenshot({ path: test.info().outputPath('ranking-decided.png') });

  // The level chart counts the levels after review beside the computed ones.
  await page.getByRole('tab', { name: '统计图' }).click();
  await expect(page.getByTestId('chart-levels')).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('charts-decided.png') });
});
