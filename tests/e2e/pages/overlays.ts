import { expect } from '@playwright/test';
import type { Page } from '@playwright/test';

// antd dialogs and popconfirms zoom in; a click while they still animate can land on nothing,
// more often on a busy machine (lost clicks failed score-sheet, evaluators and recovery specs
// in CI). Click in one only once it has settled.

/** Waits until the newest modal dialog has finished zooming in. */
export async function settledModal(page: Page): Promise<void> {
  const modal = page.locator('.ant-modal').last();
  await expect(modal).toBeVisible();
  await expect(modal).not.toHaveClass(/-(appear|enter)/);
}

/** Answers the open Popconfirm once it has finished zooming in. */
export async function answerPopconfirm(page: Page, button: string): Promise<void> {
  const popover = page.locator('.ant-popconfirm').last();
  await expect(popover).toBeVisible();
  await expect(popover).not.toHaveClass(/-(appear|enter)/);
  await popover.getByRole('button', { name: button }).click();
}
