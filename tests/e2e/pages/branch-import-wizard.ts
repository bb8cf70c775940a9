import { expect } from '@playwright/test';
import type { Locator } from '@playwright/test';
import { chooseFiles } from '../files';
import { clickUntilClosed } from '../settle';
import type { AppShell } from './app-shell';

/** 导入支部名单: file → sheet and columns → preview → result. */
export class BranchImportWizard {
  constructor(private readonly shell: AppShell) {}

  get root(): Locator {
    return this.shell.page.getByRole('dialog', { name: '导入支部名单' });
  }

  get preview(): Locator {
    return this.root.getByTestId('branch-import-preview');
  }

  /** Clicks 选择文件 and answers the browser's file chooser, as a user does. */
  async chooseFile(path: string): Promise<void> {
    await chooseFiles(this.shell.page, this.root.getByTestId('file-choose'), path);
  }

  async expectHeaderRow(row: number): Promise<void> {
    await expect(this.root.getByText(`表头在第 ${row} 行`)).toBeVisible();
  }

  async toPreview(): Promise<void> {
    await this.root.getByTestId('branch-import-next').click();
    await expect(this.preview).toBeVisible();
  }

  /** Shows only the rows of one status, by the filter's label (新增 13, 重复 1 …). */
  async filter(label: string): Promise<void> {
    await this.root.getByTestId('branch-import-filter').getByText(label).click();
  }

  async applyAndConfirm(): Promise<void> {
    await this.root.getByTestId('branch-import-apply').click();
    const confirm = this.shell.page.getByRole('dialog', { name: '确认导入支部名单?' });
    await clickUntilClosed(confirm, confirm.getByRole('button', { name: '确认导入' }));
    await expect(this.root.getByTestId('branch-import-result')).toBeVisible({ timeout: 60_000 });
  }

  async close(): Promise<void> {
    await this.root.getByRole('button', { name: '关闭', exact: true }).last().click();
    await expect(this.root).toBeHidden();
  }
}
