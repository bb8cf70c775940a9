import { defineConfig } from '@playwright/test';

// Browser tests drive the real app through the web host in Debian's Chromium
// (Playwright's own browser download is not available on our machines).
export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 2,
  retries: 0,
  reporter: [['list'], ['json']],
  use: {
    viewport: { width: 1366, height: 768 },
    locale: 'zh-CN',
    launchOptions: {
      executablePath: process.env.XINGPING_CHROMIUM ?? '/usr/bin/chromium',
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
    trace: 'off',
    screenshot: 'only-on-failure',
  },
});
