import type { Page } from '@playwright/test';
import Database from 'better-sqlite3';
import { queryDb } from './db';
import { expect, test } from './fixtures';
import { addSelfRound, pick } from './rounds';

function demoId(dbFile: string): string {
  return queryDb<{ id: string }>(dbFile, 'SELECT id FROM campaigns WHERE is_demo = 1').id;
}

function roundOrder(dbFile: string, campaignId: string): string[] {
  const db = new Database(dbFile, { readonly: true, fileMustExist: true });
  try {
    return (
      db.prepare('SELECT name FROM rounds WHERE campaign_id = ? ORDER BY seq').all(campaignId) as {
        name: string;
      }[]
    ).map((r) => r.name);
  } finally {
    db.close();
  }
}

async function open(page: Page, url: string, campaignId: string, section: string) {
  await page.goto(url);
  await expect(page.getByRole('heading', { name: '评定批次' })).toBeVisible();
  await page.goto(`${new URL(url).origin}/#/campaigns/${campaignId}/${section}`);
}

test('rounds are added with a kind and its conflict rule, reordered by keyboard and deleted while unscored', async ({
  page,
  app,
}) => {
  const campaignId = demoId(app.dbFile);
  await open(page, app.url, campaignId, 'evaluators');
  const table = page.getByTestId('round-table');
  await expect(table).toContainText('县级审核');

  await page.getByTestId('add-round').click();
  await pick(page, 'round-kind', '乡镇初评');
  // A township round flags only an evaluator from the branch itself.
  await expect(page.getByTestId('round-conflict-scope')).toContainText('只标记来自本村');
  await page.getByTestId('round-name').fill('乡镇初评(第一轮)');
  await page.getByRole('dialog').getByRole('button', { name: '保存' }).click();
  await expect(table).toContainText('乡镇初评(第一轮)');
  await expect(table.getByRole('row', { name: /乡镇初评\(第一轮\)/ })).toContainText('仅本村');
  const id = queryDb<{ id: string }>(
    app.dbFile,
    "SELECT id FROM rounds WHERE name = '乡镇初评(第一轮)'",
  ).id;
  expect(roundOrder(app.dbFile, campaignId)).toEqual(['县级审核', '乡镇初评(第一轮)']);

  // Keyboard only: focus the move-up button, Enter; the focus stays on the moved round.
  await page.getByTestId(`round-up-${id}`).focus();
  await page.keyboard.press('Enter');
  await expect
    .poll(() => roundOrder(app.dbFile, campaignId))
    .toEqual(['乡镇初评(第一轮)', '县级审核']);
  await expect(table.locator('tbody tr.ant-table-row').first()).toContainText('乡镇初评(第一轮)');
  // At the top its up button is disabled, so the down button has the focus.
  await expect(page.getByTestId(`round-down-${id}`)).toBeFocused();
  await expect(page.getByTestId(`round-up-${id}`)).toBeDisabled();

  // Every screen uses the order: the grid's round list, the progress comparison.
  await page.goto(`${new URL(app.url).origin}/#/campaigns/${campaignId}/grid`);
  await page.getByTestId('grid-round').click();
  await expect(page.locator('.ant-select-dropdown:visible .ant-select-item-option')).toHaveText([
    '乡镇初评(第一轮)(乡镇初评)',
    '县级审核',
  ]);
  await page.keyboard.press('Escape');

  // The county round has sheets: its delete button says why it is off.
  await page.goto(`${new URL(app.url).origin}/#/campaigns/${campaignId}/evaluators`);
  const county = queryDb<{ id: string }>(
    app.dbFile,
    "SELECT id FROM rounds WHERE name = '县级审核'",
  );
  await expect(page.getByTestId(`round-delete-${county.id}`)).toBeDisabled();
  await page.screenshot({ path: 'test-results/rounds-zh.png' });
  await page.getByTestId('language-switch').getByText('English').click();
  await expect(table).toContainText('Own branch only');
  await page.screenshot({ path: 'test-results/rounds-en.png' });
  await page.getByTestId('language-switch').getByText('中文').click();

  await page.getByTestId(`round-delete-${id}`).click();
  const confirm = page.getByRole('dialog');
  await expect(confirm).toContainText('删除轮次“乡镇初评(第一轮)”?');
  // A click while the confirmation still zooms in can miss its button on a busy machine.
  await expect(page.locator('.ant-modal').last()).not.toHaveClass(/-(appear|enter)/);
  await confirm.getByRole('button', { name: '删除' }).click();
  await expect(table).not.toContainText('乡镇初评(第一轮)');
  expect(roundOrder(app.dbFile, campaignId)).toEqual(['县级审核']);
  const audit = queryDb<{ n: number }>(
    app.dbFile,
    "SELECT count(*) AS n FROM audit_log WHERE action = 'delete-round' AND entity_id = ?",
    id,
  );
  expect(audit.n).toBe(1);
});

function selfPoints(dbFile: string, roundId: string, branchId: string): Record<string, number> {
  const db = new Database(dbFile, { readonly: true, fileMustExist: true });
  try {
    const rows = db
      .prepare(
        `SELECT sc.item_code AS code, sc.points FROM scores sc JOIN score_sheets s ON s.id = sc.sheet_id
          WHERE s.round_id = ? AND s.branch_id = ? AND s.evaluator_id IS NULL`,
      )
      .all(roundId, branchId) as { code: string; points: number }[];
    return Object.fromEntries(rows.map((r) => [r.code, r.points]));
  } finally {
    db.close();
  }
}

test('Ctrl+Z and Ctrl+Y undo and redo the grid’s edits, each saved and audited', async ({
  page,
  app,
}) => {
  const campaignId = demoId(app.dbFile);
  const roundId = await addSelfRound(page, app.url, campaignId);
  await page.goto(`${new URL(app.url).origin}/#/campaigns/${campaignId}/grid`);
  await pick(page, 'grid-round', '支部自评(自评)');
  const grid = page.getByTestId('grid');
  await expect(grid).toBeVisible();
  const cell = (r: number, c: number) => page.locator(`#xp-grid-cell-${r}-${c}`);
  const branch = queryDb<{ id: string }>(
    app.dbFile,
    `SELECT b.id FROM campaign_branches cb JOIN org_units b ON b.id = cb.branch_id
       JOIN org_units t ON t.id = b.parent_id WHERE cb.campaign_id = ?
      ORDER BY t.sort_order, t.name, b.sort_order, b.name LIMIT 1`,
    campaignId,
  ).id;
  const first = queryDb<{ code: string }>(
    app.dbFile,
    "SELECT json_extract(definition, '$.dimensions[0].indicators[0].items[0].code') AS code FROM rubric_versions v JOIN campaigns c ON c.rubric_version_id = v.id WHERE c.id = ?",
    campaignId,
  ).code;

  await cell(0, 0).click();
  await page.keyboard.type('8');
  await page.keyboard.press('Enter');
  await expect.poll(() => selfPoints(app.dbFile, roundId, branch)).toEqual({ [first]: 800 });
  await page.keyboard.press('ArrowUp');
  await page.keyboard.type('6');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('grid-save-state')).toHaveText('已保存');
  await expect.poll(() => selfPoints(app.dbFile, roundId, branch)).toEqual({ [first]: 600 });

  await page.keyboard.press('Control+z');
  await expect(cell(0, 0)).toHaveText('8');
  await expect.poll(() => selfPoints(app.dbFile, roundId, branch)).toEqual({ [first]: 800 });
  await page.keyboard.press('Control+z');
  await expect(cell(0, 0)).toHaveText('');
  await expect.poll(() => selfPoints(app.dbFile, roundId, branch)).toEqual({});
  await page.keyboard.press('Control+y');
  await expect(cell(0, 0)).toHaveText('8');
  await page.keyboard.press('Control+Shift+z');
  await expect(cell(0, 0)).toHaveText('6');
  await expect(page.getByTestId('grid-save-state')).toHaveText('已保存');
  await expect.poll(() => selfPoints(app.dbFile, roundId, branch)).toEqual({ [first]: 600 });
  // Every step, undos included, is an ordinary audited change of the score.
  const scored = queryDb<{ n: number }>(
    app.dbFile,
    `SELECT count(*) AS n FROM audit_log WHERE action = 'score'
        AND entity_id IN (SELECT id FROM score_sheets WHERE round_id = ?)`,
    roundId,
  ).n;
  expect(scored).toBe(6);
});

test('on the score sheet: Ctrl+Z undoes a value, Tab then Enter takes an option, a raised veto shows in the preview', async ({
  page,
  app,
}) => {
  const campaignId = demoId(app.dbFile);
  const roundId = await addSelfRound(page, app.url, campaignId);
  const branch = queryDb<{ id: string }>(
    app.dbFile,
    `SELECT cb.branch_id AS id FROM campaign_branches cb WHERE cb.campaign_id = ?
      ORDER BY cb.branch_id LIMIT 1`,
    campaignId,
  ).id;
  await page.goto(
    `${new URL(app.url).origin}/#/campaigns/${campaignId}/sheet?round=${roundId}&branch=${branch}&evaluator=self`,
  );
  await expect(page.getByTestId('score-sheet')).toBeVisible();
  const input = page.getByTestId('item-S1.1.1').getByRole('spinbutton');
  await input.fill('8.5');
  await page.keyboard.press('Control+s');
  await expect(page.getByTestId('save-state')).toContainText('已保存');
  await expect.poll(() => selfPoints(app.dbFile, roundId, branch)).toEqual({ 'S1.1.1': 850 });
  await page.keyboard.press('Control+z');
  await expect(input).toHaveValue('');
  await expect.poll(() => selfPoints(app.dbFile, roundId, branch)).toEqual({});
  await page.keyboard.press('Control+y');
  await expect(input).toHaveValue('8.5');
  await expect.poll(() => selfPoints(app.dbFile, roundId, branch)).toEqual({ 'S1.1.1': 850 });

  // Tab from the choice item lands on the check item's first option; Enter takes it.
  await page.getByTestId('item-S1.1.2').getByRole('radio').first().check();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(
    page.getByTestId('item-S1.1.3').getByRole('radio', { name: '达到', exact: true }),
  ).toBeChecked();
  await expect.poll(() => selfPoints(app.dbFile, roundId, branch)['S1.1.3']).toBeGreaterThan(0);

  // A veto that takes the whole rating away shows at once, before the sheet is complete.
  const veto = page.getByTestId('item-S1.4.4');
  await veto.getByRole('radio', { name: '触发否决', exact: true }).check();
  await veto.getByRole('textbox', { name: '否决理由' }).fill('经核实被列为软弱涣散党组织');
  await expect(page.getByTestId('preview-level')).toContainText('一票否决');
  await expect(page.getByTestId('preview-level')).toContainText('S1.4.4');
  await page.screenshot({ path: 'test-results/sheet-veto-zh.png' });
});

test('an empty draft can be discarded; breadcrumbs and previous/next lead on, filters survive', async ({
  page,
  app,
}) => {
  const campaignId = demoId(app.dbFile);
  await open(page, app.url, campaignId, 'progress');
  // Filter the matrix to one township, then open a sheet from a row.
  const township = queryDb<{ id: string; name: string }>(
    app.dbFile,
    "SELECT id, name FROM org_units WHERE name = '王店乡'",
  );
  await pick(page, 'progress-township', township.name);
  await expect(page.getByTestId('progress-matrix')).not.toContainText('柳林镇');
  await page.getByTestId('progress-matrix').locator('a').first().click();
  await expect(page.getByTestId('score-sheet')).toBeVisible();
  const crumbs = page.getByRole('navigation', { name: '当前位置' });
  await expect(crumbs).toContainText('进度与对比');
  await expect(crumbs).toContainText(township.name);
  const position = await page.getByTestId('sheet-position').textContent();
  await page.getByTestId('sheet-next').click();
  await expect(page.getByTestId('sheet-position')).not.toHaveText(position ?? '');
  await page.getByTestId('sheet-previous').click();
  await expect(page.getByTestId('sheet-position')).toHaveText(position ?? '');

  // Back through the breadcrumb: the township filter is still on.
  await crumbs.getByRole('link', { name: '进度与对比' }).click();
  await expect(page.getByTestId('progress-township')).toContainText(township.name);
  await expect(page.getByTestId('progress-matrix')).not.toContainText('柳林镇');

  // A sheet opened by mistake in a self round, with nothing typed: discarded, and audited.
  const roundId = await addSelfRound(page, app.url, campaignId);
  const branch = queryDb<{ id: string }>(
    app.dbFile,
    'SELECT branch_id AS id FROM campaign_branches WHERE campaign_id = ? ORDER BY branch_id LIMIT 1',
    campaignId,
  ).id;
  await page.goto(
    `${new URL(app.url).origin}/#/campaigns/${campaignId}/sheet?round=${roundId}&branch=${branch}&evaluator=self&from=progress`,
  );
  await expect(page.getByTestId('score-sheet')).toBeVisible();
  const sheets = () =>
    queryDb<{ n: number }>(
      app.dbFile,
      'SELECT count(*) AS n FROM score_sheets WHERE round_id = ?',
      roundId,
    ).n;
  expect(sheets()).toBe(1);
  await page.getByTestId('discard-draft').click();
  await page.getByRole('dialog').getByRole('button', { name: '丢弃草稿' }).click();
  await expect(page.getByTestId('progress-matrix')).toBeVisible();
  expect(sheets()).toBe(0);
  expect(
    queryDb<{ n: number }>(
      app.dbFile,
      "SELECT count(*) AS n FROM audit_log WHERE action = 'discard-sheet' AND entity_id = ?",
      branch,
    ).n,
  ).toBe(1);
});
