import type { Page } from '@playwright/test';
import { expect } from '../fixtures';
import { clickUntilClosed } from '../settle';

/** Bulk submit from the open screen: the one confirmation lists what is locked and what not. */
export async function bulkSubmit(
  page: Page,
  ready: number,
  incomplete: string[] = [],
): Promise<void> {
  await page.getByTestId('bulk-submit').click();
  const modal = page.getByTestId('bulk-submit-modal');
  await expect(modal).toBeVisible();
  if (ready > 0) await expect(modal.getByTestId('bulk-ready').locator('li')).toHaveCount(ready);
  for (const text of incomplete)
    await expect(modal.getByTestId('bulk-incomplete')).toContainText(text);
  await clickUntilClosed(modal, page.getByRole('button', { name: `提交 ${ready} 份` }));
  await expect(page.locator('.ant-message')).toContainText(`已提交 ${ready} 份评分表`);
}
