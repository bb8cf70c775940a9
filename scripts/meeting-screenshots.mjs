// `node scripts/meeting-screenshots.mjs [OUT_DIR]`: runs a committee meeting on the demo campaign
// (made with `xingping demo`) through the API, then saves the operator's screen (1366×768) and
// the projector page (1920×1080) for the user guide (default OUT_DIR: docs/images).
// Needs a build (`npm run build`) and Debian's Chromium (or XINGPING_CHROMIUM).
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { startServedDemo } from './lib/served-demo.mjs';

const out = resolve(process.argv[2] ?? 'docs/images');
mkdirSync(out, { recursive: true });
const { url, browser, stop } = await startServedDemo('xingping-meeting-shots-');
const origin = new URL(url).origin;
try {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  const page = await context.newPage();
  page.on('console', (m) => m.type() === 'error' && console.error('console:', m.text()));
  await page.goto(url);
  await page
    .getByRole('link', { name: /示例县/ })
    .first()
    .waitFor();
  // The demo's meeting, run as a committee would: every action through the contract.
  const meeting = await page.evaluate(async () => {
    const x = window.xingping;
    const ok = (r) => {
      if (!r.ok) throw new Error(JSON.stringify(r.error));
      return r.data;
    };
    const campaignId = ok(await x.campaigns.list({}))[0].id;
    const evaluators = ok(await x.evaluators.list({ campaignId })).slice(0, 5);
    let view = ok(
      await x.meetings.create({
        campaignId,
        title: '2025年度星级评定评审会',
        heldOn: '2025-12-10',
        venue: '县委组织部三楼会议室',
        chair: evaluators[0].name,
        recorder: '演示',
        members: evaluators.map((e) => ({ name: e.name, evaluatorId: e.id, unitId: e.unitId })),
      }),
    );
    for (const m of view.members)
      view = ok(await x.meetings.rollCall({ id: view.id, memberId: m.id, attendance: 'present' }));
    view = ok(await x.meetings.start({ id: view.id }));
    const item = view.items[0];
    ok(
      await x.meetings.declareRecusal({
        id: view.id,
        itemId: item.id,
        memberId: view.members[1].id,
        recused: true,
      }),
    );
    ok(await x.meetings.project({ id: view.id, itemId: item.id, level: 5 }));
    return { campaignId, id: view.id };
  });
  await page.goto(`${origin}/#/campaigns/${meeting.campaignId}/meetings`);
  await page.getByRole('button', { name: '2025年度星级评定评审会' }).click();
  await page.getByTestId('meeting-operator').waitFor();
  await page.getByTestId('simulator').getByRole('combobox').click();
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option').first().click();
  await page.getByTestId('simulation-result').waitFor();
  await page.waitForTimeout(500);
  await page.screenshot({ path: join(out, 'meeting-operator.png'), fullPage: true });

  // Same browser context: the projector page calls the API with the app's session cookie.
  const projector = await context.newPage();
  await projector.setViewportSize({ width: 1920, height: 1080 });
  await projector.goto(`${origin}/#/projector/${meeting.id}`);
  await projector.getByTestId('projector-simulation').waitFor();
  await projector.waitForTimeout(500);
  await projector.screenshot({ path: join(out, 'meeting-projector.png') });
  console.log(join(out, 'meeting-operator.png'), join(out, 'meeting-projector.png'));
} finally {
  await stop();
}
