import type { Locator, Page } from '@playwright/test';
import { queryDb } from './db';
import { expect, test } from './fixtures';
import { nextWorkbookDownload, readWorkbookDownload } from './pages/export-dialog';

/** Opens the demo campaign's Excel page (the app URL first: it carries the session token). */
async function openExportDialog(page: Page, appUrl: string, dbFile: string) {
  await page.goto(appUrl);
  await expect(page.getByRole('heading', { name: '评定批次' })).toBeVisible();
  const campaign = queryDb<{ id: string }>(dbFile, 'SELECT id FROM campaigns');
  await page.goto(`${new URL(appUrl).origin}/#/campaigns/${campaign.id}/exchange`);
  await page.getByRole('button', { name: '导出 Excel…' }).click();
  return page.getByRole('dialog', { name: '导出上报表格' });
}

/** Builds from the open dialog and reads the downloaded workbook back. */
async function buildAndRead(page: Page, dialog: Locator) {
  const downloading = nextWorkbookDownload(page);
  await dialog.getByRole('button', { name: '生成并下载' }).click();
  const download = await downloading;
  await expect(dialog).toBeHidden();
  return readWorkbookDownload(download);
}

test('the export dialog builds a workbook for superiors and remembers its options', async ({
  page,
  app,
}) => {
  const dialog = await openExportDialog(page, app.url, app.dbFile);
  await expect(dialog.getByLabel('填报单位')).toHaveValue('中共示例县委组织部');
  await dialog.getByLabel('各星得分').check();
  await dialog.getByLabel('各乡镇（街道）分表').check();
  await dialog.getByLabel('异议受理电话').fill('0371-5550000');

  const { workbook, fileName } = await buildAndRead(page, dialog);
  expect(fileName).toMatch(/上报表格-\d{4}-\d{2}-\d{2}\.xlsx$/);
  expect(workbook.worksheets.map((w) => w.name)).toEqual([
    '汇总排名表',
    '柳林镇',
    '王店乡',
    '石桥镇',
    '城关街道',
    '统计表',
    '公示名单',
  ]);
  const summary = workbook.getWorksheet('汇总排名表')!;
  expect(summary.getCell('A1').value).toBe('示例县2025年度农村“五星”支部评定结果汇总表');
  // Star scores, not ticks: the first ranked branch has a number under 支部过硬星.
  expect(summary.getCell('I4').value).toBe('支部过硬星');
  expect(typeof summary.getCell('I5').value).toBe('number');
  const notice = workbook.getWorksheet('公示名单')!;
  const text = notice
    .getSheetValues()
    .flat()
    .filter((v) => typeof v === 'string')
    .join('\n');
  expect(text).toContain('0371-5550000');

  await page.reload();
  await page.getByRole('button', { name: '导出 Excel…' }).click();
  const again = page.getByRole('dialog', { name: '导出上报表格' });
  await expect(again.getByLabel('各星得分')).toBeChecked();
  await expect(again.getByLabel('各乡镇（街道）分表')).toBeChecked();
  await expect(again.getByLabel('异议受理电话')).toHaveValue('0371-5550000');
});

test('the workbook language is chosen in the dialog, apart from the interface language', async ({
  page,
  app,
}) => {
  const dialog = await openExportDialog(page, app.url, app.dbFile);
  await expect(dialog.getByLabel('中文')).toBeChecked();
  await dialog.getByLabel('English').check();

  const { workbook } = await buildAndRead(page, dialog);
  const summary = workbook.getWorksheet('Summary')!;
  expect(summary.getCell('A3').value).toBe('No.');
  expect(summary.getCell('I4').value).toBe('Strong branch star');

  // The interface stays Chinese, and the campaign remembers its workbook language.
  await page.reload();
  await page.getByRole('button', { name: '导出 Excel…' }).click();
  const again = page.getByRole('dialog', { name: '导出上报表格' });
  await expect(again.getByLabel('English')).toBeChecked();
});
