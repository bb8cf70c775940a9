// `npm run screenshots [-- OUT_DIR]`: starts `xingping serve` on a fresh demo database (made with
// `xingping demo`, since the app itself starts empty) and saves a 1366×768 PNG of every screen,
// in Chinese and English, for people to look at.
// Needs a build (`npm run build`) and Debian's Chromium (or XINGPING_CHROMIUM).
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { startServedDemo } from './lib/served-demo.mjs';

const out = resolve(process.argv[2] ?? 'screenshots');
mkdirSync(out, { recursive: true });
const { url, browser, stop } = await startServedDemo('xingping-shots-');
try {
  const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
  page.on('console', (m) => m.type() === 'error' && console.error('console:', m.text()));
  await page.goto(url);
  await page
    .getByRole('link', { name: /示例县/ })
    .first()
    .waitFor();
  const campaignId = await page.evaluate(
    async () => (await window.xingping.campaigns.list({})).data[0].id,
  );
  const rubricId = await page.evaluate(
    async () => (await window.xingping.rubrics.versions({})).data[0].id,
  );
  const countyId = await page.evaluate(
    async () => (await window.xingping.counties.list({})).data[0].id,
  );
  const screens = [
    '',
    `campaigns/${campaignId}/overview`,
    `campaigns/${campaignId}/branches`,
    `campaigns/${campaignId}/evaluators`,
    `campaigns/${campaignId}/grid`,
    `campaigns/${campaignId}/progress`,
    `campaigns/${campaignId}/rubric`,
    `campaigns/${campaignId}/ranking`,
    `campaigns/${campaignId}/exchange`,
    'rubrics',
    `rubrics/${rubricId}/edit`,
    'counties',
    `counties/${countyId}`,
  ];
  for (const language of ['zh-CN', 'en']) {
    await page.evaluate((l) => window.xingping.preferences.update({ language: l }), language);
    for (const [index, screen] of screens.entries()) {
      // The language is read when the page loads, and a hash change alone does not reload.
      await page.goto(`${new URL(url).origin}/#/${screen}`);
      await page.reload();
      await page.waitForLoadState('networkidle');
      await page.waitForTimeout(400);
      const name =
        screen
          .split('/')
          .filter((p) => !/^[0-9a-f-]{36}$/.test(p))
          .join('-') || 'campaigns';
      const file = join(out, `${language}-${index}-${name}.png`);
      await page.screenshot({ path: file });
      console.log(file);
    }
  }
} finally {
  await stop();
}
