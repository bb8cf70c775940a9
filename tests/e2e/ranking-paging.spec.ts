import type { RankingPage } from '../../shared/domain/views';
import { queryDb } from './db';
import { bridgeCall as api } from './bridge';
import { expect, test } from './fixtures';

/**
 * The ranking screen asks the server for the rows it shows (`ranking.page`, blocks of 200): a
 * ranking longer than one block must still scroll to its last row, sorted by the server.
 */
const ADDED = 260;

const NONE = { townships: [], levels: [], stars: [], search: '' };

test('a ranking longer than one block scrolls to its last row, sorted by the server', async ({
  page,
  app,
}) => {
  await page.goto(app.url);
  await expect(page.getByRole('heading', { name: '评定批次' })).toBeVisible();
  const campaignId = queryDb<{ id: string }>(
    app.dbFile,
    'SELECT id FROM campaigns WHERE is_demo = 1',
  ).id;
  const first = await api<RankingPage>(page, 'ranking.page', {
    campaignId,
    offset: 0,
    limit: 1,
    filters: NONE,
  });
  const townshipId = first.meta.townships[0]!.id;
  for (let i = 1; i <= ADDED; i += 1) {
    await api(page, 'branchRegistry.addBranch', {
      campaignId,
      townshipId,
      name: `新增村${String(i).padStart(3, '0')}`,
      branchType: 'rural',
    });
  }
  const total = first.meta.total + ADDED;

  await page.goto(`${new URL(app.url).origin}/#/campaigns/${campaignId}/ranking?sort=branch.desc`);
  const table = page.getByTestId('ranking-table');
  await expect(table).toBeVisible();
  await expect(page.getByTestId('ranking-shown')).toHaveText(`共 ${total} 个支部`);
  const expected = await api<RankingPage>(page, 'ranking.page', {
    campaignId,
    offset: total - 3,
    limit: 3,
    sort: { key: 'branch', dir: 'desc' },
    filters: NONE,
  });
  const top = await api<RankingPage>(page, 'ranking.page', {
    campaignId,
    offset: 0,
    limit: 1,
    sort: { key: 'branch', dir: 'desc' },
    filters: NONE,
  });
  const rows = table.locator('[role="row"][data-branch-id]');
  await expect(rows.first()).toHaveAttribute('data-branch-id', top.rows[0]!.branchId);

  // End selects the last row; its block (the second) is fetched and drawn.
  await rows.first().click();
  await table.press('End');
  const last = table.locator(`[aria-rowindex="${total + 1}"]`);
  await expect(last).toHaveAttribute('data-branch-id', expected.rows[2]!.branchId);
  await expect(last).toHaveAttribute('aria-selected', 'true');
  await expect(table.locator(`[aria-rowindex="${total}"]`)).toHaveAttribute(
    'data-branch-id',
    expected.rows[1]!.branchId,
  );
});
