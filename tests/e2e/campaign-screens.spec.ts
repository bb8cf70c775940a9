import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { queryDb } from './db';

async function openDemo(page: Page, url: string, dbFile: string, screen: string): Promise<void> {
  const demo = queryDb<{ id: string }>(dbFile, 'SELECT id FROM campaigns WHERE is_demo = 1');
  await page.goto(url);
  await expect(page.getByRole('heading', { name: '评定批次' })).toBeVisible();
  await page.goto(`${new URL(url).origin}/#/campaigns/${demo.id}/${screen}`);
}

test('the branch tree can be searched', async ({ page, app }) => {
  await openDemo(page, app.url, app.dbFile, 'branches');
  const tree = page.getByTestId('branch-tree');
  await expect(tree.getByText('东王庄村党支部')).toBeVisible();
  await expect(tree.getByRole('treeitem')).toHaveCount(44);

  const search = page.getByTestId('branch-search');
  await search.fill('王庄');
  // Only matching branches remain, each under its township.
  const expected = queryDb<{ n: number }>(
    app.dbFile,
    "SELECT count(*) AS n FROM org_units WHERE kind = 'branch' AND name LIKE '%王庄%'",
  ).n;
  expect(expected).toBeGreaterThan(0);
  await expect(tree.getByText('东王庄村党支部')).toBeVisible();
  await expect(tree.getByText('李家洼村党支部')).toHaveCount(0);
  await expect(tree.getByRole('treeitem').filter({ hasText: '王庄村' })).toHaveCount(expected);

  await tree.getByText('东王庄村党支部').click();
  await expect(page.getByTestId('branch-details')).toContainText('东王庄村党支部');

  await search.fill('不存在的村');
  await expect(page.getByTestId('branch-no-match')).toBeVisible();
});

test('the rubric view shows every star with its maximum and pass line', async ({ page, app }) => {
  await openDemo(page, app.url, app.dbFile, 'rubric');
  const stars = ['支部过硬星', '产业兴旺星', '生态宜居星', '平安法治星', '文明幸福星'];
  for (const [index, name] of stars.entries()) {
    const card = page.getByTestId(`star-card-S${index + 1}`);
    await expect(card).toContainText(name);
    await expect(card).toContainText('100');
    await expect(card).toContainText('80');
  }
  await expect(page.getByTestId('rubric-summary')).toContainText('500');
  await expect(page.getByTestId('star-relation')).toContainText('支部过硬星');
  const table = page.getByTestId('rubric-table');
  await expect(table.getByRole('row', { name: /S1\.1\s+班子队伍/ })).toContainText('30');
});

/**
 * Waits until antd's confirmation has finished its entrance animation: under load a click
 * during the animation was seen to be lost, leaving the dialog open.
 */
async function settledDialog(page: Page): Promise<void> {
  await expect(page.locator('.ant-modal')).toBeVisible();
  await expect(page.locator('.ant-modal')).not.toHaveClass(/-(appear|enter)/);
}

test('deleting the demo asks first, and the demo can be restored', async ({ page, app }) => {
  await page.goto(app.url);
  const name = queryDb<{ name: string }>(app.dbFile, 'SELECT name FROM campaigns').name;
  await page.getByRole('button', { name: `删除评定批次“${name}”` }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText(name);
  await settledDialog(page);
  await dialog.getByRole('button', { name: '取消' }).click();
  // The closing dialog must be gone before the next one opens, or locators may pick it.
  await expect(page.getByRole('dialog')).toHaveCount(0);
  expect(queryDb<{ n: number }>(app.dbFile, 'SELECT count(*) AS n FROM campaigns').n).toBe(1);

  // A fresh page for the second half, so nothing of the cancelled dialog lingers.
  await page.reload();
  await page.getByRole('button', { name: `删除评定批次“${name}”` }).click();
  await settledDialog(page);
  await page.getByRole('dialog').getByRole('button', { name: '删除批次' }).click();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  // The demo took its own county with it: the file is empty again, and the welcome screen
  // offers the demo beside setting up one's own county.
  const restore = page.getByTestId('welcome-demo');
  await expect(restore).toBeVisible();
  expect(queryDb<{ n: number }>(app.dbFile, 'SELECT count(*) AS n FROM org_units').n).toBe(0);
  expect(queryDb<{ n: number }>(app.dbFile, 'SELECT count(*) AS n FROM campaigns').n).toBe(0);
  const audit = queryDb<{ action: string }>(
    app.dbFile,
    "SELECT action FROM audit_log WHERE entity = 'campaign' ORDER BY seq DESC",
  );
  expect(audit.action).toBe('delete');

  await restore.click();
  await expect(page.getByRole('link', { name })).toBeVisible();
});
