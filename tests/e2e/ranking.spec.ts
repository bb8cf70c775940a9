import type { Locator, Page } from '@playwright/test';
import Database from 'better-sqlite3';
import { formatCenti } from '../../shared/domain/points';
import { queryDb } from './db';
import { expect, test } from './fixtures';

/** The demo campaign, its deciding round and the SQL pieces the expectations are built from. */
const DEMO = `SELECT id, deciding_round_id AS round_id, rubric_version_id FROM campaigns WHERE is_demo = 1`;

/** Items every counted sheet must carry (bonus and veto items may be left out). */
const REQUIRED_ITEMS = `
  SELECT DISTINCT json_extract(j.value, '$.code') AS code
    FROM c JOIN rubric_versions v ON v.id = c.rubric_version_id, json_tree(v.definition) AS j
   WHERE j.type = 'object'
     AND json_extract(j.value, '$.type') IN ('points', 'deduction', 'choice', 'check', 'gate')`;

const NO_RATING_VETOES = `
  SELECT DISTINCT json_extract(j.value, '$.code') AS code
    FROM c JOIN rubric_versions v ON v.id = c.rubric_version_id, json_tree(v.definition) AS j
   WHERE j.type = 'object' AND json_extract(j.value, '$.veto.effect') = 'no-rating'`;

/**
 * Branches the engine must rate: every sheet of the deciding round submitted, each with every
 * required item, and no unresolved veto that cancels the rating.
 */
const RATED_BRANCHES = `
  WITH c AS (${DEMO}), required AS (${REQUIRED_ITEMS}), no_rating AS (${NO_RATING_VETOES}),
  sheets AS (SELECT s.* FROM score_sheets s JOIN c ON s.round_id = c.round_id),
  complete AS (
    SELECT s.branch_id FROM sheets s GROUP BY s.branch_id
    HAVING sum(s.status = 'draft') = 0
       AND min((SELECT count(*) FROM scores sc JOIN required r ON r.code = sc.item_code
                 WHERE sc.sheet_id = s.id)) = (SELECT count(*) FROM required))
  SELECT b.branch_id FROM complete b
   WHERE NOT EXISTS (
     SELECT 1 FROM sheets s JOIN scores sc ON sc.sheet_id = s.id JOIN no_rating n ON n.code = sc.item_code
      WHERE s.branch_id = b.branch_id AND sc.fact = 1
        AND NOT EXISTS (SELECT 1 FROM veto_resolutions vr WHERE vr.round_id = s.round_id
                           AND vr.branch_id = s.branch_id AND vr.item_code = sc.item_code))`;

/** Mean over the sheets of each branch's summed points, rounded half up to hundredths. */
const TOTALS = `
  WITH c AS (${DEMO})
  SELECT s.branch_id AS id, (2 * sum(sc.points) + count(DISTINCT s.id)) / (2 * count(DISTINCT s.id)) AS total
    FROM score_sheets s JOIN c ON s.round_id = c.round_id JOIN scores sc ON sc.sheet_id = s.id
   GROUP BY s.branch_id`;

/** Every row of a query (db.ts reads one); read-only, so the served app is not disturbed. */
function queryAll<T>(file: string, sql: string): T[] {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return db.prepare(sql).all() as T[];
  } finally {
    db.close();
  }
}

function demoId(dbFile: string): string {
  return queryDb<{ id: string }>(dbFile, 'SELECT id FROM campaigns WHERE is_demo = 1').id;
}

async function openRanking(page: Page, url: string, dbFile: string, query = ''): Promise<void> {
  await page.goto(url);
  await expect(page.getByRole('heading', { name: '评定批次' })).toBeVisible();
  await page.goto(`${new URL(url).origin}/#/campaigns/${demoId(dbFile)}/ranking${query}`);
  await expect(page.getByTestId('ranking-table')).toBeVisible();
}

/** Rows of the grid that are in the DOM (it renders only those in view). */
function rows(page: Page): Locator {
  return page.getByTestId('ranking-table').locator('[role="row"][data-branch-id]');
}

async function cellText(row: Locator, column: string): Promise<string> {
  return (await row.locator(`[data-col="${column}"]`).innerText()).trim();
}

/** The grid's scroll box (the tests compile without the DOM library). */
interface Scroller {
  scrollTop: number;
  clientHeight: number;
  scrollHeight: number;
}

/** Reads every rendered row (branch id → rank and total), scrolling the grid to the end. */
async function readAllRows(page: Page): Promise<Map<string, { rank: string; total: string }>> {
  const seen = new Map<string, { rank: string; total: string }>();
  const grid = page.getByTestId('ranking-table');
  for (let pass = 0; pass < 20; pass += 1) {
    for (const row of await rows(page).all()) {
      const id = await row.getAttribute('data-branch-id');
      if (id)
        seen.set(id, { rank: await cellText(row, 'rank'), total: await cellText(row, 'total') });
    }
    const atEnd = await grid.evaluate(
      (el: Scroller) => el.scrollTop + el.clientHeight >= el.scrollHeight - 1,
    );
    if (atEnd) break;
    await grid.evaluate((el: Scroller) => {
      el.scrollTop += el.clientHeight - 60;
    });
  }
  return seen;
}

test('the ranking rates exactly the completely scored branches, with their mean totals', async ({
  page,
  app,
}) => {
  const rated = queryDb<{ n: number }>(
    app.dbFile,
    `SELECT count(*) AS n FROM (${RATED_BRANCHES})`,
  ).n;
  const branches = queryDb<{ n: number }>(
    app.dbFile,
    `SELECT count(*) AS n FROM campaign_branches WHERE campaign_id = ?`,
    demoId(app.dbFile),
  ).n;
  expect(rated).toBeGreaterThan(0);
  expect(rated).toBeLessThan(branches);

  await openRanking(page, app.url, app.dbFile);
  await expect(page.getByTestId('ranking-counts')).toContainText(`共 ${branches} 个支部`);
  await expect(page.getByTestId('ranking-counts')).toContainText(`已评定 ${rated}`);

  // Only the rated: ranks 1… in order, and every total is the evaluators' mean from the file.
  await page.getByTestId('filter-status').getByText('已评定').click();
  await expect(page.getByTestId('ranking-shown')).toHaveText(`显示 ${rated} / ${branches} 个支部`);
  const shown = await readAllRows(page);
  expect(shown.size).toBe(rated);
  const expectedIds = new Set(
    queryAll<{ branch_id: string }>(app.dbFile, RATED_BRANCHES).map((r) => r.branch_id),
  );
  expect(new Set(shown.keys())).toEqual(expectedIds);
  const totals = new Map(
    queryAll<{ id: string; total: number }>(app.dbFile, TOTALS).map((r) => [r.id, r.total]),
  );
  const ranks = [...shown.values()].map((r) => Number(r.rank));
  expect(ranks[0]).toBe(1);
  expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
  expect(Math.max(...ranks)).toBeLessThanOrEqual(rated);
  for (const [id, row] of shown) expect(row.total, id).toBe(formatCenti(totals.get(id) ?? -1));
});

test('filtering by township narrows the rows and survives a reload', async ({ page, app }) => {
  const township = queryDb<{ id: string; name: string; n: number }>(
    app.dbFile,
    `SELECT u.id, u.name, count(*) AS n FROM campaign_branches cb
       JOIN org_units b ON b.id = cb.branch_id JOIN org_units u ON u.id = b.parent_id
      WHERE cb.campaign_id = ? GROUP BY u.id ORDER BY u.name LIMIT 1`,
    demoId(app.dbFile),
  );
  const total = queryDb<{ n: number }>(
    app.dbFile,
    'SELECT count(*) AS n FROM campaign_branches WHERE campaign_id = ?',
    demoId(app.dbFile),
  ).n;
  expect(township.n).toBeLessThan(total);

  await openRanking(page, app.url, app.dbFile);
  await page.getByTestId('filter-township').click();
  await page.locator('.ant-select-item-option', { hasText: township.name }).click();
  await page.keyboard.press('Escape');

  const shown = page.getByTestId('ranking-shown');
  await expect(shown).toHaveText(`显示 ${township.n} / ${total} 个支部`);
  for (const row of await rows(page).all()) {
    expect(await cellText(row, 'township')).toBe(township.name);
  }
  expect(page.url()).toContain(`town=${township.id}`);

  await page.reload();
  await expect(shown).toHaveText(`显示 ${township.n} / ${total} 个支部`);
  await expect(page.getByTestId('filter-township')).toContainText(township.name);

  await page.getByTestId('filter-search').fill('不存在的支部');
  await expect(page.getByTestId('ranking-no-match')).toBeVisible();
});

test('the explanation lists each star score against its pass line', async ({ page, app }) => {
  await openRanking(page, app.url, app.dbFile);
  const grid = page.getByTestId('ranking-table');
  await grid.focus();
  await page.keyboard.press('ArrowDown');
  await expect(rows(page).first()).toHaveAttribute('aria-selected', 'true');
  const name = await cellText(rows(page).first(), 'branch');
  const firstStar = await cellText(rows(page).first(), 'dim:S1');
  await page.keyboard.press('Enter');

  const explanation = page.getByTestId('explanation');
  await expect(page.getByRole('dialog')).toContainText(name);
  const stars = explanation.getByTestId('explain-dimensions').locator('li');
  await expect(stars).toHaveCount(5);
  for (const star of await stars.all()) await expect(star).toContainText('(合格线 80)');
  await expect(stars.first()).toContainText('支部过硬星');
  // The table shows the score with a check mark when earned; the drawer the bare number.
  await expect(stars.first()).toContainText(`${firstStar.replace('✓', '').trim()} / 100 分`);
  await expect(explanation.getByTestId('explain-reasons')).toContainText('合格线 80 分');

  // Down steps to the next branch without closing.
  await page.getByRole('button', { name: '下一个支部' }).click();
  const second = await cellText(rows(page).nth(1), 'branch');
  await expect(page.getByRole('dialog')).toContainText(second);
});

test('a raised veto stays until it is resolved with a reason', async ({ page, app }) => {
  const veto = queryDb<{ branch: string; branch_id: string; round_id: string; item: string }>(
    app.dbFile,
    `WITH c AS (${DEMO})
     SELECT b.name AS branch, b.id AS branch_id, s.round_id, sc.item_code AS item
       FROM score_sheets s JOIN c ON s.round_id = c.round_id
       JOIN scores sc ON sc.sheet_id = s.id JOIN org_units b ON b.id = s.branch_id
      WHERE sc.fact = 1 AND s.status = 'submitted' ORDER BY b.name LIMIT 1`,
  );
  expect(veto).toBeDefined();

  await openRanking(page, app.url, app.dbFile);
  await page.getByTestId('filter-search').fill(veto.branch);
  // The search is applied after a pause: open the row only once it is the branch searched for.
  await expect(rows(page).first()).toContainText(veto.branch);
  await rows(page).first().dblclick();
  const vetoes = page.getByTestId('explain-vetoes');
  await expect(vetoes).toContainText('未解除');
  await vetoes.getByRole('button', { name: '填写理由解除' }).click();

  const dialog = page.getByRole('dialog', { name: '解除否决项' });
  await dialog.getByRole('button', { name: '确认解除' }).click();
  await expect(dialog).toContainText('请填写解除理由');
  const resolutions = 'SELECT count(*) AS n FROM veto_resolutions WHERE branch_id = ?';
  expect(queryDb<{ n: number }>(app.dbFile, resolutions, veto.branch_id).n).toBe(0);

  await page.getByTestId('resolve-veto-reason').fill('经实地核查,该事项已依规处理完毕');
  await dialog.getByRole('button', { name: '确认解除' }).click();
  await expect(dialog).toBeHidden();
  await expect(vetoes).toContainText('已解除');
  await expect(vetoes).toContainText('经实地核查');
  await expect(page.getByTestId('explain-reasons')).toContainText('已解除');
  const saved = queryDb<{ reason: string; item_code: string }>(
    app.dbFile,
    'SELECT reason, item_code FROM veto_resolutions WHERE branch_id = ? AND round_id = ?',
    veto.branch_id,
    veto.round_id,
  );
  expect(saved).toEqual({ reason: '经实地核查,该事项已依规处理完毕', item_code: veto.item });
});

test('the charts tab draws on a canvas and English translates the headers', async ({
  page,
  app,
}) => {
  await openRanking(page, app.url, app.dbFile);
  await page.getByRole('tab', { name: '统计图' }).click();
  await expect(page.getByTestId('chart-levels').locator('canvas')).toBeVisible();
  await expect(page.getByTestId('chart-stars').locator('canvas')).toBeVisible();
  expect(page.url()).toContain('tab=charts');

  await page.getByTestId('language-switch').getByText('English').click();
  await page.getByRole('tab', { name: 'Ranking' }).click();
  const header = page.getByTestId('ranking-table').locator('[role="columnheader"]');
  for (const title of ['Rank', 'Branch', 'Township', 'Strong branch star', 'Total', 'Level']) {
    await expect(header.filter({ hasText: title }).first()).toBeVisible();
  }
  await expect(header.filter({ hasText: '名次' })).toHaveCount(0);
  await expect(page.getByTestId('filter-status')).toContainText('Rated');
});
