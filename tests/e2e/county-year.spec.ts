import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { queryDb } from './db';
import { expect, test } from './fixtures';
import { AppShell } from './pages/app-shell';
import { CountyPage } from './pages/county-page';
import {
  expectNoDemoNames,
  expectNoDemoNamesOnScreen,
  sheetText,
  workbookText,
} from './pages/demo-names';
import { ExportDialog } from './pages/export-dialog';
import { writeQingshanList } from './pages/qingshan-list';
import { RubricLibrary } from './pages/rubric-library';
import { WelcomePage } from './pages/welcome-page';

/**
 * Issue #11, "done when": a county office starts its own year from an empty data file, with
 * nothing of the demo anywhere it goes: the county, a messy branch list, a campaign for part of
 * its townships, exports. Each step is one readable block. The rest of the year (self, township
 * and county rounds, scoring by sheet, grid and workbook, bulk submission, ranking against the
 * statistics sheet) runs from another empty file in year-rounds.spec.ts.
 */
test.use({ start: 'empty' });

const QINGSHAN = {
  name: '青山县',
  code: '411421',
  department: '中共青山县委组织部',
};
const CAMPAIGN = '青山县2026年度农村“五星”支部评定';
const OPERATOR = '王芳';

test('a county starts its own year from an empty file, with no demo name anywhere', async ({
  page,
  app,
}) => {
  const shell = new AppShell(page, app.url);
  const county = new CountyPage(shell);
  const dir = mkdtempSync(join(tmpdir(), 'xingping-qingshan-'));
  try {
    await test.step('the first start asks who is working, then offers the county or the demo', async () => {
      await shell.open();
      await shell.nameOperator(OPERATOR);
      const welcome = new WelcomePage(shell);
      await welcome.expectShown();
      // Nothing was seeded behind the user's back.
      expect(queryDb<{ n: number }>(app.dbFile, 'SELECT count(*) AS n FROM org_units').n).toBe(0);
      await welcome.setUpCounty(QINGSHAN);
      await county.expectShown(QINGSHAN.name, QINGSHAN.department);
      expect(
        queryDb(
          app.dbFile,
          "SELECT name, admin_code, department, is_demo FROM org_units WHERE kind = 'county'",
        ),
      ).toEqual({
        ...{ name: QINGSHAN.name, admin_code: QINGSHAN.code },
        department: QINGSHAN.department,
        is_demo: 0,
      });
      await expectNoDemoNamesOnScreen(page, 'the county page');
    });

    await test.step('a township and a branch are added by hand, before any campaign', async () => {
      await county.addTownship('云溪镇');
      await county.addBranchHere('桃源村党支部');
      await expect(county.tree.getByText('桃源村党支部')).toBeVisible();
    });

    await test.step('the messy branch list is imported into the county', async () => {
      const file = join(dir, '青山县支部名册.xlsx');
      await writeQingshanList(file);
      const wizard = await county.openImport();
      await wizard.chooseFile(file);
      await wizard.expectHeaderRow(3);
      await wizard.toPreview();
      // 13 organisations, one listed twice (石门村党支部 / 石门村) and one already in the
      // registry under another spelling (桃源村 / 桃源村党支部): each shown as a possible
      // duplicate, neither created twice.
      await expect(
        wizard.root.getByText(/新增 12 个.*无变化 1 个.*重复 1 行.*错误 0 行.*乡镇\(街道\)3 个/),
      ).toBeVisible();
      await expect(wizard.root.getByTestId('branch-import-similar')).toContainText('有 2 行');
      const duplicates = wizard.preview.getByTestId('possible-duplicate');
      await expect(duplicates).toHaveCount(2);
      await expect(duplicates.first()).toContainText('桃源村党支部');
      await expect(duplicates.last()).toContainText('石门村党支部');
      await expectNoDemoNamesOnScreen(page, 'the import preview');
      await wizard.applyAndConfirm();
      await expect(wizard.root.getByTestId('branch-import-result')).toContainText('新增支部 12 个');
      await wizard.close();
      await expect(county.tree.getByText('龙潭村', { exact: true })).toBeVisible();
      await expect(county.tree.getByText('石门村', { exact: true })).toHaveCount(0);
      expect(
        queryDb<{ n: number }>(
          app.dbFile,
          "SELECT count(*) AS n FROM org_units WHERE kind = 'branch'",
        ).n,
      ).toBe(13);
      // Every change was recorded under the operator's name.
      expect(
        queryDb(app.dbFile, 'SELECT group_concat(DISTINCT actor) AS actors FROM audit_log'),
      ).toEqual({
        actors: OPERATOR,
      });
    });

    await test.step('a rubric is made from the rural five-star template', async () => {
      await new RubricLibrary(shell).createFromTemplate('rural-five-star');
      await expectNoDemoNamesOnScreen(page, 'the rubric editor');
      await shell.openRubricLibrary();
      await expectNoDemoNamesOnScreen(page, 'the rubric library');
    });

    await test.step('the campaign is created for three of the four townships', async () => {
      await shell.openCounties();
      await expectNoDemoNamesOnScreen(page, 'the county list');
      await county.openFromList(QINGSHAN.name);
      const dialog = await county.openNewCampaign();
      // The demo is not here, so it cannot be offered: only the county's own name is.
      await dialog.expectCountyChoices(['青山县(13 个支部)']);
      await dialog.fill({ name: CAMPAIGN, year: 2026 });
      await dialog.chooseRubric('农村“五星”支部评定指标体系');
      // A rural rubric enrols villages by default.
      await dialog.expectTypes(['村'], ['社区', '其他']);
      await dialog.expectCount(9);
      await dialog.setTownship('白云镇', false);
      await dialog.expectCount(7);
      await expectNoDemoNamesOnScreen(page, 'the new campaign dialog');
      await dialog.create();
      await expect(page).toHaveURL(/#\/campaigns\/.+\/overview/);
      await expect(page.getByTestId('stat-branches')).toContainText('7');
      expect(
        queryDb<{ n: number }>(app.dbFile, 'SELECT count(*) AS n FROM campaign_branches').n,
      ).toBe(7);
      await expectNoDemoNamesOnScreen(page, 'the campaign overview');
    });

    await test.step('its registry shows who takes part, and nothing of the demo', async () => {
      await shell.openSection('支部');
      const tree = page.getByTestId('branch-tree');
      await expect(tree.getByText('龙潭村', { exact: true })).toBeVisible();
      await expect(tree.getByText('白云村', { exact: true })).toBeVisible();
      await expect(tree.locator('[data-branch-id]', { hasText: '白云村' })).toContainText(
        '未参加本批次',
      );
      await expect(tree.locator('[data-branch-id]', { hasText: '云溪社区' })).toContainText(
        '未参加本批次',
      );
      await expectNoDemoNamesOnScreen(page, 'the campaign registry');
    });

    await test.step('the exports carry the county, its department and the operator', async () => {
      await shell.openSection('Excel 导入导出');
      await expectNoDemoNamesOnScreen(page, 'the Excel page');
      const exporter = new ExportDialog(shell);
      await exporter.open();
      await expect(exporter.root.getByLabel('填报单位')).toHaveValue(QINGSHAN.department);
      await exporter.check('各乡镇（街道）分表');
      await exporter.check('各支部评分表');
      const { workbook, fileName } = await exporter.buildAndRead();
      expect(fileName).toContain(CAMPAIGN);
      const text = workbookText(workbook);
      expectNoDemoNames(text, 'the exported workbook');
      const summary = workbook.getWorksheet('汇总排名表')!;
      expect(summary.getCell('A1').value).toBe(`${CAMPAIGN}结果汇总表`);
      expect(summary.getCell('A2').value).toBe(`填报单位：${QINGSHAN.department}`);
      expect(summary.headerFooter.oddFooter).toContain(`制表人：${OPERATOR}`);
      expect(text).toContain(`填表人：${OPERATOR}`);
      expect(workbook.worksheets.map((w) => w.name)).toEqual(
        expect.arrayContaining(['云溪镇', '石门乡', '城南街道', '统计表', '公示名单']),
      );
      expect(workbook.getWorksheet('白云镇')).toBeUndefined();
      // Nothing was scored yet: the notice lists nobody and claims no stage.
      const notice = sheetText(workbook.getWorksheet('公示名单')!);
      expect(notice).toContain('拟评定以上 0 个党组织的星级');
      expect(notice).not.toContain('经');
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
