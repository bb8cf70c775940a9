import { expect } from '@playwright/test';
import type { AppShell } from './app-shell';

export interface CountyDetails {
  name: string;
  code?: string;
  department?: string;
}

/** The first start on an empty data file: set up one's county, or open the demo. */
export class WelcomePage {
  constructor(private readonly shell: AppShell) {}

  private get root() {
    return this.shell.page.getByTestId('welcome');
  }

  async expectShown(): Promise<void> {
    await expect(this.root.getByRole('heading', { name: '欢迎使用星评' })).toBeVisible();
    await expect(this.root.getByTestId('welcome-demo')).toBeVisible();
  }

  async setUpCounty(county: CountyDetails): Promise<void> {
    const form = this.root.getByTestId('welcome-county-form');
    await form.getByTestId('county-name').fill(county.name);
    if (county.code) await form.getByTestId('county-code').fill(county.code);
    if (county.department) await form.getByTestId('county-department').fill(county.department);
    await form.getByTestId('welcome-county-submit').click();
  }
}
