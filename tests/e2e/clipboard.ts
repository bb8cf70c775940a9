import type { Page } from '@playwright/test';

// String scripts: the test files are compiled without the DOM library.

/** A real paste event, as Chromium fires it for Ctrl+V, on the element that has focus. */
export async function paste(page: Page, text: string): Promise<void> {
  await page.evaluate(`(() => {
    const transfer = new DataTransfer();
    transfer.setData('text/plain', ${JSON.stringify(text)});
    const target = document.activeElement ?? document.body;
    target.dispatchEvent(
      new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true }),
    );
  })()`);
}

/** A copy event as Ctrl+C fires it; returns what the focused element put on the clipboard. */
export async function copy(page: Page): Promise<string> {
  return page.evaluate(`(() => {
    const transfer = new DataTransfer();
    const target = document.activeElement ?? document.body;
    target.dispatchEvent(
      new ClipboardEvent('copy', { clipboardData: transfer, bubbles: true, cancelable: true }),
    );
    return transfer.getData('text/plain');
  })()`);
}
