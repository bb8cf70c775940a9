import type { Locator, Page } from '@playwright/test';

/** What Playwright's file chooser takes: a path, or a name with bytes. */
export type ChosenFiles =
  | string
  | string[]
  | { name: string; mimeType: string; buffer: Buffer }
  | { name: string; mimeType: string; buffer: Buffer }[];

/**
 * Chooses files the way a user does: clicks the button, answers the browser's file chooser
 * (which the web bridge opened), and the page uploads them to the web host as streams.
 */
export async function chooseFiles(page: Page, button: Locator, files: ChosenFiles): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await button.click();
  await (await chooser).setFiles(files);
}
