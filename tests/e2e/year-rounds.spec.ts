import ExcelJS from 'exceljs';
import Database from 'better-sqlite3';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import type { RubricDefinition, RubricItem } from '../../shared/domain/rubric';
import { queryDb } from './db';
import { bridgeCall as api } from './bridge';
import { expect, test } from './fixtures';
import { paste } from './clipboard';
import { chooseFiles } from './files';
import { bulkSubmit } from './pages/bulk-submit';
import { nextWorkbookDownload } from './pages/export-dialog';
import { AppShell } from './pages/app-shell';
import { WelcomePage } from './pages/welcome-page';
import { pick } from './rounds';
import { answerPopconfirm } from './pages/overlays';

/**
 * The year of a county that is not the demo, from an empty database: 青山县 with 云溪镇 (石门村,
 * 桃花村) and 青石乡 (柳溪村, 杏林村); a self round, a township round and the deciding county
 * round; scores through fill-in workbooks, the grid and the score sheet; drafts submitted in
 * bulk; the ranking; the statistics workbook read back and compared with the ranking screen.
 */
test.use({ start: 'empty' });

const DEMO_NAMES = ['示例县', '柳林镇', '王店乡', '石桥镇', '城关街道'];
const BRANCHES = [
  { township: '云溪镇', name: '石门村', ratio: 1 },
  { township: '云溪镇', name: '桃花村', ratio: 0.85 },
  { township: '青石乡', name: '柳溪村', ratio: 0.7 },
  { township: '青石乡', name: '杏林村', ratio: 0.5 },
];

function rows<T>(dbFile: string, sql: string, ...params: unknown[]): T[] {
  const db = new Database(dbFile, { readonly: true, fileMustExist: true });
  try {
    return db.prepare(sql).all(...params) as T[];
  } finally {
    db.close();
  }
}

/** A value for an item at a branch's level of quality (1 = full marks), as a person types it. */
function typed(item: RubricItem, ratio: number, kind: 'grid' | 'workbook'): string {
  const step = item.step ?? 50;
  switch (item.type) {
    case 'points':
    case 'bonus':
      return String((Math.floor((item.max * ratio) / step) * step) / 100);
    case 'deduction':
      return String(ratio >= 0.9 ? 0 : ratio >= 0.7 ? 1 : 3);
    case 'choice': {
      const options = item.options ?? [];
      const at = ratio >= 0.9 ? 0 : ratio >= 0.7 ? 1 : options.length - 1;
      return options[Math.min(at, options.length - 1)]!.label;
    }
    case 'check':
      if (kind === 'grid') return ratio >= 0.7 ? '达到' : '未达到';
      return ratio >= 0.7 ? '是' : '否';
    default:
      return '';
  }
}

/** One grid row as Excel would copy it: every column, veto columns (read-only there) empty. */
function gridRow(items: RubricItem[], ratio: number, leaveOut?: string): string {
  return items
    .map((item) =>
      item.type === 'veto' || item.code === leaveOut ? '' : typed(item, ratio, 'grid'),
    )
    .join('\t');
}

async function openGrid(
  page: Page,
  origin: string,
  campaignId: string,
  round: string,
  who: string,
) {
  await page.goto(`${origin}/#/campaigns/${campaignId}/grid`);
  await pick(page, 'grid-round', round);
  await pick(page, 'grid-evaluator', who);
  await expect(page.getByTestId('grid')).toBeVisible();
}

test('青山县 runs its year from an empty file: rounds, three ways of scoring, bulk submit, ranking and statistics', async ({
  page,
  app,
}) => {
  test.setTimeout(420_000);
  const origin = new URL(app.url).origin;
  // An empty file: the operator is named, then the county is made (the welcome screen's own
  // path is covered by county-year.spec.ts; here the year's rounds are the subject).
  const shell = new AppShell(page, app.url);
  await shell.open();
  await shell.nameOperator('李明');
  await new WelcomePage(shell).expectShown();
  expect(queryDb<{ n: number }>(app.dbFile, 'SELECT count(*) AS n FROM org_units').n).toBe(0);
  const countyId = (await api<{ id: string }>(page, 'counties.create', { name: '青山县' })).id;
  const rubric = await api<{ id: string }>(page, 'rubrics.createFromTemplate', {
    templateId: 'rural-five-star',
    name: '青山县农村“五星”支部评定细则(2025)',
  });
  const campaign = await api<{ id: string }>(page, 'campaigns.create', {
    name: '青山县2025年度农村“五星”支部评定',
    year: 2025,
    rubricVersionId: rubric.id,
    countyId,
  });
  const campaignId = campaign.id;
  for (const township of ['云溪镇', '青石乡'])
    await api(page, 'branchRegistry.addTownship', { campaignId, name: township, kind: 'township' });
  const townshipId = (name: string) =>
    queryDb<{ id: string }>(app.dbFile, 'SELECT id FROM org_units WHERE name = ?', name).id;
  for (const b of BRANCHES)
    await api(page, 'branchRegistry.addBranch', {
      campaignId,
      townshipId: townshipId(b.township),
      name: b.name,
      branchType: 'rural',
    });
  const definition = JSON.parse(
    queryDb<{ definition: string }>(
      app.dbFile,
      'SELECT definition FROM rubric_versions WHERE id = ?',
      rubric.id,
    ).definition,
  ) as RubricDefinition;
  const items = definition.dimensions.flatMap((d) => d.indicators.flatMap((i) => i.items));

  // Rounds: the campaign came with its county review; a self round and a township round are
  // added on the evaluators screen and put before it (keyboard), in the order of the year.
  await page.goto(`${origin}/#/campaigns/${campaignId}/evaluators`);
  for (const [kind, name] of [
    ['自评', '支部自评'],
    ['乡镇初评', '乡镇初评'],
  ]) {
    await page.getByTestId('add-round').click();
    await pick(page, 'round-kind', kind!);
    await page.getByTestId('round-name').fill(name!);
    await page.getByRole('dialog').getByRole('button', { name: '保存' }).click();
    await expect(page.getByTestId('round-table')).toContainText(name!);
  }
  const roundId = (name: string) =>
    queryDb<{ id: string }>(app.dbFile, 'SELECT id FROM rounds WHERE name = ?', name).id;
  const [self, town, county] = [roundId('支部自评'), roundId('乡镇初评'), roundId('县级审核')];
  const order = () =>
    rows<{ name: string }>(
      app.dbFile,
      'SELECT name FROM rounds WHERE campaign_id = ? ORDER BY seq',
      campaignId,
    ).map((r) => r.name);
  const tableRows = page.getByTestId('round-table').locator('tbody tr.ant-table-row');
  // Keyboard only: Enter on 下移, twice; each move lands before the next, the focus staying on
  // the moved round's button.
  await page.getByTestId(`round-down-${county}`).focus();
  await page.keyboard.press('Enter');
  await expect.poll(order).toEqual(['支部自评', '县级审核', '乡镇初评']);
  await expect(tableRows.nth(1)).toContainText('县级审核');
  await expect(page.getByTestId(`round-down-${county}`)).toBeFocused();
  await expect(page.getByTestId(`round-down-${county}`)).toBeEnabled();
  await page.keyboard.press('Enter');
  await expect.poll(order).toEqual(['支部自评', '乡镇初评', '县级审核']);
  await expect(tableRows.nth(2)).toContainText('县级审核');

  // Evaluators: two county reviewers and 云溪镇's own organiser.
  for (const [name, unit] of [
    ['周县评', countyId],
    ['吴县评', countyId],
    ['郑镇干', townshipId('云溪镇')],
  ])
    await api(page, 'evaluators.create', { campaignId, name, role: '', unitId: unit });
  const evaluatorId = (name: string) =>
    queryDb<{ id: string }>(app.dbFile, 'SELECT id FROM evaluators WHERE name = ?', name).id;
  // In the township round 郑镇干 scores his own township: expected, so nothing is flagged.
  const preview = await api<{ conflicts: unknown[] }>(page, 'rounds.previewAssignment', {
    roundId: town,
    evaluatorId: evaluatorId('郑镇干'),
    townshipId: townshipId('云溪镇'),
  });
  expect(preview.conflicts).toEqual([]);
  await api(page, 'assignments.assignTownship', {
    roundId: town,
    evaluatorId: evaluatorId('郑镇干'),
    townshipId: townshipId('云溪镇'),
  });
  // In the county round the same person would be a conflict of interest.
  const countyPreview = await api<{ conflicts: unknown[] }>(page, 'rounds.previewAssignment', {
    roundId: county,
    evaluatorId: evaluatorId('郑镇干'),
    townshipId: townshipId('云溪镇'),
  });
  expect(countyPreview.conflicts).toHaveLength(2);
  for (const person of ['周县评', '吴县评'])
    for (const township of ['云溪镇', '青石乡'])
      await api(page, 'assignments.assignTownship', {
        roundId: county,
        evaluatorId: evaluatorId(person),
        townshipId: townshipId(township),
      });

  // 1. Self-assessment through fill-in workbooks: exported for the self round, filled in as the
  //    branches would, imported; then submitted in bulk from the progress screen.
  await page.goto(`${origin}/#/campaigns/${campaignId}/exchange`);
  const card = page.getByTestId('score-template-card');
  await card.getByRole('button', { name: '导出评分模板' }).click();
  const exportDialog = page.getByRole('dialog', { name: '导出评分模板' });
  await exportDialog.getByLabel('评定轮次').click();
  await page.locator('.ant-select-item-option', { hasText: '支部自评' }).click();
  const downloading = page.waitForEvent('download');
  await exportDialog.getByRole('button', { name: '导出' }).click();
  const download = await downloading;
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(readFileSync(await download.path()) as unknown as ArrayBuffer);
  const byId = new Map(
    rows<{ id: string; name: string }>(
      app.dbFile,
      "SELECT id, name FROM org_units WHERE kind = 'branch'",
    ).map((b) => [b.id, b.name]),
  );
  for (const ws of workbook.worksheets.filter(
    (s) => s.state === 'visible' && s.name !== '填写说明',
  )) {
    const branch = BRANCHES.find((b) => b.name === byId.get(ws.getCell(1, 1).text))!;
    for (let r = 1; r <= ws.actualRowCount; r += 1) {
      const item = items.find((i) => i.code === ws.getCell(r, 1).text);
      if (!item || item.type === 'veto') continue;
      const text = typed(item, branch.ratio, 'workbook');
      ws.getCell(r, 7).value = /^[\d.]+$/.test(text) ? Number(text) : text;
    }
  }
  await card.getByRole('button', { name: '导入已填评分表' }).click();
  const importDialog = page.getByRole('dialog', { name: '导入已填评分表' });
  await chooseFiles(page, importDialog.getByTestId('file-choose'), {
    name: '青山县-支部自评.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: Buffer.from(await workbook.xlsx.writeBuffer()),
  });
  await expect(importDialog.getByTestId('template-apply')).toBeEnabled();
  await importDialog.getByTestId('template-apply').click();
  const confirmSave = page.getByRole('dialog', { name: '确认保存导入的分数？' });
  await expect(confirmSave).toBeVisible();
  // A click while the confirm still zooms in can miss its button on a busy machine.
  await expect(page.locator('.ant-modal').last()).not.toHaveClass(/-(appear|enter)/);
  await confirmSave.getByRole('button', { name: /保存/ }).click();
  await expect(importDialog.getByTestId('template-applied')).toBeVisible();
  await importDialog.getByRole('button', { name: '关闭' }).last().click();

  await page.goto(`${origin}/#/campaigns/${campaignId}/progress`);
  await pick(page, 'progress-round', '支部自评');
  await bulkSubmit(page, 4);
  expect(
    queryDb<{ n: number }>(
      app.dbFile,
      "SELECT count(*) AS n FROM score_sheets WHERE round_id = ? AND status = 'submitted' AND evaluator_id IS NULL",
      self,
    ).n,
  ).toBe(4);

  // 2. The township round through the grid: 郑镇干 is its only scorer, 自评 is no choice there.
  await openGrid(page, origin, campaignId, '乡镇初评', '郑镇干');
  await page.getByTestId('grid-evaluator').click();
  await expect(page.locator('.ant-select-dropdown:visible .ant-select-item-option')).toHaveText([
    '郑镇干',
  ]);
  await page.keyboard.press('Escape');
  await page.locator('#xp-grid-cell-0-0').click();
  await paste(page, `${gridRow(items, 0.95)}\r\n${gridRow(items, 0.8)}\r\n`);
  await expect(page.getByTestId('grid-save-state')).toHaveText('已保存');
  await bulkSubmit(page, 2);

  // 3. The county round: 周县评 through the grid, all four, submitted in bulk.
  await openGrid(page, origin, campaignId, '县级审核', '周县评');
  await page.locator('#xp-grid-cell-0-0').click();
  await paste(page, BRANCHES.map((b) => gridRow(items, b.ratio)).join('\r\n'));
  await expect(page.getByTestId('grid-save-state')).toHaveText('已保存');
  await bulkSubmit(page, 4);

  //    吴县评 through the grid too, but 杏林村's last points item is left empty: the one
  //    confirmation names it, and the three complete sheets are submitted.
  const last = [...items].reverse().find((i) => i.type === 'points')!;
  await openGrid(page, origin, campaignId, '县级审核', '吴县评');
  await page.locator('#xp-grid-cell-0-0').click();
  await paste(
    page,
    BRANCHES.map((b) => gridRow(items, b.ratio, b.name === '杏林村' ? last.code : undefined)).join(
      '\r\n',
    ),
  );
  await expect(page.getByTestId('grid-save-state')).toHaveText('已保存');
  await bulkSubmit(page, 3, ['杏林村', last.code]);

  // The ranking names whose sheet 杏林村 still waits for.
  await page.goto(`${origin}/#/campaigns/${campaignId}/ranking`);
  const table = page.getByTestId('ranking-table');
  const xinglin = table.getByRole('row', { name: /杏林村/ });
  await expect(xinglin).toContainText('不完整');
  await expect(xinglin.getByTestId('outstanding')).toHaveText('吴县评');
  await expect(xinglin.getByTestId('outstanding')).toHaveAttribute('title', '待提交:吴县评');

  // 4. The score sheet: from 杏林村 in the registry, 打分 in the county round as 吴县评 (the
  //    round's scorers only, never 自评), the missing value typed and the sheet submitted.
  await page.goto(`${origin}/#/campaigns/${campaignId}/branches`);
  await page.getByRole('tree').getByText('杏林村', { exact: true }).click();
  await page.getByTestId('score-evaluator').click();
  await expect(page.locator('.ant-select-dropdown:visible .ant-select-item-option')).toHaveText([
    '吴县评',
    '周县评',
  ]);
  await page
    .locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: '吴县评' })
    .click();
  await page.getByTestId('score-branch').click();
  await expect(page.getByTestId('score-sheet')).toContainText('评分人:吴县评');
  await page
    .getByTestId(`item-${last.code}`)
    .getByRole('spinbutton')
    .fill(typed(last, 0.5, 'grid'));
  await page.keyboard.press('Control+s');
  await expect(page.getByTestId('save-state')).toContainText('已保存');
  await expect(page.getByTestId('preview-missing')).toHaveText('0');
  await page.getByTestId('submit').click();
  await answerPopconfirm(page, '提交');
  await expect(page.getByTestId('sheet-status')).toHaveText('已提交');

  // The ranking: every branch rated; what the screen shows is what is counted below.
  await page.goto(`${origin}/#/campaigns/${campaignId}/ranking`);
  await expect(table.getByRole('row')).toHaveCount(BRANCHES.length + 1);
  await expect(table).not.toContainText('不完整');
  const screen: { township: string; level: string }[] = [];
  for (const b of BRANCHES) {
    const row = table.getByRole('row', { name: new RegExp(b.name) });
    const level =
      (await row.locator('.xp-rank-level .ant-tag').first().textContent())?.trim() ?? '';
    screen.push({ township: b.township, level });
  }
  expect(screen.every((s) => s.level !== '')).toBe(true);
  await page.screenshot({ path: 'test-results/county-year-ranking-zh.png' });
  const body = (await page.locator('body').textContent()) ?? '';
  for (const name of DEMO_NAMES) expect(body).not.toContain(name);

  // 5. The export: the statistics sheet read back matches the ranking screen.
  await page.goto(`${origin}/#/campaigns/${campaignId}/exchange`);
  await page.getByRole('button', { name: '导出 Excel…' }).click();
  const dialog = page.getByRole('dialog', { name: '导出上报表格' });
  await expect(dialog.getByLabel('填报单位')).toHaveValue(/青山县/);
  const exported = nextWorkbookDownload(page);
  await dialog.getByRole('button', { name: '生成并下载' }).click();
  const file = await exported;
  const dir = mkdtempSync(join(tmpdir(), 'xingping-county-year-'));
  try {
    const path = join(dir, 'export.xlsx');
    await file.saveAs(path);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(path);
    const everything = book.worksheets
      .flatMap((ws) => ws.getSheetValues().flat())
      .filter((v): v is string => typeof v === 'string')
      .join('\n');
    for (const name of DEMO_NAMES) expect(everything).not.toContain(name);
    expect(everything).toContain('青山县2025年度农村“五星”支部评定');

    const stats = book.getWorksheet('统计表')!;
    // The header rows: the group row names each level, the row below says 计划 / 实际.
    let sub = 0;
    for (let r = 1; r <= 10 && sub === 0; r += 1)
      for (let c = 1; c <= stats.columnCount; c += 1)
        if (stats.getCell(r, c).text === '实际') sub = r;
    expect(sub).toBeGreaterThan(0);
    const actualColumn = (label: string): number => {
      for (let c = 1; c <= stats.columnCount; c += 1)
        if (stats.getCell(sub, c).text === '实际' && stats.getCell(sub - 1, c).text === label)
          return c;
      return -1;
    };
    const townshipRow = (name: string): number => {
      for (let r = sub + 1; r <= sub + 10; r += 1) if (stats.getCell(r, 2).text === name) return r;
      return -1;
    };
    for (const township of ['云溪镇', '青石乡']) {
      const r = townshipRow(township);
      expect(r, township).toBeGreaterThan(0);
      expect(Number(stats.getCell(r, 3).value)).toBe(2);
      const levels = new Set(screen.filter((s) => s.township === township).map((s) => s.level));
      for (const level of levels) {
        const c = actualColumn(level);
        expect(c, `${township} ${level}`).toBeGreaterThan(0);
        expect(Number(stats.getCell(r, c).value), `${township} ${level}`).toBe(
          screen.filter((s) => s.township === township && s.level === level).length,
        );
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
