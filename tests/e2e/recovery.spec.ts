import Database from 'better-sqlite3';
import { spawnSync } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync, truncateSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { queryDb } from './db';
import { serve, stopServing } from './fixtures';
import { settledModal } from './pages/overlays';

let dir: string;
let child: ChildProcess | undefined;
let problems: string[];

test.beforeEach(({ page }) => {
  dir = mkdtempSync(join(tmpdir(), 'xingping-e2e-recovery-'));
  problems = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
});

test.afterEach(async () => {
  // Read the console before the server stops: the page's event stream then fails to reconnect
  // (ERR_CONNECTION_REFUSED), which is the test's own doing, not the app's.
  const seen = [...problems];
  if (child) await stopServing(child);
  child = undefined;
  rmSync(dir, { recursive: true, force: true });
  expect(seen, 'browser console errors').toEqual([]);
});

/** A county's data file cut off half-way, as an interrupted copy from a USB stick leaves it. */
function truncatedDataFile(): string {
  const file = join(dir, 'xingping.sqlite');
  const db = new Database(file);
  db.exec('CREATE TABLE branches (id INTEGER PRIMARY KEY, name TEXT NOT NULL)');
  const insert = db.prepare('INSERT INTO branches (name) VALUES (?)');
  db.transaction(() => {
    for (let i = 0; i < 3000; i += 1) insert.run(`青山县云溪镇石门村第${i}党支部`);
  })();
  db.close();
  truncateSync(file, Math.floor(statSync(file).size / 2));
  return file;
}

test('a damaged data file is moved aside and the user chooses to start with an empty database', async ({
  page,
}) => {
  const dataFile = truncatedDataFile();
  const started = await serve(dataFile);
  child = started.child;
  await page.goto(started.url);

  const screen = page.getByTestId('recovery-screen');
  await expect(screen.getByText('数据文件已损坏,未能打开')).toBeVisible();
  await expect(screen.getByText('数据文件不完整(被截断)', { exact: false })).toBeVisible();
  const moved = readdirSync(dir).filter((name) => name.startsWith('xingping.sqlite.damaged-'));
  expect(moved).toHaveLength(1);
  await expect(page.getByTestId('recovery-moved-to')).toContainText(join(dir, moved[0]!));
  await expect(page.getByTestId('recovery-backups')).toContainText('没有找到可用的备份');
  expect(existsSync(dataFile)).toBe(false);

  await page.getByTestId('language-switch').getByText('English').click();
  await expect(screen.getByText('The data file is damaged and was not opened')).toBeVisible();
  await expect(screen.getByText(/incomplete \(cut short\)/)).toBeVisible();

  await page.getByRole('button', { name: 'Start with an empty database' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.locator('.ant-modal-confirm-title')).toHaveText('Create an empty database?');
  // Cancel first: nothing is created until the user confirms.
  await settledModal(page);
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toHaveCount(0);
  expect(existsSync(dataFile)).toBe(false);

  await page.getByRole('button', { name: 'Start with an empty database' }).click();
  await settledModal(page);
  await page.getByRole('dialog').getByRole('button', { name: 'Create' }).click();
  await expect(page.getByTestId('recovery-screen')).toHaveCount(0);
  // A new, empty file: the operator is asked for, then the first-start welcome (no demo), in the
  // language chosen on the recovery screen.
  await page.getByTestId('operator-name').fill('周文');
  await page.getByTestId('operator-name').press('Enter');
  await expect(
    page.getByTestId('welcome').getByRole('heading', { name: 'Welcome to Xingping' }),
  ).toBeVisible();
  expect(
    queryDb<{ actor: string }>(
      dataFile,
      "SELECT actor FROM audit_log WHERE action = 'recovery-start-empty'",
    ).actor,
  ).toBe('recovery');
  expect(queryDb<{ n: number }>(dataFile, 'SELECT count(*) AS n FROM campaigns').n).toBe(0);
  await expect
    .poll(
      () =>
        queryDb<{ value: string } | undefined>(
          dataFile,
          "SELECT value FROM meta WHERE key = 'preferences.language'",
        )?.value,
    )
    .toBe('en');
  expect(statSync(join(dir, moved[0]!)).size).toBeGreaterThan(0);
});

test('a damaged data file is replaced by a backup chosen on the recovery screen', async ({
  page,
}) => {
  const dataFile = join(dir, 'xingping.sqlite');
  const cli = (args: string[]) => {
    const result = spawnSync(process.execPath, [resolve('bin/xingping.js'), ...args], {
      encoding: 'utf8',
      env: { ...process.env, LANG: 'zh_CN.UTF-8' },
    });
    expect(result.status, result.stderr).toBe(0);
  };
  cli(['init', '--db', dataFile, '--county', '青山县', '--operator', '王芳']);
  cli(['backup', '--db', dataFile]);
  truncateSync(dataFile, Math.floor(statSync(dataFile).size / 2));
  const started = await serve(dataFile);
  child = started.child;
  await page.goto(started.url);

  const backups = page.getByTestId('recovery-backups');
  await expect(backups).toContainText('手动');
  // Not read through by this run of the app yet: the restore checks it first.
  await expect(backups).toContainText('未校验');
  await page.screenshot({ path: test.info().outputPath('recovery-backups.png'), fullPage: true });
  await backups.getByTestId('recovery-restore').click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText('损坏的文件已移到一边');
  // A click while the confirmation still zooms in can miss its button on a busy machine.
  await expect(page.locator('.ant-modal').last()).not.toHaveClass(/-(appear|enter)/);
  await dialog.getByRole('button', { name: /恢\s*复/ }).click();
  await expect(page.getByTestId('recovery-screen')).toHaveCount(0);
  // The backup's data, operator included: no prompt, no welcome screen, the county is there.
  await expect(page.getByTestId('operator-current')).toHaveText('王芳');
  expect(
    queryDb<{ name: string }>(dataFile, "SELECT name FROM org_units WHERE kind = 'county'").name,
  ).toBe('青山县');
  expect(readdirSync(dir).some((name) => name.startsWith('xingping.sqlite.damaged-'))).toBe(true);
});
