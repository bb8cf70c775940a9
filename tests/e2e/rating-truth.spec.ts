import type { Locator, Page } from '@playwright/test';
import type { Qingshan } from '../fixtures/qingshan-county';
import { expect, test } from './fixtures';
import type { ServedApp } from './fixtures';
import { seedServedQingshan as seed } from './pages/qingshan-served';

/**
 * 青山县 (tests/fixtures/qingshan-county.ts) entered through the served API, then read off the
 * ranking screen and the explanation drawer as a committee would: a vetoed branch, an
 * incomplete one, two tied on a quota border, a gate that lowered a level and one that did not.
 */
async function openRanking(page: Page, app: ServedApp, county: Qingshan): Promise<void> {
  await page.goto(app.url);
  await expect(page.getByRole('heading', { name: '评定批次' })).toBeVisible();
  await page.goto(`${new URL(app.url).origin}/#/campaigns/${county.campaignId}/ranking`);
  await expect(page.getByTestId('ranking-table')).toBeVisible();
}

function row(page: Page, county: Qingshan, name: string): Locator {
  return page
    .getByTestId('ranking-table')
    .locator(`[role="row"][data-branch-id="${county.branches.get(name)}"]`);
}

async function starCells(target: Locator): Promise<string[]> {
  const out: string[] = [];
  for (const code of ['S1', 'S2', 'S3', 'S4', 'S5'])
    out.push((await target.locator(`[data-col="dim:${code}"]`).innerText()).trim());
  return out;
}

test('the ranking and its explanations tell the committee the truth', async ({ page, app }) => {
  test.setTimeout(120_000);
  const county = await seed(page, app);
  await openRanking(page, app, county);

  // Vetoed: real scores, but not one star ticked.
  const vetoed = row(page, county, '石门村');
  await expect(vetoed.locator('[data-earned]')).toHaveCount(0);
  await expect(vetoed.locator('[data-col="level"]')).toHaveText('否决');
  await expect(vetoed.locator('[data-col="flags"] [aria-label="有否决项被提出"]')).toHaveCount(1);

  // Incomplete: blank, never 0.
  const incomplete = row(page, county, '柳塘村');
  expect(await starCells(incomplete)).toEqual(['—', '—', '—', '—', '—']);
  await expect(incomplete.locator('[data-col="total"]')).toHaveText('—');

  // Tied on the five-star border: both flagged, both four stars without the capstone.
  for (const name of ['龙泉村', '凤岭村']) {
    const tied = row(page, county, name);
    await expect(tied.locator('[data-col="flags"] [aria-label="名额边界同分"]')).toHaveCount(1);
    await expect(tied.locator('[data-col="flags"] [aria-label="因比例控制降级"]')).toHaveCount(1);
    await expect(tied.locator('[data-col="dim:S1"] [data-earned]')).toHaveCount(0);
    await expect(tied.locator('[data-earned]')).toHaveCount(4);
  }

  // The satisfaction gate: flagged where it lowered five stars to four, not where it did not.
  const gate = '[data-col="flags"] [aria-label="门槛条件未满足"]';
  await expect(row(page, county, '白云村').locator(gate)).toHaveCount(1);
  await expect(row(page, county, '桃源村').locator(gate)).toHaveCount(0);
  await page.screenshot({ path: 'test-results/truth-ranking-zh.png' });

  const drawer = page.getByTestId('explanation');
  const reasons = drawer.getByTestId('explain-reasons');
  await row(page, county, '龙泉村').dblclick();
  await expect(reasons).toContainText('按“同分全部降档”的规则一并不予五星');
  await expect(reasons).toContainText('名额先看比例控制前的等级、再看总分');
  await expect(reasons).toContainText('支部过硬星不予授予');
  await reasons.screenshot({
    path: 'test-results/truth-drawer-tie-zh.png',
    animations: 'disabled',
  });
  await page.keyboard.press('Escape');

  await row(page, county, '石门村').dblclick();
  await expect(reasons).toContainText(
    '不予评定等级,得分达到合格线的支部过硬星、产业兴旺星、生态宜居星、平安法治星、文明幸福星不予授予。',
  );
  await expect(
    drawer.getByTestId('explain-dimensions').getByLabel('达到合格线,但未授予'),
  ).toHaveCount(5);
  await reasons.screenshot({
    path: 'test-results/truth-drawer-veto-zh.png',
    animations: 'disabled',
  });
  await page.keyboard.press('Escape');

  await row(page, county, '柳塘村').dblclick();
  await expect(reasons).toContainText('本轮还有 1 份评分表未提交');
  await expect(drawer.getByTestId('explain-dimensions')).toHaveCount(0);
  await reasons.screenshot({
    path: 'test-results/truth-drawer-incomplete-zh.png',
    animations: 'disabled',
  });
  await page.keyboard.press('Escape');

  await page.getByTestId('language-switch').getByText('English').click();
  await expect(
    row(page, county, '白云村').locator('[data-col="flags"] [aria-label="A condition is not met"]'),
  ).toHaveCount(1);
  await page.screenshot({ path: 'test-results/truth-ranking-en.png' });
  await row(page, county, '凤岭村').dblclick();
  await expect(reasons).toContainText(
    'by the rule “all tied fall” every tied branch loses Five stars',
  );
  await expect(reasons).toContainText(
    'places go by the level qualified for before quotas, then total',
  );
  await reasons.screenshot({
    path: 'test-results/truth-drawer-tie-en.png',
    animations: 'disabled',
  });
});
