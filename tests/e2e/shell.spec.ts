import { expect, test } from './fixtures';
import { queryDb } from './db';

test('opens on the demo campaign in Chinese with the numbers from the database', async ({
  page,
  app,
}) => {
  await page.goto(app.url);
  await expect(page.getByRole('heading', { name: '评定批次' })).toBeVisible();
  // The token is taken out of the address bar once the bridge has it.
  expect(page.url()).not.toContain('token=');

  const demo = queryDb<{ id: string; name: string }>(
    app.dbFile,
    'SELECT id, name FROM campaigns WHERE is_demo = 1',
  );
  await page.getByRole('link', { name: demo.name }).click();
  await expect(page).toHaveURL(new RegExp(`#/campaigns/${demo.id}/overview`));

  const branches = queryDb<{ n: number }>(
    app.dbFile,
    'SELECT count(*) AS n FROM campaign_branches WHERE campaign_id = ?',
    demo.id,
  ).n;
  const submitted = queryDb<{ n: number }>(
    app.dbFile,
    "SELECT count(*) AS n FROM score_sheets WHERE status = 'submitted'",
  ).n;
  const started = queryDb<{ n: number }>(app.dbFile, 'SELECT count(*) AS n FROM score_sheets').n;
  await expect(page.getByTestId('stat-branches')).toContainText(String(branches));
  await expect(page.getByTestId('stat-evaluators')).toContainText('3');
  const round = page.getByRole('row', { name: /县级审核/ });
  await expect(round).toContainText(String(started));
  await expect(round).toContainText(String(submitted));
  await expect(page.getByTestId('data-file')).toContainText(app.dbFile);
});

test('switching to English changes the visible labels and is remembered', async ({ page, app }) => {
  await page.goto(app.url);
  await expect(page.getByRole('heading', { name: '评定批次' })).toBeVisible();
  await page.getByTestId('language-switch').getByText('English').click();
  await expect(page.getByRole('heading', { name: 'Campaigns' })).toBeVisible();
  await expect(page.getByRole('columnheader', { name: 'Year' })).toBeVisible();
  await expect(page.getByText('评定批次')).toHaveCount(0);

  await page.reload();
  await expect(page.getByRole('heading', { name: 'Campaigns' })).toBeVisible();
  const stored = queryDb<{ value: string }>(
    app.dbFile,
    "SELECT value FROM meta WHERE key = 'preferences.language'",
  );
  expect(stored.value).toBe('en');

  await page.getByTestId('language-switch').getByText('中文').click();
  await expect(page.getByRole('heading', { name: '评定批次' })).toBeVisible();
});

test('the API refuses calls without the token and writes nothing', async ({ page, app }) => {
  const origin = new URL(app.url).origin;
  const before = queryDb<{ n: number }>(app.dbFile, 'SELECT count(*) AS n FROM campaigns').n;
  const demo = queryDb<{ id: string }>(app.dbFile, 'SELECT id FROM campaigns');
  const response = await page.request.post(`${origin}/api/campaigns.delete`, {
    data: { id: demo.id },
  });
  expect(response.status()).toBe(401);
  expect(await response.json()).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED' } });

  const token = new URL(app.url).searchParams.get('token') ?? '';
  const wrong = await page.request.post(`${origin}/api/campaigns.delete`, {
    data: { id: demo.id, extra: 1 },
    headers: { Authorization: `Bearer ${token}` },
  });
  expect(wrong.status()).toBe(200);
  expect(await wrong.json()).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  expect(queryDb<{ n: number }>(app.dbFile, 'SELECT count(*) AS n FROM campaigns').n).toBe(before);
});

test('a second tab opened without the token works, and no script can read the token', async ({
  page,
  app,
}) => {
  await page.goto(app.url);
  await expect(page.getByRole('heading', { name: '评定批次' })).toBeVisible();
  const demo = queryDb<{ id: string; name: string }>(
    app.dbFile,
    'SELECT id, name FROM campaigns WHERE is_demo = 1',
  );
  // As a link opened in a new tab, or the address typed again: no ?token= and a fresh session.
  const second = await page.context().newPage();
  await second.goto(`${new URL(app.url).origin}/#/campaigns/${demo.id}/ranking`);
  await expect(second.getByTestId('ranking-table')).toBeVisible();
  await expect(second.getByText('会话已失效')).toHaveCount(0);
  expect(
    await second.evaluate(
      () => (globalThis as unknown as { document: { cookie: string } }).document.cookie,
    ),
  ).not.toContain(new URL(app.url).searchParams.get('token'));
  await second.close();
});
