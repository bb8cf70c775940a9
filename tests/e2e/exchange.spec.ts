import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import type { Page } from '@playwright/test';
import type { RubricDefinition } from '../../shared/domain/rubric';
import { listItems } from '../../shared/domain/rubric';
import type { SheetView } from '../../shared/domain/views';
import { expect, serve, stopServing, test } from './fixtures';
import { chooseFiles } from './files';
import { settledModal } from './pages/overlays';
import { servedCall, servedQingshanWithOperator } from './qingshan';

/**
 * Two laptops through the app (issue #16): 青山县's county laptop sends its campaign to an
 * empty township laptop as a package; both then change the same score apart; the county
 * merges the township's package, sees one 待裁定 and keeps the township's value.
 */
test.use({ start: 'empty' });

async function makePackage(page: Page, name: string): Promise<string> {
  const card = page.getByTestId('package-card');
  const downloaded = page.waitForEvent('download');
  await card.getByTestId('package-export').click();
  const download = await downloaded;
  const path = test.info().outputPath(name);
  await download.saveAs(path);
  return path;
}

async function mergePackage(page: Page, file: string): Promise<void> {
  const card = page.getByTestId('package-card');
  await chooseFiles(page, card.getByTestId('package-import'), file);
  await settledModal(page);
  const dialog = page.getByTestId('package-preview');
  await expect(dialog.getByTestId('package-counts')).toBeVisible();
  await page.screenshot({ path: test.info().outputPath(`preview-${basename(file)}.png`) });
  await dialog.getByRole('button', { name: '备份并合并' }).click();
  await expect(card.getByTestId('package-merged')).toBeVisible();
}

test('county → township → county: a score changed apart on both is shown 待裁定 and settled by a choice', async ({
  page,
  app,
}) => {
  test.setTimeout(180_000);
  const { call, county } = await servedQingshanWithOperator(page, app);
  const dir = mkdtempSync(join(tmpdir(), 'xingping-e2e-township-'));
  const township = await serve(join(dir, 'yunxi.sqlite'));
  try {
    const townshipApp = { url: township.url, dbFile: join(dir, 'yunxi.sqlite') };
    const callTownship = servedCall(page, townshipApp);
    await callTownship('preferences.update', { operatorName: '李娜' });
    const rubric = await call<{ definition: RubricDefinition }>('rubrics.get', {
      id: county.rubricVersionId,
    });
    const item = listItems(rubric.definition).find(
      (i) => i.type === 'points' && i.max >= 2 * (i.step ?? 1),
    )!;
    // The county's value and the township's, on the item's step and both below the full
    // marks the seeded sheets hold.
    const step = item.step ?? 1;
    const [countyValue, townshipValue] = [item.max - 2 * step, item.max - step];
    const [branchName, branchId] = [...county.branches][0]!;
    const [evaluator] = await call<{ id: string }[]>('evaluators.list', {
      campaignId: county.campaignId,
    });
    const sheet = await call<SheetView>('sheets.open', {
      roundId: county.roundId,
      branchId,
      evaluatorId: evaluator!.id,
    });

    await test.step('the county sends its campaign to the empty township laptop', async () => {
      await page.goto(app.url);
      await page.getByTestId('nav-backups').click();
      const sent = await makePackage(page, 'county.xpsync');
      await page.goto(township.url);
      await page.getByTestId('nav-backups').click();
      await mergePackage(page, sent);
    });

    await test.step('both change the same score apart', async () => {
      // Each laptop reopens the submitted sheet (with a reason) and changes the same item.
      for (const [laptop, points] of [
        [callTownship, townshipValue],
        [call, countyValue],
      ] as const) {
        let open = await laptop<SheetView>('sheets.get', { sheetId: sheet.id });
        if (open.status === 'submitted')
          open = await laptop<SheetView>('sheets.reopen', {
            sheetId: sheet.id,
            expectedVersion: open.version,
            reason: '实地复核后更正',
          });
        await laptop('scores.save', {
          sheetId: sheet.id,
          expectedVersion: open.version,
          entries: [{ item: item.code, value: { points } }],
        });
      }
    });

    await test.step('the county merges the township package and keeps the township value', async () => {
      const back = await makePackage(page, 'yunxi.xpsync');
      await page.goto(app.url);
      await page.getByTestId('nav-backups').click();
      await mergePackage(page, back);
      // The score sheet marks the item 待裁定 beside the value it shows.
      const query = `round=${county.roundId}&branch=${branchId}&evaluator=${evaluator!.id}`;
      await page.goto(`${new URL(app.url).origin}/#/campaigns/${county.campaignId}/sheet?${query}`);
      const row = page.getByTestId(`item-${item.code}`);
      await expect(row.getByTestId('item-disputed')).toBeVisible();
      await row.scrollIntoViewIfNeeded();
      await page.screenshot({ path: test.info().outputPath('sheet-disputed.png') });
      await page.goto(app.url);
      await page.getByTestId('nav-backups').click();
      const conflicts = page.getByTestId('conflicts-card');
      // One conflict: the entry and the points derived from it are shown and settled together.
      await expect(conflicts.getByTestId('conflict-side')).toHaveCount(2);
      await expect(conflicts).toContainText(`${townshipValue / 100} 分`);
      await expect(conflicts).toContainText(branchName);
      const theirs = conflicts.getByTestId('conflict-side').filter({ hasText: '李娜' });
      await theirs.getByTestId('conflict-choose').click();
      await expect(conflicts).toContainText('没有待裁定的内容');
      const settled = await call<SheetView>('sheets.get', { sheetId: sheet.id });
      expect(settled.entries[item.code]?.value).toEqual({ points: townshipValue });
    });
  } finally {
    await stopServing(township.child);
    rmSync(dir, { recursive: true, force: true });
  }
});
