import { expect, test } from './fixtures';
import { chooseFiles } from './files';
import { queryDb } from './db';

const FIXTURE = '/work/shared/fixtures/branches-messy.xlsx';

test('imports the messy branch list through the wizard', async ({ page, app }, testInfo) => {
  const demo = queryDb<{ id: string }>(app.dbFile, 'SELECT id FROM campaigns WHERE is_demo = 1');
  const before = queryDb<{ n: number }>(
    app.dbFile,
    'SELECT count(*) AS n FROM campaign_branches WHERE campaign_id = ?',
    demo.id,
  ).n;
  await page.goto(app.url);
  await expect(page.getByRole('heading', { name: '评定批次' })).toBeVisible();
  // The branch tree is loaded (and cached) before the import, so the import must refresh it.
  await page.goto(`${new URL(app.url).origin}/#/campaigns/${demo.id}/branches`);
  const tree = page.getByTestId('branch-tree');
  await expect(tree.getByText('柳林镇')).toBeVisible();
  await expect(tree.getByText('东关街道')).toHaveCount(0);
  await page.getByRole('menuitem', { name: 'Excel 导入导出' }).click();

  await page.getByRole('button', { name: '导入支部名单' }).click();
  const wizard = page.getByRole('dialog', { name: '导入支部名单' });
  await expect(wizard).toBeVisible();
  await chooseFiles(page, wizard.getByTestId('file-choose'), FIXTURE);

  // Sheet and columns, prefilled from the header row under the title.
  await expect(wizard.getByText('表头在第 3 行')).toBeVisible();
  await expect(wizard.getByTestId('branch-import-map-township')).toContainText('B 列:乡镇(街道)');
  await expect(wizard.getByTestId('branch-import-map-name')).toContainText('C 列:村(社区)名称');
  await page.screenshot({ path: testInfo.outputPath('mapping.png') });
  await wizard.getByTestId('branch-import-next').click();

  // Preview: 46 new branches in 4 new townships; subtotals and the footer skipped.
  await expect(wizard.getByText(/新增 46 个.*错误 0 行.*乡镇\(街道\)4 个/)).toBeVisible();
  await wizard.getByTestId('branch-import-filter').getByText('跳过 5').click();
  const table = wizard.getByTestId('branch-import-preview');
  await expect(table.getByRole('row')).toHaveCount(6);
  await expect(table).toContainText('小计/合计行');
  await wizard.getByTestId('branch-import-filter').getByText('新增 46').click();
  await expect(table).toContainText('李罗营村');
  await page.screenshot({ path: testInfo.outputPath('preview.png') });
  // Nothing is written before the confirmation.
  expect(
    queryDb<{ n: number }>(
      app.dbFile,
      "SELECT count(*) AS n FROM org_units WHERE name = '李罗营村'",
    ).n,
  ).toBe(0);

  await wizard.getByTestId('branch-import-apply').click();
  const confirm = page.getByRole('dialog', { name: '确认导入支部名单?' });
  await confirm.getByRole('button', { name: '确认导入' }).click();
  await expect(wizard.getByTestId('branch-import-result')).toContainText('新增支部 46 个');
  await page.screenshot({ path: testInfo.outputPath('result.png') });
  await wizard.getByRole('button', { name: '关闭', exact: true }).last().click();

  // Back on the branches page (same document, cached queries): the imported townships show.
  await page.getByRole('menuitem', { name: '支部' }).click();
  await expect(tree.getByText('东关街道')).toBeVisible();
  await page.getByTestId('branch-search').fill('李罗营');
  await expect(tree.getByText('李罗营村')).toBeVisible();

  const after = queryDb<{ n: number }>(
    app.dbFile,
    'SELECT count(*) AS n FROM campaign_branches WHERE campaign_id = ?',
    demo.id,
  ).n;
  expect(after).toBe(before + 46);
  const row = queryDb<{ township: string; kind: string; type: string }>(
    app.dbFile,
    `SELECT t.name AS township, t.kind, b.branch_type AS type FROM org_units b
       JOIN org_units t ON t.id = b.parent_id WHERE b.name = '李罗营村'`,
  );
  expect(row).toEqual({ township: '东关街道', kind: 'subdistrict', type: 'rural' });
});
