import type { Page } from '@playwright/test';
import { queryDb } from './db';
import { expect, test } from './fixtures';
import { addSelfRound, pick } from './rounds';

const dir = '/tmp/xp/shots';
async function shot(page: Page, name: string) {
  await page.waitForTimeout(700);
  await page.screenshot({ path: `${dir}/${name}.png` });
}

test('shots', async ({ page, app }) => {
  test.setTimeout(180_000);
  const c = queryDb<{ id: string }>(app.dbFile, 'SELECT id FROM campaigns WHERE is_demo = 1');
  await addSelfRound(page, app.url, c.id);
  const origin = new URL(app.url).origin;
  for (const lang of ['zh', 'en']) {
    if (lang === 'en') {
      await page.goto(`${origin}/#/`);
      await page.getByTestId('language-switch').getByText('English').click();
    }
    await page.goto(`${origin}/#/campaigns/${c.id}/evaluators`);
    await expect(page.getByTestId('round-table')).toBeVisible();
    await shot(page, `${lang}-evaluators`);
    await page.getByTestId('round-table').locator('[data-testid^="round-edit-"]').first().click();
    await shot(page, `${lang}-round-modal`);
    await page.keyboard.press('Escape');
    await page.goto(`${origin}/#/campaigns/${c.id}/grid`);
    await expect(page.getByTestId('grid')).toBeVisible();
    await shot(page, `${lang}-grid`);
    await page.getByTestId('bulk-submit').click();
    await expect(page.getByTestId('bulk-submit-modal')).toBeVisible();
    await shot(page, `${lang}-bulk`);
    await page.keyboard.press('Escape');
    await page.goto(`${origin}/#/campaigns/${c.id}/ranking`);
    await page.waitForTimeout(1500);
    await shot(page, `${lang}-ranking`);
    await page.goto(`${origin}/#/campaigns/${c.id}/progress`);
    await page.waitForTimeout(1500);
    await page.getByTestId('progress-matrix').locator('a').first().click();
    await expect(page.getByTestId('score-sheet')).toBeVisible();
    await shot(page, `${lang}-sheet`);
  }
});
