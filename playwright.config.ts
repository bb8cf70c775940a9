import { defineConfig } from '@playwright/test';
import chromium from './tests/chromium.json';

// Browser tests drive the real app through the web host in Debian's Chromium
// (Playwright's own browser download is not available on our machines).
export default defineConfig({
  testDir: 'tests/e2e',
  // Generous on purpose: two cores are shared with other builds and tests, and no test may
  // depend on an idle machine. A real hang still fails.
  timeout: 180_000,
  expect: { timeout: 20_000 },
  fullyParallel: false,
  workers: 2,
  retries: 0,
  reporter: [
    ['list'],
    [
      'json',
      { outputFile: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ?? 'test-results/playwright.json' },
    ],
  ],
  use: {
    viewport: { width: 1366, height: 768 },
    locale: 'zh-CN',
    // As a user with "reduce motion" set: no zoom-in during which a click can be lost.
    reducedMotion: 'reduce',
    launchOptions: {
      executablePath: process.env.XINGPING_CHROMIUM ?? chromium.executablePath,
      args: chromium.args,
    },
    trace: 'off',
    screenshot: 'only-on-failure',
  },
});
