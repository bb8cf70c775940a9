import { existsSync } from 'node:fs';
import type { XingpingApi } from '../../shared/api';
import { queryDb } from './db';
import { DEMO_OPERATOR, expect, test } from './fixtures';
import { AppShell } from './pages/app-shell';
import { makeRealCounty } from './pages/real-county';

async function openDemoSection(shell: AppShell, dbFile: string, section: string): Promise<string> {
  const demo = queryDb<{ id: string }>(dbFile, 'SELECT id FROM campaigns WHERE is_demo = 1');
  await shell.open();
  await expect(shell.page.getByRole('heading', { name: '评定批次' })).toBeVisible();
  await shell.goto(`#/campaigns/${demo.id}/${section}`);
  return demo.id;
}

test('branches checked together leave the campaign and are archived together', async ({
  page,
  app,
}) => {
  const shell = new AppShell(page, app.url);
  const campaignId = await openDemoSection(shell, app.dbFile, 'branches');
  const unscored = [0, 1].map((skip) =>
    queryDb<{ id: string; name: string }>(
      app.dbFile,
      `SELECT b.id, b.name FROM org_units b
          WHERE b.kind = 'branch' AND b.id NOT IN (SELECT branch_id FROM score_sheets)
          ORDER BY b.name LIMIT 1 OFFSET ?`,
      skip,
    ),
  );
  const tree = page.getByTestId('branch-tree');
  const checkBranch = (id: string) =>
    tree
      .locator(`[data-branch-id="${id}"]`)
      .locator('xpath=ancestor::*[@role="treeitem"][1]')
      .getByRole('checkbox')
      .check();
  // Boxes appear only in bulk mode, so Enter keeps opening the branch otherwise.
  await expect(tree.getByRole('checkbox')).toHaveCount(0);
  await page.getByTestId('bulk-mode').check();
  for (const branch of unscored) await checkBranch(branch.id);
  const bar = page.getByTestId('bulk-bar');
  await expect(bar).toContainText('已勾选 2 个支部');
  await bar.getByTestId('bulk-leave-button').click();
  const leave = await shell.settled(page.getByRole('dialog', { name: '2 个支部退出本批次?' }));
  for (const branch of unscored)
    await expect(leave.getByTestId('bulk-list')).toContainText(branch.name);
  await leave.getByRole('button', { name: '退出 2 个' }).click();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  expect(
    queryDb<{ n: number }>(
      app.dbFile,
      `SELECT count(*) AS n FROM campaign_branches WHERE campaign_id = ? AND branch_id IN (?, ?)`,
      campaignId,
      unscored[0]!.id,
      unscored[1]!.id,
    ).n,
  ).toBe(0);

  await page.getByTestId('bulk-mode').check();
  for (const branch of unscored) await checkBranch(branch.id);
  await page.getByTestId('bulk-archive-button').click();
  const archive = await shell.settled(page.getByRole('dialog', { name: '归档 2 个支部?' }));
  await archive.getByTestId('registry-reason').fill('并村');
  await archive.getByRole('button', { name: '归档 2 个' }).click();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  const entries = queryDb<{ n: number; actors: string }>(
    app.dbFile,
    `SELECT count(*) AS n, group_concat(DISTINCT actor) AS actors FROM audit_log
      WHERE action = 'archive' AND reason = '并村'`,
  );
  expect(entries).toEqual({ n: 2, actors: DEMO_OPERATOR });
  await expect(tree.locator(`[data-branch-id="${unscored[0]!.id}"]`)).toHaveCount(0);
});

test('an empty township can be deleted after a confirmation; one with branches cannot', async ({
  page,
  app,
}) => {
  const shell = new AppShell(page, app.url);
  await openDemoSection(shell, app.dbFile, 'branches');
  const tree = page.getByTestId('branch-tree');
  await tree.getByText('柳林镇', { exact: true }).click();
  await expect(page.getByTestId('township-delete')).toBeDisabled();
  await page.getByTestId('add-township').click();
  const add = await shell.settled(page.getByRole('dialog'));
  await add.getByTestId('township-name').fill('误建镇');
  await add.getByTestId('township-name').press('Enter');
  await expect(page.getByTestId('township-details')).toContainText('误建镇');
  await page.getByTestId('township-delete').click();
  const confirm = await shell.settled(page.getByRole('dialog', { name: '删除“误建镇”?' }));
  await confirm.getByRole('button', { name: '删除' }).click();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(tree.getByText('误建镇')).toHaveCount(0);
  expect(
    queryDb<{ n: number }>(app.dbFile, "SELECT count(*) AS n FROM org_units WHERE name = '误建镇'")
      .n,
  ).toBe(0);
});

test('deleting a campaign with scores needs its name typed and says where the backup is', async ({
  page,
  app,
}) => {
  const shell = new AppShell(page, app.url);
  await shell.open();
  await expect(page.getByRole('heading', { name: '评定批次' })).toBeVisible();
  const name = '青山县2026年度评定';
  // A real county's campaign with one score, made through the app's own API in the page.
  await page.evaluate(makeRealCounty, { campaigns: [{ name, year: 2026 }], selfScore: true });
  await page.reload();
  await page.getByRole('button', { name: `删除评定批次“${name}”` }).click();
  const dialog = await shell.settled(page.getByRole('dialog', { name: `删除评定批次“${name}”?` }));
  await expect(dialog).toContainText('已有 1 份评分表');
  const ok = dialog.getByRole('button', { name: '删除批次' });
  await expect(ok).toBeDisabled();
  await dialog.getByTestId('delete-campaign-name').fill('青山县2026年度');
  await expect(ok).toBeDisabled();
  await dialog.getByTestId('delete-campaign-name').fill(name);
  await ok.click();
  const backup = page.getByTestId('backup-file');
  await expect(backup).toContainText('/backups/');
  const file = (await backup.innerText()).trim();
  expect(existsSync(file)).toBe(true);
  // A verified backup of the kind that says why it was taken (restored on the Backups page).
  expect(file).toMatch(/xingping-\d{8}-\d{6}-campaign-delete\.xpbak$/u);
  expect(
    queryDb<{ n: number }>(app.dbFile, 'SELECT count(*) AS n FROM campaigns WHERE is_demo = 0').n,
  ).toBe(0);
});

test('the operator is changed in the status bar; the trail names them and shows labels', async ({
  page,
  app,
}) => {
  const shell = new AppShell(page, app.url);
  const campaignId = await openDemoSection(shell, app.dbFile, 'overview');
  await expect(page.getByTestId('operator-current')).toHaveText(DEMO_OPERATOR);
  await page.getByTestId('operator-change').click();
  const dialog = await shell.settled(page.getByRole('dialog', { name: '更换操作人' }));
  await dialog.getByTestId('operator-name').fill('王芳');
  await dialog.getByTestId('operator-name').press('Enter');
  await expect(page.getByTestId('operator-current')).toHaveText('王芳');

  // A draft sheet of a demo evaluator; a choice is saved under the new name.
  const sheet = queryDb<{ round_id: string; branch_id: string; evaluator_id: string }>(
    app.dbFile,
    `SELECT round_id, branch_id, evaluator_id FROM score_sheets
      WHERE status = 'draft' AND evaluator_id IS NOT NULL ORDER BY id LIMIT 1`,
  );
  await page.evaluate(
    async (where) => {
      const x = (globalThis as unknown as { xingping: XingpingApi }).xingping;
      const opened = await x.sheets.open(where);
      if (!opened.ok) throw new Error(JSON.stringify(opened.error));
      const saved = await x.scores.save({
        sheetId: opened.data.id,
        expectedVersion: opened.data.version,
        entries: [{ item: 'S2.1.1', value: { option: '100k-200k' } }],
      });
      if (!saved.ok) throw new Error(JSON.stringify(saved.error));
    },
    {
      roundId: sheet.round_id,
      branchId: sheet.branch_id,
      evaluatorId: sheet.evaluator_id,
    },
  );
  await shell.goto(
    `#/campaigns/${campaignId}/sheet?round=${sheet.round_id}&branch=${sheet.branch_id}&evaluator=${sheet.evaluator_id}`,
  );
  await page.getByRole('button', { name: '审计记录' }).click();
  const trail = page.getByTestId('audit-drawer');
  const row = trail.getByRole('row').filter({ hasText: 'S2.1.1 村集体经济经营性收入' }).first();
  await expect(row).toContainText('王芳');
  await expect(row).toContainText('评分');
  await expect(row).toContainText('10万—20万元');
  await expect(trail).not.toContainText('100k-200k');
});
