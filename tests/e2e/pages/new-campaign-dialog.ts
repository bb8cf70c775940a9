import { expect } from '@playwright/test';
import type { Locator } from '@playwright/test';
import type { AppShell } from './app-shell';

/** 新建评定批次: name, year, county and rubric, then who takes part. */
export class NewCampaignDialog {
  constructor(private readonly shell: AppShell) {}

  get root(): Locator {
    return this.shell.page.getByRole('dialog', { name: '新建评定批次' });
  }

  async fill(campaign: { name: string; year: number }): Promise<void> {
    await this.root.getByLabel('批次名称').fill(campaign.name);
    await this.root.getByLabel('年度').fill(String(campaign.year));
  }

  /** The county choices: only real counties, never the demo's. */
  /**
   * The county select offers exactly these choices. Asserted with a retrying matcher: read once,
   * the open list can be caught mid-render (CI once read an empty list under load).
   */
  async expectCountyChoices(expected: string[]): Promise<void> {
    await this.root.getByTestId('campaign-form-county').click();
    const options = this.shell.page.locator('.ant-select-dropdown:visible .ant-select-item-option');
    await expect(options).toHaveText(expected);
    await this.shell.page.keyboard.press('Escape');
  }

  async chooseRubric(name: string): Promise<void> {
    await this.root.getByLabel('指标体系').click();
    await this.shell.page.locator('.ant-select-item-option', { hasText: name }).first().click();
  }

  async setTownship(name: string, takesPart: boolean): Promise<void> {
    const box = this.root.getByTestId('participation-townships').getByLabel(new RegExp(`^${name}`));
    if (takesPart) await box.check();
    else await box.uncheck();
  }

  async expectTypes(checked: string[], unchecked: string[]): Promise<void> {
    const types = this.root.getByTestId('participation-types');
    for (const label of checked) await expect(types.getByLabel(label)).toBeChecked();
    for (const label of unchecked) await expect(types.getByLabel(label)).not.toBeChecked();
  }

  async expectCount(count: number): Promise<void> {
    await expect(this.root.getByTestId('participation-count')).toContainText(
      `将有 ${count} 个支部参加本批次`,
    );
  }

  async create(): Promise<void> {
    await this.root.getByRole('button', { name: '创建' }).click();
    await expect(this.root).toBeHidden();
  }
}
