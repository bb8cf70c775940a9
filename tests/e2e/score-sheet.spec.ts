import type { Page } from '@playwright/test';
import Database from 'better-sqlite3';
import type { EntryValue } from '../../shared/domain/entry';
import { formatCenti } from '../../shared/domain/points';
import type { RubricDefinition, RubricItem } from '../../shared/domain/rubric';
import type { Result } from '../../shared/result';
import { queryDb } from './db';
import { expect, test } from './fixtures';
import { addSelfRound, pick } from './rounds';
import { answerPopconfirm } from './pages/overlays';

interface Demo {
  campaignId: string;
  roundId: string;
  items: RubricItem[];
}

function demo(dbFile: string): Demo {
  const row = queryDb<{ id: string; round_id: string; definition: string }>(
    dbFile,
    `SELECT c.id, c.deciding_round_id AS round_id, v.definition
       FROM campaigns c JOIN rubric_versions v ON v.id = c.rubric_version_id WHERE c.is_demo = 1`,
  );
  const definition = JSON.parse(row.definition) as RubricDefinition;
  const items = definition.dimensions.flatMap((d) => d.indicators.flatMap((i) => i.items));
  return { campaignId: row.id, roundId: row.round_id, items };
}

/** A demo branch nobody has scored yet, so every value in its sheet comes from the test. */
function unscoredBranch(dbFile: string, campaignId: string, skip = 0): string {
  return queryDb<{ branch_id: string }>(
    dbFile,
    `SELECT cb.branch_id FROM campaign_branches cb
      WHERE cb.campaign_id = ?
        AND NOT EXISTS (SELECT 1 FROM score_sheets s WHERE s.branch_id = cb.branch_id)
      ORDER BY cb.branch_id LIMIT 1 OFFSET ?`,
    campaignId,
    skip,
  ).branch_id;
}

interface SheetRow {
  id: string;
  status: string;
  version: number;
}

function sheetRow(dbFile: string, roundId: string, branchId: string): SheetRow | undefined {
  return queryDb<SheetRow | undefined>(
    dbFile,
    `SELECT id, status, version FROM score_sheets
      WHERE round_id = ? AND branch_id = ? AND evaluator_id IS NULL`,
    roundId,
    branchId,
  );
}

function storedPoints(dbFile: string, roundId: string, branchId: string): Map<string, number> {
  const db = new Database(dbFile, { readonly: true, fileMustExist: true });
  try {
    const rows = db
      .prepare(
        `SELECT sc.item_code AS code, sc.points FROM scores sc JOIN score_sheets s ON s.id = sc.sheet_id
          WHERE s.round_id = ? AND s.branch_id = ? AND s.evaluator_id IS NULL`,
      )
      .all(roundId, branchId) as { code: string; points: number }[];
    return new Map(rows.map((r) => [r.code, r.points]));
  } finally {
    db.close();
  }
}

async function openSheet(page: Page, url: string, d: Demo, branchId: string): Promise<void> {
  await page.goto(url);
  await expect(page.getByRole('heading', { name: '评定批次' })).toBeVisible();
  const query = `round=${d.roundId}&branch=${branchId}&evaluator=self`;
  await page.goto(`${new URL(url).origin}/#/campaigns/${d.campaignId}/sheet?${query}`);
  await expect(page.getByTestId('score-sheet')).toBeVisible();
}

function item(d: Demo, at: number, type: RubricItem['type']): RubricItem {
  const found = d.items[at];
  // The keystrokes below depend on the demo rubric's first items; say so if it changes.
  expect(found?.type, `item ${at} of the demo rubric`).toBe(type);
  return found!;
}

test('a sheet scored with the keyboard only is saved, previewed and still there after reload', async ({
  page,
  app,
}) => {
  const d = demo(app.dbFile);
  // A self-assessment lives in its own round: the demo has only its county review.
  d.roundId = await addSelfRound(page, app.url, d.campaignId);
  const branchId = unscoredBranch(app.dbFile, d.campaignId);
  const [a, b, c, e] = [
    item(d, 0, 'points'),
    item(d, 1, 'choice'),
    item(d, 2, 'check'),
    item(d, 3, 'points'),
  ];
  const firstOption = b.options![0]!;
  // Opened the way users do: the branch's details panel, 打分 in the self round (自评 is then
  // the only choice, and chosen).
  const name = queryDb<{ name: string }>(
    app.dbFile,
    'SELECT name FROM org_units WHERE id = ?',
    branchId,
  ).name;
  await page.goto(app.url);
  await expect(page.getByRole('heading', { name: '评定批次' })).toBeVisible();
  await page.goto(`${new URL(app.url).origin}/#/campaigns/${d.campaignId}/branches`);
  await page.getByRole('tree').getByText(name, { exact: true }).click();
  await pick(page, 'score-round', '支部自评');
  await expect(page.getByTestId('branch-details')).toContainText('自评');
  await page.getByTestId('score-branch').click();
  await expect(page.getByTestId('score-sheet')).toContainText(name);
  await expect(page.getByTestId('preview-total')).toHaveText('0');

  await page.keyboard.press('Control+m'); // the first missing item: a
  await page.keyboard.type('8.5');
  await page.keyboard.press('Enter'); // → b (choice): Space takes the first option
  await page.keyboard.press('Space');
  await page.keyboard.press('Enter'); // → c (check): Space takes 达到
  await page.keyboard.press('Space');
  await page.keyboard.press('Tab'); // → e
  await page.keyboard.type('3');
  await page.keyboard.press('Shift+Tab'); // back to c, then forward again
  await page.keyboard.press('Tab');
  await page.keyboard.press('Control+s');

  const expected = 850 + firstOption.points + c.max + 300;
  await expect(page.getByTestId('preview-total')).toHaveText(formatCenti(expected));
  await expect(page.getByTestId('save-state')).toContainText('已保存');
  await expect
    .poll(() => Object.fromEntries(storedPoints(app.dbFile, d.roundId, branchId)))
    .toEqual({ [a.code]: 850, [b.code]: firstOption.points, [c.code]: c.max, [e.code]: 300 });

  await page.reload();
  await expect(page.getByTestId('score-sheet')).toBeVisible();
  await expect(page.getByTestId(`item-${a.code}`).getByRole('spinbutton')).toHaveValue('8.5');
  await expect(page.getByTestId(`item-${e.code}`).getByRole('spinbutton')).toHaveValue(
    /^3(\.0+)?$/,
  );
  await expect(
    page.getByTestId(`item-${b.code}`).locator(`input[type="radio"][value="${firstOption.key}"]`),
  ).toBeChecked();
  await expect(
    page.getByTestId(`item-${c.code}`).getByRole('radio', { name: '达到', exact: true }),
  ).toBeChecked();
  await expect(page.getByTestId('preview-total')).toHaveText(formatCenti(expected));
  await expect(page.getByTestId('preview-missing')).toHaveText(
    String(d.items.filter((i) => i.type !== 'bonus' && i.type !== 'veto').length - 4),
  );
});

test('a value above the maximum or off the step is refused inline and never stored', async ({
  page,
  app,
}) => {
  const d = demo(app.dbFile);
  d.roundId = await addSelfRound(page, app.url, d.campaignId);
  const branchId = unscoredBranch(app.dbFile, d.campaignId);
  const e = item(d, 3, 'points');
  await openSheet(page, app.url, d, branchId);
  const input = page.getByTestId(`item-${e.code}`).getByRole('spinbutton');
  // Refused means not even sent: the server would refuse too, but the screen must not ask.
  const sent: string[] = [];
  page.on('request', (request) => {
    const body = request.postData() ?? '';
    if (body.includes(`"item":"${e.code}"`)) sent.push(body);
  });

  await input.fill(formatCenti(e.max + 200));
  // The sentence every path gives (grid, score template, scores.save): the item and its maximum.
  await expect(page.getByTestId(`problem-${e.code}`)).toHaveText(
    `“${e.code} ${e.name}”超过满分 ${formatCenti(e.max)} 分。`,
  );
  await page.keyboard.press('Control+s');
  await expect(page.getByTestId('save-state')).toHaveText('未保存');
  await input.fill('2.25');
  await expect(page.getByTestId(`problem-${e.code}`)).toHaveText(
    `“${e.code} ${e.name}”的分数须为 ${formatCenti(e.step ?? 1)} 分的整数倍。`,
  );
  await input.press('Enter');
  await page.waitForTimeout(1000); // past the autosave delay: still nothing may arrive
  expect(storedPoints(app.dbFile, d.roundId, branchId).has(e.code)).toBe(false);
  expect(sent).toEqual([]);

  // A valid value is then saved as usual, so the refusal above is the rule, not a broken save.
  await input.fill('4');
  await expect(page.getByTestId(`problem-${e.code}`)).toHaveCount(0);
  await expect(page.getByTestId('save-state')).toContainText('已保存');
  expect(storedPoints(app.dbFile, d.roundId, branchId).get(e.code)).toBe(400);
  expect(sent).toHaveLength(1);
});

test('two windows on one sheet: the stale one gets a conflict and the first value stays', async ({
  page,
  app,
}) => {
  const d = demo(app.dbFile);
  d.roundId = await addSelfRound(page, app.url, d.campaignId);
  const branchId = unscoredBranch(app.dbFile, d.campaignId);
  const a = item(d, 0, 'points');
  await openSheet(page, app.url, d, branchId);
  const second = await page.context().newPage();
  await openSheet(second, app.url, d, branchId);

  await page.getByTestId(`item-${a.code}`).getByRole('spinbutton').fill('6');
  await page.keyboard.press('Control+s');
  await expect(page.getByTestId('save-state')).toContainText('已保存');

  await second.getByTestId(`item-${a.code}`).getByRole('spinbutton').fill('9');
  await second.keyboard.press('Control+s');
  await expect(second.getByTestId('conflict-alert')).toContainText('已在别处修改');
  expect(storedPoints(app.dbFile, d.roundId, branchId).get(a.code)).toBe(600);

  // Reloading shows the stored 6 and keeps the unsaved 9 visible for re-entry.
  await second.getByTestId('conflict-reload').click();
  await expect(second.getByTestId(`item-${a.code}`).getByRole('spinbutton')).toHaveValue(
    /^6(\.0+)?$/,
  );
  await expect(second.getByTestId(`leftover-${a.code}`)).toContainText('9');
  await expect(second.getByTestId('leftover-alert')).toContainText(a.code);
  expect(storedPoints(app.dbFile, d.roundId, branchId).get(a.code)).toBe(600);
  await second.close();
});

/** A complete, valid entry for every item, as a careful evaluator would give. */
function fullEntry(i: RubricItem): EntryValue {
  switch (i.type) {
    case 'points':
      return { points: i.max };
    case 'bonus':
      return { points: 0 };
    case 'deduction':
      return { findings: 0 };
    case 'choice':
      return { option: i.options![0]!.key };
    case 'check':
      return { met: true };
    case 'veto':
      return { triggered: false };
    case 'gate':
      return i.gate?.min === undefined ? { met: true } : { value: i.gate.min };
  }
}

interface Bridge {
  xingping: {
    sheets: {
      open: (input: unknown) => Promise<Result<{ id: string; version: number }>>;
    };
    scores: { save: (input: unknown) => Promise<Result<{ version: number }>> };
  };
}

test('a full sheet is submitted, locked, reopened with a reason, and both are audited', async ({
  page,
  app,
}) => {
  const d = demo(app.dbFile);
  d.roundId = await addSelfRound(page, app.url, d.campaignId);
  const branchId = unscoredBranch(app.dbFile, d.campaignId);
  await openSheet(page, app.url, d, branchId);

  // Empty: the submit is refused with the count, and the first missing item gets the focus.
  const required = d.items.filter((i) => i.type !== 'bonus' && i.type !== 'veto');
  await page.getByTestId('submit').click();
  await answerPopconfirm(page, '提交');
  await expect(page.locator('.ant-message')).toContainText(`还有 ${required.length} 个评分要点`);
  await expect(page.getByTestId(`item-${required[0]!.code}`).getByRole('spinbutton')).toBeFocused();
  expect(sheetRow(app.dbFile, d.roundId, branchId)?.status).toBe('draft');

  const entries = d.items.map((i) => ({ item: i.code, value: fullEntry(i) }));
  const saved = await page.evaluate(
    async ({ roundId, branchId: branch, entries: all }) => {
      const api = (globalThis as unknown as Bridge).xingping;
      const opened = await api.sheets.open({ roundId, branchId: branch, evaluatorId: null });
      if (!opened.ok) return opened;
      const { id, version } = opened.data;
      return api.scores.save({ sheetId: id, expectedVersion: version, entries: all });
    },
    { roundId: d.roundId, branchId, entries },
  );
  expect(saved.ok).toBe(true);
  await page.reload();
  await expect(page.getByTestId('preview-missing')).toHaveText('0');

  await page.getByTestId('submit').click();
  await answerPopconfirm(page, '提交');
  await expect(page.getByTestId('sheet-status')).toHaveText('已提交');
  await expect(page.getByTestId(`item-${d.items[0]!.code}`).getByRole('spinbutton')).toBeDisabled();
  expect(sheetRow(app.dbFile, d.roundId, branchId)?.status).toBe('submitted');

  await page.getByTestId('reopen').click();
  const reason = '复核时发现材料需要补充';
  await page.getByTestId('reopen-reason').fill(reason);
  await page.locator('.ant-modal').getByRole('button', { name: '重新打开' }).click();
  await expect(page.getByTestId('sheet-status')).toHaveText('草稿');
  await expect(page.getByTestId(`item-${d.items[0]!.code}`).getByRole('spinbutton')).toBeEnabled();
  expect(sheetRow(app.dbFile, d.roundId, branchId)?.status).toBe('draft');

  await page.getByTestId('open-audit').click();
  const drawer = page.locator('.ant-drawer');
  await expect(drawer.getByRole('cell', { name: '提交', exact: true })).toBeVisible();
  await expect(drawer.getByRole('cell', { name: '重新打开', exact: true })).toBeVisible();
  await expect(drawer.getByRole('cell', { name: reason })).toBeVisible();
});

test('an edit made just before leaving the sheet is still saved', async ({ page, app }) => {
  const d = demo(app.dbFile);
  d.roundId = await addSelfRound(page, app.url, d.campaignId);
  const branchId = unscoredBranch(app.dbFile, d.campaignId, 2);
  const first = item(d, 0, 'points');
  await openSheet(page, app.url, d, branchId);
  await page.keyboard.press('Control+m');
  await page.keyboard.type('7');
  // Leave at once, well inside the autosave delay.
  await page.evaluate(() => {
    (globalThis as unknown as { location: { hash: string } }).location.hash = '#/';
  });
  await expect(page.getByRole('heading', { name: '评定批次' })).toBeVisible();
  await expect.poll(() => storedPoints(app.dbFile, d.roundId, branchId).get(first.code)).toBe(700);
});
