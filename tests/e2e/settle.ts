import { expect } from '@playwright/test';
import type { Locator } from '@playwright/test';

/**
 * Clicks a dialog's button until the dialog is gone. On a busy machine a click that lands while
 * an antd dialog is still opening can be lost; clicking again is what a person would do. A
 * button whose action is in flight shows as loading and takes no second click, so an action
 * runs once.
 */
export async function clickUntilClosed(dialog: Locator, button: Locator): Promise<void> {
  await expect(async () => {
    if (await button.isVisible()) await button.click({ timeout: 5_000 });
    await expect(dialog).toBeHidden({ timeout: 10_000 });
  }).toPass({ timeout: 90_000 });
}
