import { expect } from '@playwright/test';
import type { AppShell } from './app-shell';

/** 指标体系库: a rubric made from a built-in template. */
export class RubricLibrary {
  constructor(private readonly shell: AppShell) {}

  /** Creates a copy of a template under its own name; the editor opens on it. */
  async createFromTemplate(templateId: string): Promise<void> {
    await this.shell.openRubricLibrary();
    await this.shell.page.getByTestId(`template-${templateId}`).getByRole('button').click();
    const dialog = await this.shell.settled(
      this.shell.page.getByRole('dialog', { name: '从模板新建指标体系' }),
    );
    await dialog.getByRole('button', { name: '新建并编辑' }).click();
    await expect(this.shell.page).toHaveURL(/#\/rubrics\/.+\/edit/);
  }
}
