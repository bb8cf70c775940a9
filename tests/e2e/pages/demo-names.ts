import type ExcelJS from 'exceljs';
import { expect } from '@playwright/test';
import type { Page } from '@playwright/test';
import demo from '../../../resources/demo/campaign.json';

/**
 * Every name the demo brings: its county, campaign, rubric, townships, branches and evaluators.
 * None of them may show on a real county's screens or in its exports.
 */
export const DEMO_NAMES: readonly string[] = [
  demo.county,
  demo.name,
  demo.rubricName,
  ...demo.townships.map((t) => t.name),
  ...demo.townships.flatMap((t) => t.branches.map((b) => b.name)),
  ...demo.evaluators.map((e) => e.name),
];

/** Fails naming the demo names found in the text, if any. */
export function expectNoDemoNames(text: string, where: string): void {
  expect(
    DEMO_NAMES.filter((name) => text.includes(name)),
    `demo names on ${where}`,
  ).toEqual([]);
}

/** Checks the whole page as shown, dialogs and drawers included. */
export async function expectNoDemoNamesOnScreen(page: Page, where: string): Promise<void> {
  expectNoDemoNames(await page.locator('body').innerText(), where);
}

/** Every text of a sheet: its name, header, footer and text cells. */
export function sheetText(sheet: ExcelJS.Worksheet): string {
  const parts = [
    sheet.name,
    sheet.headerFooter.oddHeader ?? '',
    sheet.headerFooter.oddFooter ?? '',
  ];
  for (const value of sheet.getSheetValues().flat()) {
    if (typeof value === 'string') parts.push(value);
  }
  return parts.join('\n');
}

/** Every text of a workbook: who made it, and each sheet's texts. */
export function workbookText(workbook: ExcelJS.Workbook): string {
  return [workbook.creator ?? '', ...workbook.worksheets.map(sheetText)].join('\n');
}
