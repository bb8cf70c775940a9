import type { Locator, Page } from '@playwright/test';

/** What Playwright's file chooser takes: a path, or a name with bytes. */
export type ChosenFiles =
  | string
  | string[]
  | { name: string; mimeType: string; buffer: Buffer }
  | { name: string; mimeType: string; buffer: Buffer }[];

/**
 * Chooses files the way a user does: clicks the button, answers the file chooser the web
 * bridge opened, and the page uploads them to the web host as streams.
 *
 * The answer goes to the bridge's own file input rather than through Playwright's
 * `filechooser` event: headless Chromium now and then opens the chooser without sending the
 * DevTools event (microsoft/playwright#28023, #19051), most often on a busy machine, and the
 * test then waited forever. Listening for the event still matters: it is what makes Chromium
 * hold the chooser for the test instead of cancelling it. A click that never reached the page
 * (no input appears) is repeated; a page that never opens a chooser still fails.
 */
export async function chooseFiles(page: Page, button: Locator, files: ChosenFiles): Promise<void> {
  const input = page.locator('body > input[type="file"]').last();
  void page.waitForEvent('filechooser', { timeout: 60_000 }).catch(() => null);
  for (let attempt = 0; attempt < 3; attempt += 1) {
    await button.click();
    const opened = await input
      .waitFor({ state: 'attached', timeout: 20_000 })
      .then(() => true)
      .catch(() => false);
    if (opened) {
      await input.setInputFiles(files);
      return;
    }
  }
  throw new Error('The button never opened a file chooser');
}
