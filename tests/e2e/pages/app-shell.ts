import { expect } from '@playwright/test';
import type { Locator, Page } from '@playwright/test';

/** The frame around every screen: header links, status bar, the operator prompt. */
export class AppShell {
  constructor(
    readonly page: Page,
    private readonly url: string,
  ) {}

  get origin(): string {
    return new URL(this.url).origin;
  }

  /** Opens the app with its session token (the address the server printed). */
  async open(): Promise<void> {
    await this.page.goto(this.url);
  }

  async goto(hash: string): Promise<void> {
    await this.page.goto(`${this.origin}/${hash}`);
  }

  get operatorPrompt(): Locator {
    return this.page.getByRole('dialog', { name: '请填写操作人姓名' });
  }

  /** Answers the prompt a laptop shows until someone gives a name. */
  async nameOperator(name: string): Promise<void> {
    await expect(this.operatorPrompt).toBeVisible();
    // Asked first, and it cannot be dismissed: no cancel, no close, Escape does nothing.
    await expect(this.operatorPrompt.getByRole('button', { name: '取消' })).toBeHidden();
    await this.page.keyboard.press('Escape');
    await expect(this.operatorPrompt).toBeVisible();
    await this.operatorPrompt.getByTestId('operator-name').fill(name);
    await this.operatorPrompt.getByTestId('operator-name').press('Enter');
    await expect(this.operatorPrompt).toBeHidden();
    await expect(this.page.getByTestId('operator-current')).toHaveText(name);
  }

  async openCounties(): Promise<void> {
    await this.page.getByTestId('nav-counties').click();
    await expect(this.page.getByRole('heading', { name: '区县与支部' })).toBeVisible();
  }

  async openRubricLibrary(): Promise<void> {
    await this.page.getByRole('banner').getByRole('link', { name: '指标体系库' }).click();
    await expect(this.page.getByRole('heading', { name: '指标体系库' })).toBeVisible();
  }

  /** A campaign's section by its menu entry (概览, 支部, Excel 导入导出 …). */
  async openSection(label: string): Promise<void> {
    await this.page.getByRole('menuitem', { name: label }).click();
  }

  /** Waits for a dialog's entrance animation, which can swallow a click on a busy machine. */
  async settled(dialog: Locator): Promise<Locator> {
    await expect(dialog).toBeVisible();
    await expect(this.page.locator('.ant-modal').last()).not.toHaveClass(/-(appear|enter)/);
    return dialog;
  }
}
