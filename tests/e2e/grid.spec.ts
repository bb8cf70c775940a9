import type { Page } from '@playwright/test';
import Database from 'better-sqlite3';
import type { RubricDefinition, RubricItem } from '../../shared/domain/rubric';
import type { Result } from '../../shared/result';
import { queryDb } from './db';
import { copy, paste } from './clipboard';
import { expect, test } from './fixtures';
import { addSelfRound, pick } from './rounds';

interface Demo {
  campaignId: string;
  roundId: string;
  items: RubricItem[];
  /** The self-assessment rows in the grid's order. */
  branches: { id: string; name: string }[];
}

function demo(dbFile: string): Demo {
  const row = queryDb<{ id: string; round_id: string; definition: string }>(
    dbFile,
    `SELECT c.id, c.deciding_round_id AS round_id, v.definition
       FROM campaigns c JOIN rubric_versions v ON v.id = c.rubric_version_id WHERE c.is_demo = 1`,
  );
  const definition = JSON.parse(row.definition) as RubricDefinition;
  const db = new Database(dbFile, { readonly: true, fileMustExist: true });
  try {
    const branches = db
      .prepare(
        `SELECT b.id, b.name FROM campaign_branches cb
           JOIN org_units b ON b.id = cb.branch_id JOIN org_units t ON t.id = b.parent_id
          WHERE cb.campaign_id = ? ORDER BY t.sort_order, t.name, b.sort_order, b.name`,
      )
      .all(row.id) as { id: string; name: string }[];
    return {
      campaignId: row.id,
      roundId: row.round_id,
      items: definition.dimensions.flatMap((d) => d.indicators.flatMap((i) => i.items)),
      branches,
    };
  } finally {
    db.close();
  }
}

/** Self-assessment points stored for a branch in the round, by item code. */
function stored(dbFile: string, roundId: string, branchId: string): Record<string, number> {
  const db = new Database(dbFile, { readonly: true, fileMustExist: true });
  try {
    const rows = db
      .prepare(
        `SELECT sc.item_code AS code, sc.points FROM scores sc JOIN score_sheets s ON s.id = sc.sheet_id
          WHERE s.round_id = ? AND s.branch_id = ? AND s.evaluator_id IS NULL`,
      )
      .all(roundId, branchId) as { code: string; points: number }[];
    return Object.fromEntries(rows.map((r) => [r.code, r.points]));
  } finally {
    db.close();
  }
}

const cell = (page: Page, r: number, c: number) => page.locator(`#xp-grid-cell-${r}-${c}`);

/**
 * The self-assessment grid: the demo has only its county review, so a self round is added
 * (then `d.roundId` is that round) and picked on the grid screen.
 */
async function openGrid(page: Page, url: string, d: Demo): Promise<void> {
  d.roundId = await addSelfRound(page, url, d.campaignId);
  await page.goto(`${new URL(url).origin}/#/campaigns/${d.campaignId}/grid`);
  await pick(page, 'grid-round', '支部自评(自评)');
  await expect(page.getByTestId('grid-evaluator')).toContainText('自评');
  await expect(page.getByTestId('grid')).toBeVisible();
}

test('a block pasted from Excel is validated cell by cell, saved, and there after reload', async ({
  page,
  app,
}) => {
  const d = demo(app.dbFile);
  const [a, b, c, e] = d.items;
  // The block below is written for the demo rubric's first four items.
  expect([a?.type, b?.type, c?.type, e?.type]).toEqual(['points', 'choice', 'check', 'points']);
  const [good, fair] = [b!.options![0]!, b!.options![1]!];
  await openGrid(page, app.url, d);
  await cell(page, 0, 0).click();

  // As Excel writes it: CRLF rows, a trailing newline, a quoted cell, full-width digits.
  // Row 2 col 4 (12 points where 5 is the maximum) is invalid.
  await paste(
    page,
    `"8.5"\t${good.label}\t达到\t4.5\r\n９\t${fair.label}\t未达到\t12\r\n7\t${good.label}\t${c!.max / 100}\t3\r\n`,
  );
  await expect(cell(page, 1, 3)).toHaveAttribute('aria-invalid', 'true');
  await expect(cell(page, 1, 3)).toHaveAttribute('title', /5/);
  const problems = page.getByTestId('grid-problems');
  await expect(problems).toContainText(d.branches[1]!.name);
  await expect(problems).toContainText(e!.code);
  await expect(problems).toContainText(`“${e!.code} ${e!.name}”超过满分 ${e!.max / 100} 分。`);
  await expect(page.getByTestId('grid-save-state')).toHaveText('已保存');
  await page.screenshot({ path: 'test-results/grid-zh-problems.png' });

  const expected = [
    { [a!.code]: 850, [b!.code]: good.points, [c!.code]: c!.max, [e!.code]: 450 },
    { [a!.code]: 900, [b!.code]: fair.points, [c!.code]: 0 },
    { [a!.code]: 700, [b!.code]: good.points, [c!.code]: c!.max, [e!.code]: 300 },
  ];
  for (const [i, values] of expected.entries()) {
    await expect.poll(() => stored(app.dbFile, d.roundId, d.branches[i]!.id)).toEqual(values);
  }
  // The live total of row 1 counts what was stored: 8.5 + option + check + 4.5.
  await expect(page.getByTestId('row-total-0')).toHaveText(
    String((850 + good.points + c!.max + 450) / 100),
  );

  await page.reload();
  await expect(page.getByTestId('grid')).toBeVisible();
  await expect(cell(page, 0, 0)).toHaveText('8.5');
  await expect(cell(page, 0, 1)).toHaveText(good.label);
  await expect(cell(page, 0, 2)).toHaveText('达到');
  await expect(cell(page, 1, 0)).toHaveText('9');
  await expect(cell(page, 1, 2)).toHaveText('未达到');
  await expect(cell(page, 1, 3)).toHaveText('');
  await expect(cell(page, 2, 3)).toHaveText('3');
  await page.screenshot({ path: 'test-results/grid-zh.png' });

  // Ctrl+C gives the selection back as tab-separated text, as Excel would take it.
  await cell(page, 0, 0).click();
  await page.keyboard.press('Shift+ArrowRight');
  await page.keyboard.press('Shift+ArrowDown');
  expect(await copy(page)).toBe(`8.5\t${good.label}\r\n9\t${fair.label}`);

  await page.getByTestId('language-switch').getByText('English').click();
  await expect(cell(page, 0, 2)).toHaveText('Met');
  await expect(page.getByTestId('grid-problems')).toContainText('No problems');
  await page.screenshot({ path: 'test-results/grid-en.png' });
});

test('the keyboard moves the active cell, edits, cancels and clears like a spreadsheet', async ({
  page,
  app,
}) => {
  const d = demo(app.dbFile);
  const a = d.items[0]!;
  await openGrid(page, app.url, d);
  const grid = page.getByTestId('grid');
  const at = (r: number, c: number) =>
    expect(grid).toHaveAttribute('aria-activedescendant', `xp-grid-cell-${r}-${c}`);
  await cell(page, 0, 0).click();
  await at(0, 0);
  await page.keyboard.press('ArrowRight');
  await at(0, 1);
  await page.keyboard.press('ArrowDown');
  await at(1, 1);
  await page.keyboard.press('Tab');
  await at(1, 2);
  await page.keyboard.press('Shift+Tab');
  await at(1, 1);
  await page.keyboard.press('Home');
  await at(1, 0);
  await page.keyboard.press('End');
  await at(1, d.items.length - 1);
  await page.keyboard.press('Home');
  await page.keyboard.press('Shift+Enter');
  await at(0, 0);

  // Typing starts editing; Enter confirms and moves down.
  await page.keyboard.type('6.5');
  await page.keyboard.press('Enter');
  await at(1, 0);
  await expect(cell(page, 0, 0)).toHaveText('6.5');
  await expect(page.getByTestId('grid-save-state')).toHaveText('已保存');
  await expect
    .poll(() => stored(app.dbFile, d.roundId, d.branches[0]!.id))
    .toEqual({ [a.code]: 650 });

  // F2 edits the value in place, Esc throws the edit away.
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('F2');
  await page.keyboard.type('9');
  await page.keyboard.press('Escape');
  await expect(cell(page, 0, 0)).toHaveText('6.5');

  // Delete clears, and the clear is stored too.
  await page.keyboard.press('Delete');
  await expect(cell(page, 0, 0)).toHaveText('');
  await expect(page.getByTestId('grid-save-state')).toHaveText('已保存');
  await expect.poll(() => stored(app.dbFile, d.roundId, d.branches[0]!.id)).toEqual({});

  // Veto columns are read-only: typing there does nothing.
  const veto = d.items.findIndex((i) => i.type === 'veto');
  await page.keyboard.press('Home');
  for (let i = 0; i < veto; i += 1) await page.keyboard.press('ArrowRight');
  await at(0, veto);
  await expect(cell(page, 0, veto)).toHaveAttribute('aria-readonly', 'true');
  await page.keyboard.type('1');
  await expect(grid.locator('input')).toHaveCount(0);
});

interface Bridge {
  xingping: {
    sheets: { open: (input: unknown) => Promise<Result<{ id: string; version: number }>> };
    scores: { save: (input: unknown) => Promise<Result<{ version: number }>> };
  };
}

test('a sheet changed in another window stops the grid with a conflict, and nothing is lost', async ({
  page,
  app,
}) => {
  const d = demo(app.dbFile);
  const a = d.items[0]!;
  const branch = d.branches[0]!.id;
  await openGrid(page, app.url, d);
  await cell(page, 0, 0).click();
  await page.keyboard.type('5');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('grid-save-state')).toHaveText('已保存');

  // Another window saves the same sheet: the grid's version is now stale.
  const other = await page.evaluate(
    async ({ roundId, branchId, item }) => {
      const api = (globalThis as unknown as Bridge).xingping;
      const opened = await api.sheets.open({ roundId, branchId, evaluatorId: null });
      if (!opened.ok) return opened;
      return api.scores.save({
        sheetId: opened.data.id,
        expectedVersion: opened.data.version,
        entries: [{ item, value: { points: 700 } }],
      });
    },
    { roundId: d.roundId, branchId: branch, item: a.code },
  );
  expect(other.ok).toBe(true);

  await page.keyboard.press('ArrowUp');
  await page.keyboard.type('6');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('grid-save-state')).toContainText('其他地方修改');
  expect(stored(app.dbFile, d.roundId, branch)).toEqual({ [a.code]: 700 });

  // Reloading takes the new version; the value typed here is still on screen and saved over it.
  await page.getByTestId('grid-save-state').getByRole('button', { name: '重新载入' }).click();
  await expect(page.getByTestId('grid-save-state')).toHaveText('已保存');
  await expect.poll(() => stored(app.dbFile, d.roundId, branch)).toEqual({ [a.code]: 600 });
  await expect(cell(page, 0, 0)).toHaveText('6');
});
