import { expect } from '@playwright/test';
import type { Locator } from '@playwright/test';
import type { AppShell } from './app-shell';
import { BranchImportWizard } from './branch-import-wizard';
import { NewCampaignDialog } from './new-campaign-dialog';

/** A county's own page: its details and its registry of townships and branches. */
export class CountyPage {
  constructor(private readonly shell: AppShell) {}

  private get page() {
    return this.shell.page;
  }

  get tree(): Locator {
    return this.page.getByTestId('branch-tree');
  }

  async expectShown(name: string, department: string): Promise<void> {
    await expect(this.page.getByRole('heading', { name, exact: true })).toBeVisible();
    await expect(this.page.getByTestId('county-settings')).toContainText(department);
  }

  /** Opens a county from the list of counties. */
  async openFromList(name: string): Promise<void> {
    await this.shell.openCounties();
    await this.page.getByTestId('county-table').getByRole('link', { name }).click();
  }

  async addTownship(name: string): Promise<void> {
    await this.page.getByTestId('add-township').click();
    const dialog = await this.shell.settled(this.page.getByRole('dialog'));
    await dialog.getByTestId('township-name').fill(name);
    await dialog.getByTestId('township-name').press('Enter');
    await expect(this.page.getByRole('dialog')).toHaveCount(0);
    await expect(this.tree.getByText(name, { exact: true })).toBeVisible();
  }

  /** Adds a branch to the township selected in the tree. */
  async addBranchHere(name: string): Promise<void> {
    await this.page.getByTestId('township-add-branch').click();
    const dialog = await this.shell.settled(this.page.getByRole('dialog'));
    await dialog.getByTestId('branch-form-name').fill(name);
    await dialog.getByTestId('branch-form-name').press('Enter');
    await expect(this.page.getByRole('dialog')).toHaveCount(0);
  }

  async selectInTree(name: string): Promise<void> {
    await this.tree.getByText(name, { exact: true }).click();
  }

  async openImport(): Promise<BranchImportWizard> {
    await this.page.getByTestId('county-import').click();
    const wizard = new BranchImportWizard(this.shell);
    await expect(wizard.root).toBeVisible();
    return wizard;
  }

  async openNewCampaign(): Promise<NewCampaignDialog> {
    await this.page.getByTestId('county-new-campaign').click();
    const dialog = new NewCampaignDialog(this.shell);
    await this.shell.settled(dialog.root);
    return dialog;
  }
}
