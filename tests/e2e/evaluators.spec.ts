import type { Page } from '@playwright/test';
import { queryDb } from './db';
import { expect, test } from './fixtures';
import { addSelfRound } from './rounds';
import { settledModal } from './pages/overlays';

interface Demo {
  campaignId: string;
  roundId: string;
  /** 柳林镇 and its first branch nobody has a sheet for. */
  townshipId: string;
  branchId: string;
  branchName: string;
  /** The demo rubric's first item (a points item). */
  itemCode: string;
}

function demo(dbFile: string): Demo {
  const c = queryDb<{ id: string; round_id: string; definition: string }>(
    dbFile,
    `SELECT c.id, c.deciding_round_id AS round_id, v.definition
       FROM campaigns c JOIN rubric_versions v ON v.id = c.rubric_version_id WHERE c.is_demo = 1`,
  );
  const township = queryDb<{ id: string }>(
    dbFile,
    "SELECT id FROM org_units WHERE name = '柳林镇'",
  );
  const branch = queryDb<{ id: string; name: string }>(
    dbFile,
    `SELECT id, name FROM org_units WHERE parent_id = ?
        AND id NOT IN (SELECT branch_id FROM score_sheets) ORDER BY sort_order LIMIT 1`,
    township.id,
  );
  const definition = JSON.parse(c.definition) as {
    dimensions: { indicators: { items: { code: string; type: string }[] }[] }[];
  };
  const first = definition.dimensions[0]!.indicators[0]!.items[0]!;
  expect(first.type).toBe('points');
  return {
    campaignId: c.id,
    roundId: c.round_id,
    townshipId: township.id,
    branchId: branch.id,
    branchName: branch.name,
    itemCode: first.code,
  };
}

async function openSection(page: Page, url: string, d: Demo, section: string): Promise<void> {
  await page.goto(url);
  await expect(page.getByRole('heading', { name: '评定批次' })).toBeVisible();
  await page.goto(`${new URL(url).origin}/#/campaigns/${d.campaignId}/${section}`);
}

/** Picks an option of an antd Select (or TreeSelect) by typing and clicking it. */
async function pick(page: Page, testId: string, text: string): Promise<void> {
  const select = page.getByTestId(testId);
  // Retried: on a busy machine the click can land while the filtered list is still re-rendering.
  await expect(async () => {
    await select.click();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type(text);
    await page
      .locator('.ant-select-dropdown:visible')
      .getByText(text, { exact: false })
      .first()
      .click({ timeout: 5000 });
    await expect(select).toContainText(text, { timeout: 5000 });
  }).toPass({ timeout: 60_000 });
}

test('an evaluator from the township is assigned with a reason, flagged, and scores a branch', async ({
  page,
  app,
}) => {
  const d = demo(app.dbFile);
  await openSection(page, app.url, d, 'evaluators');
  await expect(page.getByTestId('evaluator-table')).toContainText('刘卫东');

  // Add an evaluator from 柳林镇's township office.
  await page.getByTestId('add-evaluator').click();
  await page.getByTestId('evaluator-name').fill('赵乡干');
  await pick(page, 'evaluator-unit', '柳林镇');
  await page.getByTestId('evaluator-role').fill('乡镇组织委员');
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page.getByTestId('evaluator-table')).toContainText('柳林镇(乡镇)');
  const evaluator = queryDb<{ id: string; unit_id: string }>(
    app.dbFile,
    "SELECT id, unit_id FROM evaluators WHERE name = '赵乡干'",
  );
  expect(evaluator.unit_id).toBe(d.townshipId);

  // Assigning his own township is a conflict of interest: listed, and a reason is required.
  await pick(page, 'assign-evaluator', '赵乡干');
  await pick(page, 'assign-township', '柳林镇');
  await page.getByTestId('assign-submit').click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText('赵乡干 与 柳林镇 的部分支部存在利益冲突');
  await expect(page.getByTestId('conflict-list').locator('li')).toHaveCount(10);
  await expect(page.getByTestId('conflict-list')).toContainText(`${d.branchName} — 本乡镇`);
  await settledModal(page);
  await dialog.getByRole('button', { name: '确认分配' }).click();
  await expect(dialog).toContainText('请填写至少 2 个字的理由');
  expect(
    queryDb<{ n: number }>(
      app.dbFile,
      'SELECT count(*) AS n FROM assignments WHERE evaluator_id = ?',
      evaluator.id,
    ).n,
  ).toBe(0);
  await page.getByTestId('conflict-reason').fill('本乡镇熟悉情况,经部务会同意');
  await dialog.getByRole('button', { name: '确认分配' }).click();
  await expect(dialog).toHaveCount(0);
  const stored = queryDb<{ n: number; reason: string }>(
    app.dbFile,
    `SELECT count(*) AS n, max(conflict_reason) AS reason FROM assignments
      WHERE evaluator_id = ? AND conflict = 'own-township'`,
    evaluator.id,
  );
  expect(stored).toEqual({ n: 10, reason: '本乡镇熟悉情况,经部务会同意' });

  // The township opens with its rows, each conflict tagged; hovering shows the reason.
  const tags = page.getByTestId('township-assignments').getByTestId('conflict-tag');
  await expect(tags).toHaveCount(10);
  // The panel is still sliding open: hover again until the tooltip has stayed put.
  await expect(async () => {
    await tags.first().hover();
    await expect(page.getByRole('tooltip')).toContainText('本乡镇熟悉情况,经部务会同意', {
      timeout: 5000,
    });
  }).toPass({ timeout: 60_000 });

  // Score the branch as him, chosen in the branch's 打分 menu.
  await page.goto(`${new URL(app.url).origin}/#/campaigns/${d.campaignId}/branches`);
  await page.getByRole('tree').getByText(d.branchName, { exact: true }).click();
  await pick(page, 'score-evaluator', '赵乡干');
  await page.getByTestId('score-branch').click();
  await expect(page.getByTestId('score-sheet')).toContainText('评分人:赵乡干');
  await expect(page.getByTestId('sheet-evaluator')).toContainText('赵乡干');
  await page.getByTestId(`item-${d.itemCode}`).getByRole('spinbutton').fill('7.5');
  await page.keyboard.press('Control+s');
  await expect(page.getByTestId('save-state')).toContainText('已保存');
  const score = queryDb<{ points: number }>(
    app.dbFile,
    `SELECT sc.points FROM scores sc JOIN score_sheets s ON s.id = sc.sheet_id
      WHERE s.round_id = ? AND s.branch_id = ? AND s.evaluator_id = ? AND sc.item_code = ?`,
    d.roundId,
    d.branchId,
    evaluator.id,
    d.itemCode,
  );
  expect(score.points).toBe(750);

  // A county review is scored by its evaluators: the sheet offers who is assigned, never 自评.
  await page.getByTestId('sheet-evaluator').click();
  await expect(page.locator('.ant-select-dropdown:visible .ant-select-item-option')).toHaveText([
    '赵乡干(利益冲突:本乡镇)',
  ]);
  await page.keyboard.press('Escape');
});

test('an evaluator without an assignment cannot open the sheet; an unsaved edit asks before leaving', async ({
  page,
  app,
}) => {
  const d = demo(app.dbFile);
  // 刘卫东 has no sheet, so no assignment, for this branch.
  const county = queryDb<{ id: string }>(
    app.dbFile,
    "SELECT id FROM evaluators WHERE name = '刘卫东'",
  );
  await openSection(page, app.url, d, 'overview');
  const query = `round=${d.roundId}&branch=${d.branchId}`;
  await page.goto(
    `${new URL(app.url).origin}/#/campaigns/${d.campaignId}/sheet?${query}&evaluator=${county.id}`,
  );
  await expect(page.getByTestId('sheet-not-assigned')).toContainText('该评委未被分配给这个支部');
  expect(
    queryDb<{ n: number }>(
      app.dbFile,
      'SELECT count(*) AS n FROM score_sheets WHERE branch_id = ?',
      d.branchId,
    ).n,
  ).toBe(0);

  // Nobody is assigned to the branch in this round yet, and 自评 is not a choice here.
  await page.getByTestId('sheet-evaluator').click();
  await expect(page.locator('.ant-select-dropdown:visible')).toContainText(
    '本轮尚未给这个支部分配评委',
  );
  await page.keyboard.press('Escape');

  // The self-assessment needs no assignment, in its own round; a value refused inline stays
  // unsaved.
  const selfRound = await addSelfRound(page, app.url, d.campaignId);
  await page.goto(
    `${new URL(app.url).origin}/#/campaigns/${d.campaignId}/sheet?round=${selfRound}&branch=${d.branchId}&evaluator=self`,
  );
  await expect(page.getByTestId('score-sheet')).toContainText('评分人:自评');
  const input = page.getByTestId(`item-${d.itemCode}`).getByRole('spinbutton');
  await input.fill('999');
  await expect(page.getByTestId('save-state')).toHaveText('未保存');
  const asked = page.waitForEvent('dialog');
  await page.close({ runBeforeUnload: true });
  const dialog = await asked;
  expect(dialog.type()).toBe('beforeunload');
  await dialog.dismiss();
});

test('a new round made deciding is the one the ranking shows', async ({ page, app }) => {
  const d = demo(app.dbFile);
  await openSection(page, app.url, d, 'evaluators');
  const rounds = page.getByTestId('round-table');
  await expect(rounds).toContainText('县级审核');
  await expect(rounds).toContainText('决定轮次');

  await page.getByTestId('add-round').click();
  await page.getByTestId('round-name').fill('乡镇初评');
  await page.getByRole('button', { name: '保存' }).click();
  await expect(rounds.getByRole('row')).toHaveCount(3);
  await page.getByRole('button', { name: '将 乡镇初评 设为决定轮次' }).click();
  await answerDialog(page, '设为决定轮次');
  // The row's own button reads 设为决定轮次 too, so the tag alone proves nothing: ask the database.
  await expect
    .poll(() =>
      queryDb<{ name: string; kind: string }>(
        app.dbFile,
        `SELECT r.name, r.kind FROM campaigns c JOIN rounds r ON r.id = c.deciding_round_id
          WHERE c.id = ?`,
        d.campaignId,
      ),
    )
    .toEqual({ name: '乡镇初评', kind: 'township' });
  await expect(rounds.getByRole('row').filter({ hasText: '乡镇初评' })).toContainText('决定轮次');

  await page.goto(`${new URL(app.url).origin}/#/campaigns/${d.campaignId}/ranking`);
  await expect(page.getByTestId('round-select')).toContainText('乡镇初评');
});

/**
 * Answers the confirmation on screen and waits for it to close. Retried: on a busy machine antd
 * can swallow a click made during the dialog's entrance animation.
 */
async function answerDialog(page: Page, button: string): Promise<void> {
  const dialog = page.getByRole('dialog');
  await expect(async () => {
    if ((await dialog.count()) > 0) {
      await dialog.last().getByRole('button', { name: button }).click({ timeout: 5000 });
    }
    await expect(dialog).toHaveCount(0, { timeout: 5000 });
  }).toPass({ timeout: 60_000 });
}

test('removing an assignment asks first, and one with a submitted sheet is refused with the reason', async ({
  page,
  app,
}) => {
  const d = demo(app.dbFile);
  const sheet = (status: string) =>
    queryDb<{ branch: string; township: string; evaluator: string; evaluator_id: string }>(
      app.dbFile,
      `SELECT b.name AS branch, t.name AS township, e.name AS evaluator, e.id AS evaluator_id
         FROM score_sheets s JOIN org_units b ON b.id = s.branch_id
         JOIN org_units t ON t.id = b.parent_id JOIN evaluators e ON e.id = s.evaluator_id
        WHERE s.status = ? ORDER BY t.sort_order, b.sort_order LIMIT 1`,
      status,
    );
  const assignments = () =>
    queryDb<{ n: number }>(app.dbFile, 'SELECT count(*) AS n FROM assignments').n;
  const submitted = sheet('submitted');
  const draft = sheet('draft');
  const before = assignments();
  await openSection(page, app.url, d, 'evaluators');
  const panels = page.getByTestId('township-assignments');

  await panels.getByText(submitted.township, { exact: true }).click();
  await page
    .getByRole('button', { name: `移除 ${submitted.evaluator} 对 ${submitted.branch} 的分工` })
    .click();
  await answerDialog(page, '移除');
  await expect(page.locator('.ant-message')).toContainText(
    `${submitted.evaluator} 已提交“${submitted.branch}”的评分表,不能移除这项分工`,
  );
  expect(assignments()).toBe(before);

  if (draft.township !== submitted.township) {
    await panels.getByText(draft.township, { exact: true }).click();
  }
  const remove = page.getByRole('button', {
    name: `移除 ${draft.evaluator} 对 ${draft.branch} 的分工`,
  });
  // Cancelling keeps it.
  await remove.click();
  await answerDialog(page, '取消');
  expect(assignments()).toBe(before);
  await remove.click();
  await answerDialog(page, '移除');
  await expect(page.locator('.ant-message')).toContainText(`已移除 ${draft.branch} 的这项分工`);
  await expect(remove).toHaveCount(0);
  expect(assignments()).toBe(before - 1);
});
