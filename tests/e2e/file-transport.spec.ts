import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { Page } from '@playwright/test';
import { queryDb } from './db';
import { chooseFiles } from './files';
import { expect, test } from './fixtures';

async function openApp(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await expect(page.getByRole('heading', { name: '评定批次' })).toBeVisible();
}

/** Files still held or waiting in the served database's temporary space. */
function transferFiles(dbFile: string): string[] {
  const base = `${dbFile}.transfer`;
  return readdirSync(base).flatMap((own) =>
    ['in', 'out'].flatMap((part) => readdirSync(join(base, own, part))),
  );
}

test('a rubric downloaded as Excel uploads again as a new rubric', async ({ page, app }) => {
  await openApp(page, app.url);
  await page.getByRole('link', { name: '指标体系库' }).click();
  const before = queryDb<{ n: number }>(app.dbFile, 'SELECT count(*) AS n FROM rubric_versions').n;
  const demo = queryDb<{ name: string }>(
    app.dbFile,
    'SELECT v.name FROM rubric_versions v JOIN campaigns c ON c.rubric_version_id = v.id',
  );

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: `将“${demo.name}”第 1 版导出为 Excel` }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe(`${demo.name}.xlsx`);
  const path = await download.path();
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(readFileSync(path) as unknown as ArrayBuffer);
  expect(workbook.worksheets.length).toBe(2);

  await page.getByRole('button', { name: '导入指标体系文件' }).click();
  const dialog = page.getByRole('dialog', { name: '导入指标体系文件' });
  await chooseFiles(page, dialog.getByTestId('file-choose'), path);
  await expect(dialog.getByText(/检查通过/)).toBeVisible();
  await dialog.getByLabel('名称').fill('青山县指标体系');
  await dialog.getByRole('button', { name: '保存为新指标体系' }).click();
  await expect(page.getByText('已导入“青山县指标体系”。')).toBeVisible();
  expect(queryDb<{ n: number }>(app.dbFile, 'SELECT count(*) AS n FROM rubric_versions').n).toBe(
    before + 1,
  );
  // The upload was read and let go; the download was used up.
  expect(transferFiles(app.dbFile)).toEqual([]);
});

/** A county list long enough that reading it takes a while: 60,000 branches. */
async function longList(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('名册');
  ws.addRow(['乡镇', '村(社区)名称', '类型']);
  for (let i = 0; i < 60_000; i += 1) ws.addRow([`云溪镇${i % 300}`, `石门村${i}`, '村']);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

test('reading a long list shows its progress and can be cancelled, leaving nothing behind', async ({
  page,
  app,
}) => {
  const campaign = queryDb<{ id: string }>(app.dbFile, 'SELECT id FROM campaigns');
  const units = () => queryDb<{ n: number }>(app.dbFile, 'SELECT count(*) AS n FROM org_units').n;
  const before = units();
  const list = await longList();
  await openApp(page, app.url);
  await page.goto(`${new URL(app.url).origin}/#/campaigns/${campaign.id}/exchange`);
  await page.getByRole('button', { name: '导入支部名单' }).click();
  const wizard = page.getByRole('dialog', { name: '导入支部名单' });
  await chooseFiles(page, wizard.getByTestId('file-choose'), {
    name: '青山县名册.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: list,
  });
  const progress = wizard.getByTestId('job-progress');
  // At once, while the list is still being read (a cancel that overtakes the read holds too).
  await wizard.getByTestId('job-cancel').click();
  await expect(page.getByText('已取消，数据未作任何改动。')).toBeVisible();
  await expect(progress).toBeHidden();
  await expect(wizard.getByTestId('file-choose')).toBeVisible();
  expect(units()).toBe(before);
  // The stopped upload's temporary copy is gone too.
  await expect.poll(() => transferFiles(app.dbFile), { timeout: 30_000 }).toEqual([]);
});
