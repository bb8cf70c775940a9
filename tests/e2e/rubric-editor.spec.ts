import type { Page } from '@playwright/test';
import type { RubricDefinition } from '../../shared/domain/rubric';
import { listItems } from '../../shared/domain/rubric';
import { queryDb } from './db';
import { expect, test } from './fixtures';

interface VersionRow {
  id: string;
  lineage_id: string;
  version: number;
  definition: string;
}

function item(row: VersionRow, code: string) {
  const definition = JSON.parse(row.definition) as RubricDefinition;
  return listItems(definition).find((i) => i.code === code);
}

function demoCampaign(dbFile: string) {
  return queryDb<{ id: string; rubric_version_id: string }>(
    dbFile,
    'SELECT id, rubric_version_id FROM campaigns WHERE is_demo = 1',
  );
}

function versionsOf(dbFile: string, lineageId: string): number {
  return queryDb<{ n: number }>(
    dbFile,
    'SELECT count(*) AS n FROM rubric_versions WHERE lineage_id = ?',
    lineageId,
  ).n;
}

async function openApp(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await expect(page.getByRole('heading', { name: '评定批次' })).toBeVisible();
}

/** Opens the editor on the demo campaign's rubric from the campaign's rubric page. */
async function editDemoRubric(page: Page, url: string, campaignId: string): Promise<void> {
  await openApp(page, url);
  await page.goto(`${new URL(url).origin}/#/campaigns/${campaignId}/rubric`);
  await page.getByRole('link', { name: '编辑' }).click();
  await expect(page.getByTestId('frozen-banner')).toContainText(
    '此版本已有评分,保存将生成新版本 v2',
  );
}

/**
 * Waits for running animations (antd's dialogs zoom in) to finish or be cancelled: a click while
 * a button is still growing can land beside it on a busy machine.
 */
async function settle(page: Page): Promise<void> {
  // A string, because this project's test code is compiled without the DOM library.
  await page.evaluate(`Promise.all(
    document
      .getAnimations()
      .filter((a) => a.effect?.getTiming().iterations !== Infinity)
      .map((a) => a.finished.then(() => undefined, () => undefined)),
  ).then(() => true)`);
}

async function clickInDialog(page: Page, text: string, button: string): Promise<void> {
  const dialog = page.getByRole('dialog').filter({ hasText: text });
  await expect(dialog).toBeVisible();
  await settle(page);
  await dialog.getByRole('button', { name: button }).click();
}

/** Saves a frozen version: the confirmation names the new version before anything is written. */
async function saveAsVersion2(page: Page): Promise<void> {
  await page.getByTestId('save-rubric').click();
  await clickInDialog(page, '保存为新版本第 2 版?', '保存为第 2 版');
}

test('a mismatched maximum is flagged live and blocks saving until fixed', async ({
  page,
  app,
}) => {
  await openApp(page, app.url);
  await page.getByRole('link', { name: '指标体系库' }).click();
  await page.getByTestId('template-rural-five-star').getByRole('button').click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('名称').fill('测试指标体系');
  await clickInDialog(page, '从模板新建指标体系', '新建并编辑');
  await expect(page.getByTestId('rubric-editor')).toBeVisible();
  const created = queryDb<VersionRow>(
    app.dbFile,
    "SELECT * FROM rubric_versions WHERE name = '测试指标体系'",
  );
  expect(page.url()).toContain(`#/rubrics/${created.id}/edit`);
  await expect(page.getByTestId('frozen-banner')).toHaveCount(0);

  // Arrow keys walk the tree and the form follows.
  const tree = page.getByTestId('rubric-editor-tree');
  await tree.getByRole('treeitem', { name: /S1\.1\.1/ }).click();
  await page.keyboard.press('ArrowDown');
  await expect(tree.getByRole('treeitem', { name: /S1\.1\.2/ })).toHaveAttribute(
    'aria-selected',
    'true',
  );
  await expect(page.getByLabel('编号', { exact: true })).toHaveValue('S1.1.2');
  await page.keyboard.press('ArrowUp');

  const indicatorSum = page.getByTestId('node-sum-d0-i0');
  const save = page.getByTestId('save-rubric');
  await expect(indicatorSum).toHaveAttribute('data-mismatch', 'false');
  await page.getByLabel('满分', { exact: true }).fill('12');
  await expect(indicatorSum).toHaveAttribute('data-mismatch', 'true');
  await expect(indicatorSum).toContainText('Σ 32');
  await expect(page.getByTestId('validation-panel')).toContainText('S1.1');
  await expect(save).toBeDisabled();

  // Leaving with unsaved changes asks first; staying keeps the edit.
  await page
    .getByRole('navigation', { name: '当前位置' })
    .getByRole('link', { name: '指标体系库' })
    .click();
  await clickInDialog(page, '放弃未保存的修改?', '继续编辑');
  await expect(page.getByTestId('rubric-editor')).toBeVisible();
  await expect(indicatorSum).toContainText('Σ 32');

  // Ctrl+Z takes the change back.
  await page.keyboard.press('Control+z');
  await expect(indicatorSum).toHaveAttribute('data-mismatch', 'false');
  await page.getByLabel('满分', { exact: true }).fill('12');
  await expect(indicatorSum).toHaveAttribute('data-mismatch', 'true');

  await tree.getByRole('treeitem', { name: /S1\.1\.4/ }).click();
  await page.getByLabel('满分', { exact: true }).fill('3');
  await expect(indicatorSum).toHaveAttribute('data-mismatch', 'false');
  await expect(page.getByTestId('validation-ok')).toBeVisible();
  await expect(save).toBeEnabled();
  await page.keyboard.press('Control+s');
  await expect(page.getByTestId('unsaved-tag')).toHaveCount(0);

  // Not frozen: saved in place, no new version.
  const saved = queryDb<VersionRow>(
    app.dbFile,
    'SELECT * FROM rubric_versions WHERE id = ?',
    created.id,
  );
  expect(saved.version).toBe(1);
  expect(versionsOf(app.dbFile, created.lineage_id)).toBe(1);
  expect(item(saved, 'S1.1.1')?.max).toBe(1200);
  expect(item(saved, 'S1.1.4')?.max).toBe(300);
});

test('editing a frozen rubric creates a new version the campaign can move to', async ({
  page,
  app,
}) => {
  const campaign = demoCampaign(app.dbFile);
  const old = queryDb<VersionRow>(
    app.dbFile,
    'SELECT * FROM rubric_versions WHERE id = ?',
    campaign.rubric_version_id,
  );
  await editDemoRubric(page, app.url, campaign.id);

  await page
    .getByTestId('rubric-editor-tree')
    .getByRole('treeitem', { name: /S1\.1\.1/ })
    .click();
  await page.getByLabel('名称', { exact: true }).fill('班子结构(修订)');
  await expect(page.getByTestId('save-rubric')).toHaveText('保存为第 2 版');
  await saveAsVersion2(page);

  const offer = page.getByRole('dialog').filter({ hasText: '更换到第 2 版' });
  await expect(offer).toBeVisible();
  await settle(page);
  expect(versionsOf(app.dbFile, old.lineage_id)).toBe(2);
  const created = queryDb<VersionRow>(
    app.dbFile,
    'SELECT * FROM rubric_versions WHERE lineage_id = ? AND version = 2',
    old.lineage_id,
  );
  expect(item(created, 'S1.1.1')?.name).toBe('班子结构(修订)');
  // The scored version is untouched.
  const unchanged = queryDb<VersionRow>(
    app.dbFile,
    'SELECT * FROM rubric_versions WHERE id = ?',
    old.id,
  );
  expect(unchanged.definition).toBe(old.definition);
  expect(page.url()).toContain(`#/rubrics/${created.id}/edit`);

  await offer.getByRole('button', { name: '更换到第 2 版' }).click();
  await expect(offer).toContainText('已更换');
  expect(demoCampaign(app.dbFile).rubric_version_id).toBe(created.id);
});

test('a move that would lose a scored item is refused, naming the item', async ({ page, app }) => {
  const campaign = demoCampaign(app.dbFile);
  const scored = queryDb<{ n: number }>(
    app.dbFile,
    "SELECT count(*) AS n FROM scores WHERE item_code = 'S1.1.3'",
  ).n;
  expect(scored).toBeGreaterThan(0);
  await editDemoRubric(page, app.url, campaign.id);

  // Remove S1.1.3 (5 points) and give its points to S1.1.4, so the maxima still add up.
  const tree = page.getByTestId('rubric-editor-tree');
  await tree.getByRole('treeitem', { name: /S1\.1\.3/ }).click();
  await page.keyboard.press('Delete');
  await clickInDialog(page, 'S1.1.3 村级后备力量', '删除');
  await expect(tree.getByRole('treeitem', { name: /S1\.1\.3/ })).toHaveCount(0);
  await tree.getByRole('treeitem', { name: /S1\.1\.4/ }).click();
  await page.getByLabel('满分', { exact: true }).fill('10');
  await expect(page.getByTestId('validation-ok')).toBeVisible();
  await saveAsVersion2(page);

  const offer = page.getByRole('dialog').filter({ hasText: '更换到第 2 版' });
  await expect(offer).toBeVisible();
  await settle(page);
  await offer.getByRole('button', { name: '更换到第 2 版' }).click();
  await expect(offer.getByTestId('move-error')).toContainText('S1.1.3 村级后备力量');
  expect(demoCampaign(app.dbFile).rubric_version_id).toBe(campaign.rubric_version_id);
  await offer.getByRole('button', { name: '完成' }).click();

  // The campaign's rubric page offers the same move and refuses it the same way.
  await page.goto(`${new URL(app.url).origin}/#/campaigns/${campaign.id}/rubric`);
  await page.getByRole('button', { name: '更换版本' }).click();
  const change = page.getByRole('dialog').filter({ hasText: '更换指标体系版本' });
  await clickInDialog(page, '更换指标体系版本', '更换为第 2 版');
  await expect(change.getByTestId('change-version-error')).toContainText('S1.1.3 村级后备力量');
  expect(demoCampaign(app.dbFile).rubric_version_id).toBe(campaign.rubric_version_id);
});

test('the quota order is set in the editor and shown in the rubric view', async ({ page, app }) => {
  const campaign = demoCampaign(app.dbFile);
  await editDemoRubric(page, app.url, campaign.id);
  await page.getByTestId('rubric-editor-tree').getByRole('treeitem').first().click();
  await page.getByRole('tab', { name: /比例控制/ }).click();
  const order = page.getByTestId('quota-order');
  await expect(order.getByRole('radio', { name: '先比原等级' })).toBeChecked();
  await expect(page.getByTestId('scheme-panel')).toContainText('先比比例控制前评定的等级');
  await page.getByTestId('quotas-table').getByRole('button', { name: '添加比例控制' }).click();
  await order.getByText('先比总分').click();
  await expect(page.getByTestId('scheme-panel')).toContainText('只比总分');
  await page.screenshot({ path: 'test-results/editor-quota-order-zh.png' });
  await saveAsVersion2(page);

  const offer = page.getByRole('dialog').filter({ hasText: '更换到第 2 版' });
  await expect(offer).toBeVisible();
  await settle(page);
  await offer.getByRole('button', { name: '更换到第 2 版' }).click();
  await expect(offer).toContainText('已更换');
  const saved = queryDb<{ definition: string }>(
    app.dbFile,
    'SELECT v.definition FROM campaigns c JOIN rubric_versions v ON v.id = c.rubric_version_id WHERE c.id = ?',
    campaign.id,
  );
  expect((JSON.parse(saved.definition) as RubricDefinition).quotaOrder).toBe('total-first');

  await page.goto(`${new URL(app.url).origin}/#/campaigns/${campaign.id}/rubric`);
  await expect(page.getByTestId('rubric-quota-order')).toHaveText(
    '名额已满时:只比总分(总分高的排在前面,不论比例控制前评定的等级)。',
  );
  await page.getByTestId('rubric-quota-order').scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/rubric-quota-order-zh.png' });
});
