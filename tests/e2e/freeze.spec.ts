import type { FreezeStatus } from '../../shared/domain/views/integrity';
import type { Page } from '@playwright/test';
import { queryDb } from './db';
import { expect, test } from './fixtures';
import { decideLevel, servedQingshanWithOperator, startedMeeting } from './qingshan';

/**
 * 定稿 (issue #14 point 2) in Chromium, from an empty file: 青山县's committee decides and closes
 * its meeting; the ranking freezes the round after the round's name is typed, shows the banner
 * with the fingerprint, and a score change is refused with the translated reason. Unfreezing
 * needs a reason; the next freeze is version 2, and the first fingerprint is then superseded.
 */
test.use({ start: 'empty' });

/** A click while a dialog still zooms in can miss its button on a busy machine. */
async function settled(page: Page): Promise<void> {
  await expect(page.locator('.ant-modal').last()).not.toHaveClass(/-(appear|enter)/);
}

test('a decided round is frozen, refuses changes, and is unfrozen with a reason', async ({
  page,
  app,
}) => {
  test.setTimeout(180_000);
  const { call, county } = await servedQingshanWithOperator(page, app);
  const meeting = await startedMeeting(call, county);
  await decideLevel(call, meeting, '龙泉村', 5, '群众满意度全县第一');
  const [round] = await call<{ id: string; name: string }[]>('rounds.list', {
    campaignId: county.campaignId,
  });
  const ranking = `${new URL(app.url).origin}/#/campaigns/${county.campaignId}/ranking`;

  await page.goto(app.url);
  await expect(page.getByRole('heading', { name: '评定批次' })).toBeVisible();
  await page.goto(ranking);
  await expect(page.getByTestId('ranking-table')).toBeVisible();
  // While the meeting is open the round cannot be frozen.
  await expect(page.getByTestId('freeze-open')).toBeDisabled();
  await call('meetings.close', { id: meeting.id });
  await page.reload();
  await expect(page.getByTestId('freeze-open')).toBeEnabled();

  await test.step('定稿 after typing the round name; the banner shows the fingerprint', async () => {
    await page.getByTestId('freeze-open').click();
    const dialog = page.getByRole('dialog', { name: `定稿:${round!.name}` });
    await expect(dialog).toContainText('评分和备注、佐证材料');
    await settled(page);
    const ok = dialog.getByRole('button', { name: /定稿/ });
    await expect(ok).toBeDisabled();
    await dialog.getByTestId('freeze-confirm-input').fill(round!.name);
    await ok.click();
    await expect(page.getByTestId('freeze-banner')).toContainText('已定稿 第 1 版 · 指纹');
    await page.screenshot({ path: test.info().outputPath('frozen-ranking.png') });
  });

  const status = await call<FreezeStatus>('integrity.status', { roundId: round!.id });
  const first = status.current!.fingerprint;
  await expect(page.getByTestId('freeze-banner')).toContainText(first);

  await test.step('a change to the frozen round is refused, in words', async () => {
    const refused = await page.evaluate(async (roundId) => {
      const x = (
        globalThis as unknown as {
          xingping: { vetoes: { resolve(input: unknown): Promise<unknown> } };
        }
      ).xingping;
      return x.vetoes.resolve({ roundId, branchId: roundId, itemCode: 'V1', reason: '已整改' });
    }, round!.id);
    expect(refused).toMatchObject({ ok: false, error: { code: 'FROZEN' } });

    // The screens say so before anyone types: the grid and the score sheet are read-only.
    const sheet = queryDb<{ branch_id: string; evaluator_id: string }>(
      app.dbFile,
      'SELECT branch_id, evaluator_id FROM score_sheets WHERE round_id = ? LIMIT 1',
      round!.id,
    );
    await page.goto(`${new URL(app.url).origin}/#/campaigns/${county.campaignId}/grid`);
    await expect(page.getByTestId('grid-frozen')).toContainText('该轮次已定稿');
    await expect(page.getByRole('button', { name: '批量提交' })).toHaveCount(0);
    await page.goto(
      `${new URL(app.url).origin}/#/campaigns/${county.campaignId}/sheet?round=${round!.id}` +
        `&branch=${sheet.branch_id}&evaluator=${sheet.evaluator_id}`,
    );
    await expect(page.getByTestId('sheet-frozen')).toBeVisible();
    await expect(page.getByLabel('评分表备注')).toBeDisabled();
    await page.goto(ranking);
    await expect(page.getByTestId('freeze-banner')).toBeVisible();
  });

  await test.step('解除定稿 needs a reason; 定稿 again gives version 2', async () => {
    await page.getByTestId('unfreeze-open').click();
    const dialog = page.getByRole('dialog', { name: /解除定稿/ });
    await expect(dialog).toBeVisible();
    await settled(page);
    const ok = dialog.getByRole('button', { name: /解除定稿/ });
    await expect(ok).toBeDisabled();
    await dialog.getByTestId('unfreeze-reason').fill('异议核实后需重新评分');
    await ok.click();
    await expect(page.getByTestId('freeze-history')).toContainText('异议核实后需重新评分');
    await page.getByTestId('freeze-open').click();
    const again = page.getByRole('dialog', { name: `定稿:${round!.name}` });
    await expect(again).toBeVisible();
    await settled(page);
    await again.getByTestId('freeze-confirm-input').fill(round!.name);
    await again.getByRole('button', { name: /定稿/ }).click();
    await expect(page.getByTestId('freeze-banner')).toContainText('已定稿 第 2 版');
  });

  await test.step('核对指纹: the first fingerprint is superseded', async () => {
    await page.getByTestId('fingerprint-open').click();
    await expect(page.getByTestId('fingerprint-input')).toBeVisible();
    await settled(page);
    await page.getByTestId('fingerprint-input').fill(first.toLowerCase());
    await page
      .getByRole('dialog', { name: '核对指纹…' })
      .getByRole('button', { name: /^核\s*对$/ })
      .click();
    await expect(page.getByTestId('fingerprint-result')).toContainText('已解除定稿');
    await page.screenshot({ path: test.info().outputPath('fingerprint-check.png') });
  });
});
