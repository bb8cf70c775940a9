import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { queryDb } from './db';
import { chooseFiles } from './files';
import { expect, test } from './fixtures';
import { addSelfRound } from './rounds';

interface Demo {
  campaignId: string;
  roundId: string;
  townshipName: string;
}

function demo(dbFile: string): Demo {
  const row = queryDb<{ id: string; round_id: string }>(
    dbFile,
    'SELECT id, deciding_round_id AS round_id FROM campaigns WHERE is_demo = 1',
  );
  const township = queryDb<{ name: string }>(
    dbFile,
    `SELECT t.name FROM org_units t WHERE t.kind IN ('township', 'subdistrict')
        AND EXISTS (SELECT 1 FROM campaign_branches cb JOIN org_units b ON b.id = cb.branch_id
                     WHERE cb.campaign_id = ? AND b.parent_id = t.id)
      ORDER BY t.sort_order, t.name LIMIT 1`,
    row.id,
  );
  return { campaignId: row.id, roundId: row.round_id, townshipName: township.name };
}

function itemRow(ws: ExcelJS.Worksheet, code: string): number {
  for (let r = 1; r <= ws.rowCount; r += 1) if (ws.getCell(r, 1).value === code) return r;
  throw new Error(`no row for ${code}`);
}

async function upload(page: Page, wb: ExcelJS.Workbook, name: string): Promise<void> {
  const buffer = Buffer.from(await wb.xlsx.writeBuffer());
  await chooseFiles(page, page.getByTestId('file-choose'), {
    name,
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer,
  });
}

test('exports a score template, imports it filled in, previews and applies it', async ({
  page,
  app,
}) => {
  const d = demo(app.dbFile);
  // Self-assessment workbooks are for a self round; the demo has only its county review.
  d.roundId = await addSelfRound(page, app.url, d.campaignId);
  await page.goto(`${new URL(app.url).origin}/#/campaigns/${d.campaignId}/exchange`);
  const card = page.getByTestId('score-template-card');
  await card.getByRole('button', { name: '导出评分模板' }).click();

  const dialog = page.getByRole('dialog', { name: '导出评分模板' });
  // The county review offers its assigned evaluators only; the self round offers 自评.
  await dialog.getByLabel('评定轮次').click();
  await page.locator('.ant-select-item-option', { hasText: '支部自评' }).click();
  await expect(dialog).toContainText('自评');
  await dialog.getByLabel('乡镇（街道）').click();
  await page.locator('.ant-select-item-option', { hasText: d.townshipName }).click();
  const downloading = page.waitForEvent('download');
  await dialog.getByRole('button', { name: '导出' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/自评\.xlsx$/);

  // Filled in as a township clerk would: numbers, a dropdown option and one slip.
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(await download.path()) as unknown as ArrayBuffer);
  const ws = wb.worksheets.find((s) => s.state === 'visible' && s.name !== '填写说明')!;
  const branchId = ws.getCell(1, 1).text;
  ws.getCell(itemRow(ws, 'S1.1.1'), 7).value = 8.5;
  ws.getCell(itemRow(ws, 'S1.1.2'), 7).value = '较好';
  ws.getCell(itemRow(ws, 'S1.1.4'), 7).value = 50;

  await card.getByRole('button', { name: '导入已填评分表' }).click();
  const importDialog = page.getByRole('dialog', { name: '导入已填评分表' });
  await upload(page, wb, '自评-已填.xlsx');
  const table = importDialog.getByTestId('template-diff-table');
  await expect(table).toContainText(`${ws.name}!G${itemRow(ws, 'S1.1.4')}`);
  await expect(table).toContainText('“S1.1.4 驻村第一书记和工作队作用发挥”超过满分 5 分。');
  await expect(importDialog.getByTestId('template-apply')).toBeDisabled();

  // Corrected and imported again.
  ws.getCell(itemRow(ws, 'S1.1.4'), 7).value = 4.5;
  await importDialog.getByRole('button', { name: '换一个文件' }).click();
  await upload(page, wb, '自评-已填.xlsx');
  await expect(importDialog.getByTestId('template-filter')).toContainText('新增 3');
  await expect(table).toContainText('较好');
  await importDialog.getByTestId('template-apply').click();
  await page
    .getByRole('dialog', { name: '确认保存导入的分数？' })
    .getByRole('button', { name: '保存 3 个值' })
    .click();
  await expect(importDialog.getByTestId('template-applied')).toContainText('已保存 3 个值');

  const stored = (code: string) =>
    queryDb<{ points: number; input: string } | undefined>(
      app.dbFile,
      `SELECT sc.points, sc.input FROM scores sc JOIN score_sheets s ON s.id = sc.sheet_id
        WHERE s.round_id = ? AND s.branch_id = ? AND s.evaluator_id IS NULL AND sc.item_code = ?`,
      d.roundId,
      branchId,
      code,
    );
  expect(stored('S1.1.1')?.points).toBe(850);
  expect(JSON.parse(stored('S1.1.2')!.input)).toEqual({ option: 'fairly-good' });
  expect(stored('S1.1.4')?.points).toBe(450);
  const audit = queryDb<{ n: number }>(
    app.dbFile,
    "SELECT count(*) AS n FROM audit_log WHERE action = 'import' AND reason = 'imported from 自评-已填.xlsx'",
  );
  expect(audit.n).toBe(1);

  // And the score sheet screen shows them.
  await importDialog.getByRole('button', { name: '关闭' }).last().click();
  const query = `round=${d.roundId}&branch=${branchId}&evaluator=self`;
  await page.goto(`${new URL(app.url).origin}/#/campaigns/${d.campaignId}/sheet?${query}`);
  await expect(page.getByTestId('score-sheet')).toBeVisible();
  await expect(page.getByTestId('item-S1.1.1').getByRole('spinbutton')).toHaveValue('8.5');
  await expect(page.getByTestId('item-S1.1.4').getByRole('spinbutton')).toHaveValue('4.5');
  await expect(
    page.getByTestId('item-S1.1.2').locator('input[type="radio"][value="fairly-good"]'),
  ).toBeChecked();
});
