import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Download } from '@playwright/test';
import { expect, test } from './fixtures';
import { chooseFiles } from './files';
import { servedQingshanWithOperator } from './qingshan';

/**
 * Signed files (issue #14 point 3) in Chromium, from an empty file: 青山县's results are exported
 * with their signature (two downloads), then checked on the 备份与恢复 page: intact and signed
 * here; after one byte of the workbook changes, refused.
 */
test.use({ start: 'empty' });

test('an export saved with its signature is verified, and a changed copy is refused', async ({
  page,
  app,
}) => {
  test.setTimeout(180_000);
  const { county } = await servedQingshanWithOperator(page, app);
  const origin = new URL(app.url).origin;
  await page.goto(app.url);
  await expect(page.getByRole('heading', { name: '评定批次' })).toBeVisible();
  await page.goto(`${origin}/#/campaigns/${county.campaignId}/exchange`);
  await page.getByRole('button', { name: '导出 Excel…' }).click();
  const dialog = page.getByRole('dialog', { name: '导出上报表格' });
  await expect(dialog.getByTestId('export-signed')).toBeChecked();
  // A click while the dialog still zooms in can miss its button on a busy machine.
  await expect(page.locator('.ant-modal').last()).not.toHaveClass(/-(appear|enter)/);

  const downloads: Download[] = [];
  page.on('download', (download) => downloads.push(download));
  await dialog.getByRole('button', { name: '生成并下载' }).click();
  await expect(dialog).toBeHidden();
  await expect.poll(() => downloads.length, { timeout: 60_000 }).toBe(2);
  const dir = test.info().outputPath('received');
  const saved: string[] = [];
  for (const download of downloads) {
    const path = join(dir, download.suggestedFilename());
    await download.saveAs(path);
    saved.push(path);
  }
  // The browser may start the two downloads in either order.
  const workbook = saved.find((path) => path.endsWith('.xlsx'))!;
  const signature = saved.find((path) => path.endsWith('.xpsig'))!;
  expect(signature).toBe(`${workbook}.xpsig`);

  const verify = async () => {
    await page.getByTestId('nav-backups').click();
    const card = page.getByTestId('verify-file');
    await chooseFiles(page, card.getByTestId('verify-choose-file'), workbook);
    await expect(card.getByTestId('verify-choose-file')).toContainText('.xlsx');
    await chooseFiles(page, card.getByTestId('verify-choose-signature'), signature);
    await expect(card.getByTestId('verify-choose-signature')).toContainText('.xpsig');
    await card.getByTestId('verify-run').click();
    return card.getByTestId('verify-result');
  };

  await test.step('验证文件: intact, signed here, naming 青山县', async () => {
    const result = await verify();
    await expect(result).toContainText('文件未被改动');
    await expect(result).toContainText('这是本机的密钥');
    await expect(result).toContainText('青山县');
    await page.screenshot({ path: test.info().outputPath('verify-intact.png') });
  });

  await test.step('one changed byte is refused', async () => {
    const bytes = await readFile(workbook);
    bytes[bytes.length - 30] = bytes[bytes.length - 30]! ^ 0x01;
    await writeFile(workbook, bytes);
    const result = await verify();
    await expect(result).toContainText('文件与签名不符');
  });
});
