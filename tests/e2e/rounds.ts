import type { Page } from '@playwright/test';
import type { Result } from '../../shared/result';
import { expect } from './fixtures';

interface Bridge {
  xingping: {
    rounds: { create: (input: unknown) => Promise<Result<{ id: string }>> };
  };
}

/**
 * Adds a self-assessment round to a campaign through the app's own API (self sheets exist only
 * in one) and answers its id. Leaves the page on the campaign list.
 */
export async function addSelfRound(
  page: Page,
  url: string,
  campaignId: string,
  name = '支部自评',
): Promise<string> {
  await page.goto(url);
  await expect(page.getByRole('heading', { name: '评定批次' })).toBeVisible();
  const created = await page.evaluate(
    async (input) => (globalThis as unknown as Bridge).xingping.rounds.create(input),
    { campaignId, kind: 'self', name },
  );
  if (!created.ok) throw new Error(`rounds.create: ${created.error.code}`);
  return created.data.id;
}

/**
 * Picks an option of an antd Select by its visible label (exact, so 自评 is not 乡镇初评), and
 * checks it took: on a busy machine a click made while a dialog is still sliding in is lost,
 * so the whole pick is retried until the Select shows the choice.
 */
export async function pick(page: Page, testId: string, label: string): Promise<void> {
  const select = page.getByTestId(testId);
  await expect(async () => {
    await select.click();
    await page
      .locator('.ant-select-dropdown:visible .ant-select-item-option')
      .filter({ has: page.getByText(label, { exact: true }) })
      .first()
      .click({ timeout: 3000 });
    await expect(select).toContainText(label, { timeout: 2000 });
  }).toPass({ timeout: 20_000 });
}
