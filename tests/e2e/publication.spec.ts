import type { Locator, Page } from '@playwright/test';
import Database from 'better-sqlite3';
import type { RubricDefinition } from '../../shared/domain/rubric';
import type { BranchSpec } from '../fixtures/qingshan-county';
import type { CampaignSummary, RankingView } from '../../shared/domain/views';
import { readFileSync } from 'node:fs';
import { documentText } from '../unit/exports/support';
import { png } from '../unit/evidence/files';
import { queryDb } from './db';
import { chooseFiles } from './files';
import { nextWorkbookDownload, readWorkbookDownload } from './pages/export-dialog';
import { expect, test } from './fixtures';
import { decidedAndFrozen, scoredSheet, servedQingshanWithOperator } from './qingshan';

/**
 * Issue #14's procedure after the committee, from an empty file, on screen: the frozen list of
 * 青山县 is published (公示) over the National Day holiday; one objection (金沙村) is registered
 * and handled step by step until it is sent back for re-review (退回复核); the others are named
 * by document (命名) while 金沙村 is held; next year's ranking shows 升星/降星 from the named
 * levels, with no campaign linked.
 */
test.use({ start: 'empty' });

/** A click while a dialog still zooms in can miss its button on a busy machine. */
async function settled(page: Page): Promise<void> {
  await expect(page.locator('.ant-modal').last()).not.toHaveClass(/-(appear|enter)/);
}

async function takeStep(page: Page, row: Locator, step: string, fill?: () => Promise<void>) {
  await row.getByRole('button', { name: step, exact: true }).click();
  const dialog = page.getByRole('dialog', { name: `${step}：金沙村` });
  await settled(page);
  await fill?.();
  await dialog.getByRole('button', { name: step, exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText(`已记录：${step}。`)).toBeVisible();
}

test('公示 over the holiday, an objection sent back, the others named, next year’s 升星 and 降星', async ({
  page,
  app,
}) => {
  test.setTimeout(300_000);
  const { call, county } = await servedQingshanWithOperator(page, app);
  // 石门村 (veto lifted) and 柳塘村 (unfinished) get their levels from the committee; the rest pass
  // as ranked: 三星 and 二星 are named by the county, 四星 and 五星 go up to the city.
  await decidedAndFrozen(call, county, { 石门村: 2, 柳塘村: 3 });
  const origin = new URL(app.url).origin;

  await page.goto(app.url);
  await expect(page.getByRole('heading', { name: '评定批次' })).toBeVisible();
  await page.goto(`${origin}/#/campaigns/${county.campaignId}/publication`);

  await test.step('公示: five working days from 2025-09-29 skip the National Day holiday', async () => {
    const form = page.getByTestId('notice-form');
    await expect(form).toBeVisible();
    await form.getByLabel('公示开始日期').fill('2025-09-29');
    await form.getByLabel('联系电话').fill('0578-6123456');
    await form.getByLabel('来信地址').fill('青山县委组织部干部科');
    await expect(page.getByTestId('notice-period')).toContainText(
      '公示期 2025-09-29 至 2025-10-11，共 5 个工作日',
    );
    await expect(page.getByTestId('notice-period')).toContainText('8 天');
    await page.getByRole('button', { name: '发布公示' }).click();
    await expect(page.getByText('公示已发布：2025-09-29 至 2025-10-11。')).toBeVisible();
    const notice = page.getByTestId('notice');
    await expect(notice.getByTestId('notice-period-text')).toHaveText(
      '公示期 2025-09-29 至 2025-10-11，共 5 个工作日',
    );
    await expect(notice.getByTestId('notice-state')).toHaveText('公示期已满');
    const entries = notice.getByTestId('notice-entries');
    for (const name of ['青山村', '柳塘村', '桃源村', '石门村', '金沙村'])
      await expect(entries.getByRole('cell', { name, exact: true })).toBeVisible();
    await expect(entries.locator('tr', { hasText: '石门村' })).toContainText('二星');
  });

  await test.step('异议: registered, accepted, investigated, partly true, sent back', async () => {
    await page.getByRole('button', { name: '登记异议' }).click();
    const dialog = page.getByRole('dialog', { name: '登记异议' });
    await settled(page);
    await dialog.getByLabel('被反映党组织').click();
    await page.locator('.ant-select-item-option', { hasText: '金沙村' }).click();
    await dialog.getByLabel('收到时间').fill('2025-10-09T10:30');
    await dialog.getByLabel('单位名称或姓名').fill('金某');
    await dialog.getByLabel('联系方式').fill('13905780000');
    await dialog.getByLabel('反映内容').fill('该村党员活动室长期挪作他用，“三会一课”记录系补记。');
    await dialog.getByRole('button', { name: '登记异议' }).click();
    await expect(dialog).toBeHidden();
    const row = page.getByTestId('objections').locator('tr', { hasText: '金沙村' });
    await expect(row.getByTestId('objection-stage')).toHaveText('待受理');
    await expect(row).toContainText('办理中，暂缓命名');

    // The letter's photo, attached to the objection (checked as evidence is).
    await row.getByRole('button', { name: /展开行|Expand row/ }).click();
    const files = page.getByTestId('objection-files');
    await chooseFiles(page, files.getByTestId('objection-attach'), {
      name: '来信照片.png',
      mimeType: 'image/png',
      buffer: png(),
    });
    await expect(files.getByRole('button', { name: '来信照片.png' })).toBeVisible();
    expect(queryDb<{ n: number }>(app.dbFile, 'SELECT count(*) AS n FROM objection_files').n).toBe(
      1,
    );

    await takeStep(page, row, '受理');
    await takeStep(page, row, '调查核实', async () => {
      const dialog = page.getByRole('dialog', { name: '调查核实：金沙村' });
      await dialog.getByLabel('调查核实责任人').fill('组织科 周敏');
      await dialog.getByLabel('办结期限').fill('2025-10-15');
    });
    await takeStep(page, row, '核实结论', async () => {
      await page.getByRole('dialog', { name: '核实结论：金沙村' }).getByLabel('部分属实').check();
    });
    await takeStep(page, row, '处理', async () => {
      await page.getByRole('dialog', { name: '处理：金沙村' }).getByLabel('退回复核').check();
    });
    await expect(row.getByTestId('objection-stage')).toHaveText('已处理');
    await expect(row).toContainText('退回复核，暂缓命名');
    await expect(page.getByTestId('objections')).toContainText('新建“复核会”');
  });

  await test.step('命名: the others by 青组发〔2025〕12号, 金沙村 held', async () => {
    const naming = page.getByTestId('naming');
    await naming.getByLabel('命名文号').fill('青组发〔2025〕12号');
    await naming.getByLabel('命名日期').fill('2025-10-20');
    const plan = naming.getByTestId('naming-plan');
    await expect(plan.getByTestId('naming-held')).toHaveText('金沙村 · 退回复核');
    await expect(plan).toContainText('县级命名 3 个');
    for (const name of ['柳塘村', '桃源村', '石门村'])
      await expect(plan.getByTestId('naming-county').getByText(name)).toBeVisible();
    for (const name of ['青山村', '龙泉村'])
      await expect(plan.getByTestId('naming-city').getByText(name)).toBeVisible();
    // The picture in docs/publication.md: taken once the step messages have gone.
    await expect(page.locator('.ant-message-notice')).toHaveCount(0);
    await page.screenshot({ path: test.info().outputPath('publication.png'), fullPage: true });
    await naming.getByTestId('naming-open').click();
    const confirm = page.getByRole('dialog', { name: '确认命名' });
    await settled(page);
    await expect(confirm).toContainText('将以 青组发〔2025〕12号 命名 3 个党组织');
    await confirm.getByRole('button', { name: '命名', exact: true }).click();
    await expect(page.getByText('已命名 3 个党组织（青组发〔2025〕12号）。')).toBeVisible();
    await expect(naming.getByTestId('naming-history')).toContainText(
      '青组发〔2025〕12号，2025-10-20：县级命名 3 个，报市级 4 个',
    );
    const named = queryDb<{ names: string }>(
      app.dbFile,
      `SELECT group_concat(u.name || h.level, ',') AS names FROM
         (SELECT * FROM star_history ORDER BY level DESC, branch_id) h
         JOIN org_units u ON u.id = h.branch_id`,
    ).names.split(',');
    expect(named.sort()).toEqual(['柳塘村3', '桃源村3', '石门村2']);

    // The documents: the notice (Word) and the naming's 授牌 list (Excel), each with its
    // signature, read back.
    const word = page.waitForEvent('download', (d) => d.suggestedFilename().endsWith('.docx'));
    const wordSignature = page.waitForEvent('download', (d) =>
      d.suggestedFilename().endsWith('.docx.xpsig'),
    );
    await page.getByTestId('notice-document').click();
    const noticeText = documentText(readFileSync(await (await word).path()));
    expect(noticeText).toContain('2025年9月29日至2025年10月11日，共 5 个工作日');
    expect(noticeText).toContain('联系电话：0578-6123456');
    expect((await wordSignature).suggestedFilename()).toMatch(/公示.*\.docx\.xpsig$/);
    const plaques = nextWorkbookDownload(page);
    await naming.getByTestId('naming-file-plaques').click();
    const { workbook } = await readWorkbookDownload(await plaques);
    const plaqueText = JSON.stringify(workbook.worksheets[0]!.getSheetValues());
    for (const name of ['柳塘村', '桃源村', '石门村']) expect(plaqueText).toContain(name);
    expect(plaqueText).not.toContain('青山村');
    expect(plaqueText).toContain('二星党组织（2025年度）');

    // The branch's star history (星级档案) on its page.
    await page.goto(`${origin}/#/campaigns/${county.campaignId}/branches`);
    await page.getByTestId('branch-tree').getByText('石门村', { exact: true }).click();
    const timeline = page.getByTestId('branch-details').getByTestId('star-timeline');
    await expect(timeline).toContainText('2025 年 二星');
    await expect(timeline).toContainText('首次命名');
    await expect(timeline).toContainText('依据 青组发〔2025〕12号，2025-10-20');
  });

  await test.step('next year: 升星 and 降星 from the named levels, no campaign linked', async () => {
    const lastYear = (await call<CampaignSummary[]>('campaigns.list', {})).find(
      (c) => c.id === county.campaignId,
    )!;
    const next = await call<CampaignSummary>('campaigns.create', {
      name: '青山县2026年度农村“五星”支部评定',
      year: 2026,
      rubricVersionId: county.rubricVersionId,
      countyId: lastYear.countyId,
    });
    const [round] = await call<{ id: string }[]>('rounds.list', { campaignId: next.id });
    const evaluator = await call<{ id: string }>('evaluators.create', {
      campaignId: next.id,
      name: '王明',
      role: '县委组织部考核组',
      unitId: null,
    });
    const db = new Database(app.dbFile, { readonly: true });
    const townships = db.prepare(`SELECT id FROM org_units WHERE kind = 'township'`).all() as {
      id: string;
    }[];
    db.close();
    for (const t of townships)
      await call('assignments.assignTownship', {
        roundId: round!.id,
        evaluatorId: evaluator.id,
        townshipId: t.id,
      });
    const { definition } = await call<{ definition: RubricDefinition }>('rubrics.get', {
      id: county.rubricVersionId,
    });
    const sheet = (name: string, stars: BranchSpec['stars']) =>
      scoredSheet(call, {
        roundId: round!.id,
        evaluatorId: evaluator.id,
        branchId: county.branches.get(name)!,
        definition,
        spec: { name, stars, seed: 21, satisfaction: 9600 },
      });
    await sheet('石门村', [1, 1, 1, 1, 1]);
    await sheet('桃源村', [1, 1, 0, 0, 0]);
    const ranking = await call<RankingView>('ranking.compute', { campaignId: next.id });
    const level = (name: string) =>
      ranking.rows.find((r) => r.branchId === county.branches.get(name))!.level!;
    expect(level('石门村')).toBeGreaterThan(2);
    expect(level('桃源村')).toBeLessThan(3);
    expect(level('桃源村')).toBeGreaterThan(0);

    await page.goto(`${origin}/#/campaigns/${next.id}/ranking`);
    const table = page.getByTestId('ranking-table');
    await expect(table).toBeVisible();
    await expect(page.getByText('上年/变化')).toBeVisible();
    const previous = (name: string) =>
      table
        .locator(`[role="row"][data-branch-id="${county.branches.get(name)}"]`)
        .locator('[data-col="previous"]');
    await expect(previous('石门村')).toContainText('二星');
    await expect(previous('石门村')).toContainText('升星');
    await expect(previous('桃源村')).toContainText('三星');
    await expect(previous('桃源村')).toContainText('降星');
    // 金沙村 was held back, and 青山村 went up to the city: nothing named by the county.
    await expect(previous('金沙村')).not.toContainText('星');
  });
});

test('the county’s own holiday moves the notice’s end day; back to the shipped calendar', async ({
  page,
  app,
}) => {
  test.setTimeout(180_000);
  const { call, county } = await servedQingshanWithOperator(page, app);
  await decidedAndFrozen(call, county, { 石门村: 2, 柳塘村: 3 });
  await page.goto(app.url);
  await expect(page.getByRole('heading', { name: '评定批次' })).toBeVisible();
  await page.goto(`${new URL(app.url).origin}/#/campaigns/${county.campaignId}/publication`);
  const form = page.getByTestId('notice-form');
  await form.getByLabel('公示开始日期').fill('2025-10-09');
  const period = page.getByTestId('notice-period');
  await expect(period).toContainText('公示期 2025-10-09 至 2025-10-14');

  // 县庆 on Monday 2025-10-13, a local day off entered in the county's calendar.
  await page.getByRole('button', { name: '本县设置' }).click();
  const editor = page.getByTestId('calendar-editor');
  await expect(editor).toContainText('现在使用内置日历');
  const year2025 = editor.locator('.ant-card', { hasText: '2025 年' });
  await year2025.getByRole('button', { name: '添加假期' }).click();
  const row = year2025.getByTestId('holiday-row').last();
  await row.getByPlaceholder('名称').fill('县庆');
  await row.getByLabel('开始').fill('2025-10-13');
  await row.getByLabel('结束').fill('2025-10-13');
  await editor.getByRole('button', { name: '保存' }).click();
  await expect(page.getByText('设置已保存。')).toBeVisible();
  await expect(editor).toContainText('本县使用修改过的日历');
  await page.keyboard.press('Escape');
  await expect(period).toContainText('公示期 2025-10-09 至 2025-10-15');
  const stored = queryDb<{ value: string }>(
    app.dbFile,
    `SELECT value FROM publication_settings WHERE key = 'calendar'`,
  );
  expect(stored.value).toContain('县庆');

  await page.getByRole('button', { name: '本县设置' }).click();
  await page.getByTestId('calendar-editor').getByRole('button', { name: '恢复内置日历' }).click();
  await expect(page.getByTestId('calendar-editor')).toContainText('现在使用内置日历');

  // The county names 四星 itself from now on, and lets a branch rise two levels a year.
  await page.getByRole('tab', { name: '命名权限与星级规则' }).click();
  const naming = page.getByTestId('naming-settings');
  await naming.getByLabel('四星').check();
  await naming.getByLabel('每年最多升').fill('2');
  await naming.getByRole('button', { name: '保存' }).click();
  await expect(page.getByText('设置已保存。').last()).toBeVisible();
  const settings = await call<{ authority: { countyLevels: number[] }; starRules: unknown }>(
    'publication.namingSettings',
    { countyId: (await call<CampaignSummary[]>('campaigns.list', {}))[0]!.countyId },
  );
  expect(settings.authority.countyLevels).toEqual([1, 2, 3, 4]);
  expect(settings.starRules).toEqual({ maxStepUp: 2, vetoWithdraws: true, newBranchYears: 1 });
  await page.keyboard.press('Escape');
  await expect(period).toContainText('公示期 2025-10-09 至 2025-10-14');
});
