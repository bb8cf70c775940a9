import type { XingpingApi } from '../../shared/api';
import { queryDb } from './db';
import { expect, test } from './fixtures';
import { AppShell } from './pages/app-shell';
import { makeRealCounty } from './pages/real-county';

/**
 * Issue #15 points 1–2, as a county office lives it: from an empty file, 青山县 is set up, backed
 * up by hand, then changed; the backup is previewed and restored (the change is gone), and the
 * restore itself is undone (the change is back).
 */
test.use({ start: 'empty' });

const townships = (dbFile: string) =>
  queryDb<{ names: string | null }>(
    dbFile,
    "SELECT group_concat(name, '、') AS names FROM (SELECT name FROM org_units WHERE kind = 'township' ORDER BY name)",
  ).names;

test('a backup made by hand is restored after a change, and the restore is undone', async ({
  page,
  app,
}) => {
  const shell = new AppShell(page, app.url);
  await shell.open();
  await shell.nameOperator('王芳');
  await page.evaluate(makeRealCounty, { campaigns: [], selfScore: false });
  expect(townships(app.dbFile)).toBe('云溪镇');

  await test.step('the Backups page lists the start backup; 立即备份 adds a checked one', async () => {
    await page.getByTestId('nav-backups').click();
    await expect(page.getByRole('heading', { name: '备份与恢复' })).toBeVisible();
    // Beside the database, so on the same disk: the page says so.
    await expect(page.getByTestId('backup-same-disk')).toContainText('同一块磁盘');
    await page.getByTestId('backup-now').click();
    const manual = page.getByTestId('backup-table').getByRole('row', { name: /手动/ });
    await expect(manual).toHaveCount(1);
    await expect(manual).toContainText('王芳');
    await expect(manual).toContainText('已校验');
    await expect(manual).toContainText('0 个批次');
  });

  await page.evaluate(async () => {
    const x = (globalThis as unknown as { xingping: XingpingApi }).xingping;
    const counties = await x.counties.list({});
    if (!counties.ok) throw new Error('counties.list failed');
    const result = await x.branchRegistry.addTownship({
      countyId: counties.data[0]!.id,
      name: '柳塘乡',
      kind: 'township',
    });
    if (!result.ok) throw new Error(JSON.stringify(result.error));
  });
  expect(townships(app.dbFile)).toBe('云溪镇、柳塘乡');

  await test.step('the preview compares the backup with the data now; typing 恢复 restores it', async () => {
    const manual = page.getByTestId('backup-table').getByRole('row', { name: /手动/ });
    await manual.getByTestId('backup-restore').click();
    const dialog = await shell.settled(page.getByRole('dialog', { name: '从备份恢复' }));
    const units = dialog.getByTestId('restore-counts').getByRole('row', { name: /县、乡镇和支部/ });
    // 青山县, 云溪镇, 石门村 in the backup; 柳塘乡 added since.
    await expect(units).toContainText('4');
    await expect(units).toContainText('3');
    const ok = dialog.getByRole('button', { name: /恢\s*复/ });
    await expect(ok).toBeDisabled();
    await dialog.getByTestId('restore-confirm-input').fill('恢复');
    await page.screenshot({ path: test.info().outputPath('restore-preview.png') });
    await expect(ok).toBeEnabled();
    await ok.click();
    await expect(page.getByRole('dialog')).toHaveCount(0);
    await expect(page.getByTestId('restore-done')).toBeVisible();
    expect(townships(app.dbFile)).toBe('云溪镇');
    // The data before the restore is kept as a pinned backup.
    await expect(
      page.getByTestId('backup-table').getByRole('row', { name: /恢复前/ }),
    ).toContainText('已固定');
  });

  const restoreRow = async (row: RegExp) => {
    await page
      .getByTestId('backup-table')
      .getByRole('row', { name: row })
      .first()
      .getByTestId('backup-restore')
      .click();
    return confirmRestore();
  };
  const confirmRestore = async () => {
    const dialog = await shell.settled(page.getByRole('dialog', { name: '从备份恢复' }));
    await dialog.getByTestId('restore-confirm-input').fill('恢复');
    await dialog.getByRole('button', { name: /恢\s*复/ }).click();
    await expect(page.getByRole('dialog')).toHaveCount(0);
    await expect(page.getByTestId('restore-done')).toBeVisible();
  };
  const countyTownships = async () => {
    await shell.openCounties();
    await page.getByRole('link', { name: '青山县' }).click();
    await expect(page.getByText('云溪镇').first()).toBeVisible();
    return page.getByText('柳塘乡');
  };

  await test.step('the county page shows the restored data', async () => {
    await expect(await countyTownships()).toHaveCount(0);
  });

  await test.step('restoring the pinned backup from before the restore undoes it', async () => {
    await page.getByTestId('nav-backups').click();
    await restoreRow(/恢复前/);
    expect(townships(app.dbFile)).toBe('云溪镇、柳塘乡');
    await page.screenshot({ path: test.info().outputPath('backups-page.png'), fullPage: true });
  });

  await test.step('撤销这次恢复 right after a restore undoes it too', async () => {
    await page.getByTestId('restore-undo').click();
    await confirmRestore();
    expect(townships(app.dbFile)).toBe('云溪镇');
    await expect(await countyTownships()).toHaveCount(0);
  });

  await test.step('轮换设置: refused while today is over the total, then saved and shown', async () => {
    await page.getByTestId('nav-backups').click();
    await expect(page.getByTestId('backup-retention')).toContainText('当天保留 3 个');
    await page.getByRole('button', { name: '轮换设置…' }).click();
    const dialog = await shell.settled(page.getByRole('dialog', { name: '备份轮换' }));
    await dialog.getByTestId('retention-today').fill('6');
    await dialog.getByTestId('retention-total').fill('5');
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    await expect(dialog.getByText('当天保留的个数不能多于总数')).toBeVisible();
    await dialog.getByTestId('retention-today').fill('2');
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    await expect(page.getByRole('dialog')).toHaveCount(0);
    await expect(page.getByTestId('backup-retention')).toContainText('当天保留 2 个');
    await expect(page.getByTestId('backup-retention')).toContainText('共 5 个');
    expect(
      queryDb<{ value: string }>(
        app.dbFile,
        "SELECT value FROM meta WHERE key = 'backups.retention'",
      ).value,
    ).toBe(JSON.stringify({ keepToday: 2, keepTotal: 5 }));
  });

  await test.step('校验审计日志 reports the chain intact', async () => {
    await page.getByTestId('audit-check-run').click();
    await expect(page.getByTestId('audit-check-result')).toContainText('审计日志完整');
  });
});
