import ExcelJS from 'exceljs';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from '@playwright/test';
import type { Download, Locator, Page } from '@playwright/test';
import type { AppShell } from './app-shell';

/**
 * The next workbook download. A signed export also downloads its `.xpsig`, and the browser may
 * start the two in either order, so the workbook is waited for by its name.
 */
export function nextWorkbookDownload(page: Page): Promise<Download> {
  return page.waitForEvent('download', (d) => d.suggestedFilename().endsWith('.xlsx'));
}

/** Saves a downloaded workbook to a temporary folder and reads it back with exceljs. */
export async function readWorkbookDownload(
  download: Download,
): Promise<{ workbook: ExcelJS.Workbook; fileName: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'xingping-download-'));
  try {
    const file = join(dir, 'export.xlsx');
    await download.saveAs(file);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    return { workbook, fileName: download.suggestedFilename() };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** 导出上报表格 on a campaign's Excel page: choose sheets, build, read the download back. */
export class ExportDialog {
  constructor(private readonly shell: AppShell) {}

  get root(): Locator {
    return this.shell.page.getByRole('dialog', { name: '导出上报表格' });
  }

  async open(): Promise<void> {
    await this.shell.page.getByRole('button', { name: '导出 Excel…' }).click();
    await this.shell.settled(this.root);
  }

  async check(label: string): Promise<void> {
    await this.root.getByLabel(label).check();
  }

  async buildAndRead(): Promise<{ workbook: ExcelJS.Workbook; fileName: string }> {
    const downloading = nextWorkbookDownload(this.shell.page);
    await this.root.getByRole('button', { name: '生成并下载' }).click();
    const download = await downloading;
    await expect(this.root).toBeHidden();
    return readWorkbookDownload(download);
  }
}
