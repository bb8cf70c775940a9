import { expect } from '@playwright/test';
import type { Page } from '@playwright/test';

/**
 * Answers the open Popconfirm once it has finished zooming in: a click while it still
 * animates can land on nothing (a lost click failed score-sheet.spec in CI).
 */
export async function answerPopconfirm(page: Page, button: string): Promise<void> {
  const popover = page.locator('.ant-popconfirm').last();
  await expect(popover).toBeVisible();
  await expect(popover).not.toHaveClass(/-(appear|enter)/);
  await popover.getByRole('button', { name: button }).click();
}
