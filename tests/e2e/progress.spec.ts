import type { Page } from '@playwright/test';
import Database from 'better-sqlite3';
import { queryDb } from './db';
import { expect, test } from './fixtures';

interface Demo {
  campaignId: string;
  countyRound: string;
}

function demo(dbFile: string): Demo {
  const row = queryDb<{ id: string; round_id: string }>(
    dbFile,
    'SELECT id, deciding_round_id AS round_id FROM campaigns WHERE is_demo = 1',
  );
  return { campaignId: row.id, countyRound: row.round_id };
}

/**
 * Adds a self-assessment round before the county review, as another laptop's data would arrive:
 * each branch whose county sheets are all submitted files a self-assessment equal to its first
 * evaluator's sheet, so the two rounds differ by that evaluator's distance from the panel.
 */
function addSelfRound(dbFile: string, d: Demo): number {
  const db = new Database(dbFile, { fileMustExist: true });
  try {
    return db
      .transaction(() => {
        const selfRound = '00000000-0000-4000-8000-00000000e2e0';
        db.prepare(
          `INSERT INTO rounds (id, campaign_id, kind, name, seq, created_at)
           VALUES (?, ?, 'self', '支部自评', 0, '2025-11-01T00:00:00.000Z')`,
        ).run(selfRound, d.campaignId);
        const branches = db
          .prepare(
            `SELECT s.branch_id, min(s.id) AS first_sheet FROM score_sheets s WHERE s.round_id = ?
              GROUP BY s.branch_id HAVING sum(s.status = 'draft') = 0`,
          )
          .all(d.countyRound) as { branch_id: string; first_sheet: string }[];
        branches.forEach((b, i) => {
          const sheetId = `00000000-0000-4000-8000-${String(0xe300 + i).padStart(12, '0')}`;
          db.prepare(
            `INSERT INTO score_sheets (id, round_id, branch_id, evaluator_id, status, created_at, updated_at, submitted_at)
             VALUES (?, ?, ?, NULL, 'submitted', '2025-11-01', '2025-11-01', '2025-11-01')`,
          ).run(sheetId, selfRound, b.branch_id);
          db.prepare(
            `INSERT INTO scores (sheet_id, item_code, points, fact, input, remark, updated_at)
             SELECT ?, item_code, points, fact, input, remark, updated_at FROM scores WHERE sheet_id = ?`,
          ).run(sheetId, b.first_sheet);
        });
        return branches.length;
      })
      .immediate();
  } finally {
    db.close();
  }
}

async function openProgress(page: Page, url: string, campaignId: string) {
  await page.goto(url);
  await expect(page.getByTestId('language-switch')).toBeVisible();
  await page.goto(`${new URL(url).origin}/#/campaigns/${campaignId}/progress`);
  await expect(page.getByTestId('progress-matrix')).toBeVisible();
}

test('the matrix shows every sheet and a gap opens its own sheet', async ({ page, app }) => {
  const d = demo(app.dbFile);
  await openProgress(page, app.url, d.campaignId);
  const counts = queryDb<{ sheets: number; submitted: number }>(
    app.dbFile,
    `SELECT count(*) AS sheets, sum(status = 'submitted') AS submitted FROM score_sheets WHERE round_id = ?`,
    d.countyRound,
  );
  // The county round's completion: submitted of expected sheets, as the database has them.
  await expect(page.getByTestId('completion-rounds')).toContainText(
    `${counts.submitted} / ${counts.sheets}`,
  );
  await expect(page.getByTestId('completion-townships')).toContainText('%');
  await page.screenshot({ path: 'test-results/progress-shots/matrix-zh.png' });
  await expect(page.getByTestId('progress-row-count')).toContainText('40');

  await page.getByTestId('progress-filter').click();
  await page.locator('.ant-select-item-option', { hasText: '有填写中的' }).click();
  const gap = page.locator('[data-testid="progress-matrix"] a[data-status="in-progress"]').first();
  await expect(gap).toBeVisible();
  const href = (await gap.getAttribute('href')) ?? '';
  const query = new URLSearchParams(href.split('?')[1]);
  const expected = queryDb<{ branch: string; evaluator: string; status: string }>(
    app.dbFile,
    `SELECT b.name AS branch, e.name AS evaluator, s.status FROM score_sheets s
       JOIN org_units b ON b.id = s.branch_id JOIN evaluators e ON e.id = s.evaluator_id
      WHERE s.round_id = ? AND s.branch_id = ? AND s.evaluator_id = ?`,
    query.get('round'),
    query.get('branch'),
    query.get('evaluator'),
  );
  expect(expected.status).toBe('draft');
  // Hovering names what is missing: n − k items.
  const [entered, total] = ((await gap.textContent()) ?? '').match(/\d+/g)!.map(Number);
  await gap.hover();
  await expect(page.getByRole('tooltip')).toContainText(`缺 ${total! - entered!} 项`);
  await page.screenshot({ path: 'test-results/progress-shots/missing-zh.png' });
  await gap.click();
  const sheet = page.getByTestId('score-sheet');
  await expect(sheet).toBeVisible();
  await expect(sheet).toContainText(expected.branch);
  await expect(sheet).toContainText(expected.evaluator);
  await expect(page.getByTestId('sheet-status')).toContainText('草稿');
  // Opening from the matrix found the existing sheet rather than starting another.
  expect(queryDb<{ n: number }>(app.dbFile, 'SELECT count(*) AS n FROM score_sheets').n).toBe(
    counts.sheets,
  );
});

test('the threshold decides which round gaps are flagged', async ({ page, app }) => {
  const d = demo(app.dbFile);
  expect(addSelfRound(app.dbFile, d)).toBeGreaterThan(3);
  await openProgress(page, app.url, d.campaignId);
  await page.getByRole('tab', { name: '轮次对比' }).click();
  const grid = page.getByTestId('comparison-grid');
  await expect(grid).toContainText('支部自评');
  const flagged = page.getByTestId('flagged-count');
  const countOf = async () => Number(/(\d+)/.exec((await flagged.textContent()) ?? '')?.[1]);
  // Default threshold: 10 points.
  const input = page.getByRole('spinbutton', { name: '差距阈值' });
  await expect(input).toHaveValue('10.00');
  const before = await countOf();
  await input.fill('0');
  await input.press('Enter');
  await expect(page.getByText('差距阈值已保存')).toBeVisible();
  await expect(async () => expect(await countOf()).toBeGreaterThan(before)).toPass();
  const after = await countOf();
  // Stored with the campaign, as hundredths.
  expect(
    queryDb<{ value: string }>(
      app.dbFile,
      'SELECT value FROM meta WHERE key = ?',
      `progress.gapThreshold.${d.campaignId}`,
    ).value,
  ).toBe('0');
  await page.getByTestId('flagged-only').click();
  // Only flagged rows remain (the grid renders those in view, all of them when few).
  const bodyRows = grid.locator('.xp-pg-body [role="row"]');
  await expect(async () => {
    const shown = await bodyRows.count();
    expect(shown).toBeGreaterThan(0);
    expect(shown).toBeLessThanOrEqual(after);
    expect(await grid.locator('[data-flagged="true"]').count()).toBe(shown);
  }).toPass();
  await page.screenshot({ path: 'test-results/progress-shots/comparison-zh.png' });
  // Sorting by gap puts the largest gap (either way) first.
  await page.getByTestId('sort-gap').click();
  const gaps = grid.locator('.xp-pg-body [data-col="gap"]');
  await expect(async () => {
    const sizes = (await gaps.allTextContents()).map((text) => Math.abs(parseFloat(text)));
    expect(sizes.length).toBeGreaterThan(1);
    expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
  }).toPass();
});

test('the consistency tab is advisory and lists evaluators and items', async ({ page, app }) => {
  const d = demo(app.dbFile);
  await openProgress(page, app.url, d.campaignId);
  await page.getByRole('tab', { name: '评委一致性' }).click();
  await expect(page.getByTestId('consistency-advisory')).toContainText('不会改变任何分数');
  await expect(page.getByTestId('consistency-evaluators').locator('tbody tr')).toHaveCount(3);
  await expect(page.getByTestId('consistency-items').locator('tbody tr')).toHaveCount(10);
  await page.screenshot({ path: 'test-results/progress-shots/consistency-zh.png' });
});

test('every tab reads in English', async ({ page, app }) => {
  const d = demo(app.dbFile);
  addSelfRound(app.dbFile, d);
  await openProgress(page, app.url, d.campaignId);
  await page.getByTestId('language-switch').getByText('English').click();
  await expect(page.getByRole('tab', { name: 'Scoring progress' })).toBeVisible();
  await expect(page.getByText('Completion by round')).toBeVisible();
  await expect(page.getByTestId('progress-matrix')).toContainText('Submitted');
  await page.screenshot({ path: 'test-results/progress-shots/matrix-en.png' });
  // The self round: the self-assessment is the first column.
  await page.getByTestId('progress-round').click();
  await page.locator('.ant-select-item-option', { hasText: '支部自评' }).click();
  await expect(page.getByRole('columnheader', { name: 'Self-assessment' })).toBeVisible();
  await page.screenshot({ path: 'test-results/progress-shots/self-round-en.png' });
  await page.getByRole('tab', { name: 'Round comparison' }).click();
  await expect(page.getByTestId('flagged-count')).toContainText('Above threshold');
  await page.screenshot({ path: 'test-results/progress-shots/comparison-en.png' });
  await page.getByRole('tab', { name: 'Evaluator consistency' }).click();
  await expect(page.getByTestId('consistency-advisory')).toContainText('never change a score');
  await page.screenshot({ path: 'test-results/progress-shots/consistency-en.png' });
});
