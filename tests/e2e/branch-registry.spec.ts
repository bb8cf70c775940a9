import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { queryDb } from './db';

async function openBranches(page: Page, url: string, dbFile: string): Promise<string> {
  const demo = queryDb<{ id: string }>(dbFile, 'SELECT id FROM campaigns WHERE is_demo = 1');
  await page.goto(url);
  await expect(page.getByRole('heading', { name: '评定批次' })).toBeVisible();
  await page.goto(`${new URL(url).origin}/#/campaigns/${demo.id}/branches`);
  await expect(page.getByTestId('branch-tree')).toBeVisible();
  return demo.id;
}

/** antd dialogs animate in; a click during the animation was seen to be lost under load. */
async function settledDialog(page: Page) {
  const dialog = page.locator('.ant-modal');
  await expect(dialog).toBeVisible();
  await expect(dialog).not.toHaveClass(/-(appear|enter)/);
  return page.getByRole('dialog');
}

interface UnitRow {
  id: string;
  name: string;
  branch_type: string;
  township: string;
  archived_at: string | null;
}

function unit(dbFile: string, id: string): UnitRow {
  return queryDb<UnitRow>(
    dbFile,
    `SELECT b.id, b.name, b.branch_type, t.name AS township, b.archived_at
       FROM org_units b JOIN org_units t ON t.id = b.parent_id WHERE b.id = ?`,
    id,
  );
}

test('a branch is added, edited, moved and archived, and found by pinyin', async ({
  page,
  app,
}) => {
  const campaignId = await openBranches(page, app.url, app.dbFile);
  const tree = page.getByTestId('branch-tree');

  // Add with the keyboard: pick the township by typing, name, Enter.
  await page.getByTestId('add-branch').click();
  await settledDialog(page);
  await page.getByTestId('branch-form-township').click();
  await page.keyboard.type('柳林');
  await page.keyboard.press('Enter');
  await page.getByTestId('branch-form-name').fill('新华村党支部');
  await page.getByTestId('branch-form-name').press('Enter');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(page.getByTestId('branch-details')).toContainText('新华村党支部');
  const { id } = queryDb<{ id: string }>(
    app.dbFile,
    "SELECT id FROM org_units WHERE name = '新华村党支部'",
  );
  expect(unit(app.dbFile, id)).toMatchObject({ township: '柳林镇', branch_type: 'rural' });
  expect(
    queryDb<{ n: number }>(
      app.dbFile,
      'SELECT count(*) AS n FROM campaign_branches WHERE campaign_id = ? AND branch_id = ?',
      campaignId,
      id,
    ).n,
  ).toBe(1);

  // A second branch of the same name in the same township is refused, and the dialog stays.
  await page.getByTestId('add-branch').click();
  let dialog = await settledDialog(page);
  await page.getByTestId('branch-form-township').click();
  await page.keyboard.type('柳林');
  await page.keyboard.press('Enter');
  await page.getByTestId('branch-form-name').fill(' 新华村党支部 ');
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(page.getByTestId('registry-error')).toContainText('已有“新华村党支部”');
  await dialog.getByRole('button', { name: '取消' }).click();
  await expect(page.getByRole('dialog')).toHaveCount(0);

  // Edit name and type.
  await page.getByTestId('branch-edit').click();
  dialog = await settledDialog(page);
  await page.getByTestId('branch-form-name').fill('新华社区党支部');
  await dialog.getByText('社区', { exact: true }).click();
  await page.getByTestId('registry-reason').fill('村改社区');
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(tree.getByText('新华社区党支部')).toBeVisible();
  expect(unit(app.dbFile, id)).toMatchObject({ name: '新华社区党支部', branch_type: 'community' });

  // Move to another township.
  await page.getByTestId('branch-move').click();
  dialog = await settledDialog(page);
  await page.getByTestId('move-township').click();
  await page.keyboard.type('王店');
  await page.keyboard.press('Enter');
  await dialog.getByRole('button', { name: '移动' }).click();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(page.getByTestId('branch-details')).toContainText('王店乡');
  expect(unit(app.dbFile, id).township).toBe('王店乡');

  // Archive: asked first, then hidden unless archived branches are shown.
  await page.getByTestId('branch-archive').click();
  dialog = await settledDialog(page);
  await expect(dialog).toContainText('已有的评分表和评定结果全部保留');
  await dialog.getByRole('button', { name: '归档' }).click();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  expect(unit(app.dbFile, id).archived_at).not.toBeNull();
  await expect(tree.getByText('新华社区党支部')).toHaveCount(0);
  await page.getByTestId('show-archived').click();
  const archived = tree.locator(`[data-branch-id="${id}"]`);
  await expect(archived).toHaveAttribute('data-archived', 'true');
  await expect(archived).toContainText('已归档');

  const actions = queryDb<{ list: string }>(
    app.dbFile,
    "SELECT group_concat(action, ',') AS list FROM (SELECT action FROM audit_log WHERE entity_id = ? ORDER BY seq)",
    id,
  ).list;
  expect(actions).toBe('create,update,move,archive');

  // Pinyin initials: “xhsq” finds 新华社区…, “xhc” finds 小河村 (archived ones only when shown).
  const search = page.getByTestId('branch-search');
  await search.fill('xhsq');
  await expect(tree.getByText('新华社区党支部')).toBeVisible();
  await expect(tree.getByRole('treeitem').filter({ hasText: '党支部' })).toHaveCount(1);
  await search.fill('XHC');
  await expect(tree.getByText('小河村党支部')).toBeVisible();
  await expect(tree.getByText('东王庄村党支部')).toHaveCount(0);
  await search.fill('ljw');
  await expect(tree.getByRole('treeitem').filter({ hasText: '党支部' })).toHaveCount(1);
  await expect(tree.getByText('李家洼村党支部')).toBeVisible();
});

test('a scored branch cannot be deleted, a new one can', async ({ page, app }) => {
  await openBranches(page, app.url, app.dbFile);
  const tree = page.getByTestId('branch-tree');
  const scored = queryDb<{ name: string }>(
    app.dbFile,
    `SELECT b.name FROM org_units b WHERE b.id IN (SELECT branch_id FROM score_sheets)
      ORDER BY b.name LIMIT 1`,
  ).name;
  await tree.getByText(scored, { exact: true }).click();
  await expect(page.getByTestId('branch-delete')).toBeDisabled();

  // The tree works with the keyboard: arrows move, Enter selects.
  await page.keyboard.press('Home');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('branch-details')).toContainText('柳林村党总支');

  // A new township, renamed, then a branch added right there.
  await page.getByTestId('add-township').click();
  await settledDialog(page);
  await page.getByTestId('township-name').fill('滨河街道');
  await page.getByRole('dialog').getByText('街道', { exact: true }).click();
  await page.getByTestId('township-name').press('Enter');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(page.getByTestId('township-details')).toContainText('滨河街道');
  await page.getByTestId('township-rename').click();
  await settledDialog(page);
  await page.getByTestId('township-name').fill('滨河新区街道');
  await page.getByTestId('township-name').press('Enter');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(tree.getByText('滨河新区街道')).toBeVisible();
  expect(
    queryDb<{ kind: string }>(app.dbFile, "SELECT kind FROM org_units WHERE name = '滨河新区街道'")
      .kind,
  ).toBe('subdistrict');
  await expect(page.getByTestId('township-details')).toContainText('滨河新区街道');
  await page.getByTestId('township-add-branch').click();
  await settledDialog(page);
  await page.getByTestId('branch-form-name').fill('误录村党支部');
  await page.getByTestId('branch-form-name').press('Enter');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await page.getByTestId('branch-delete').click();
  const dialog = await settledDialog(page);
  await dialog.getByRole('button', { name: '删除' }).click();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(tree.getByText('误录村党支部')).toHaveCount(0);
  expect(
    queryDb<{ n: number }>(
      app.dbFile,
      "SELECT count(*) AS n FROM org_units WHERE name = '误录村党支部'",
    ).n,
  ).toBe(0);
});
