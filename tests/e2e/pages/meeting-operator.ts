import type { Locator, Page } from '@playwright/test';
import { expect } from '../fixtures';

type Attendance = '出席' | '缺席' | '请假';
type Outcome = '维持' | '调整' | '退回复核' | '暂缓';

/** The operator's screen of a committee meeting (评审会), in zh-CN. */
export class MeetingOperator {
  readonly screen: Locator;
  readonly rollCall: Locator;
  readonly agenda: Locator;
  readonly current: Locator;
  readonly decisionForm: Locator;

  constructor(readonly page: Page) {
    this.screen = page.getByTestId('meeting-operator');
    this.rollCall = page.getByTestId('roll-call');
    this.agenda = page.getByTestId('agenda');
    this.current = page.getByTestId('current-item');
    this.decisionForm = page.getByTestId('decision-form');
  }

  async openList(origin: string, campaignId: string): Promise<void> {
    await this.page.goto(`${origin}/#/campaigns/${campaignId}/meetings`);
    await expect(this.page.getByRole('heading', { name: '评审会' })).toBeVisible();
  }

  /** Creates a meeting with typed members and opens its operator screen. */
  async create(title: string, members: string[]): Promise<void> {
    await this.page.getByRole('button', { name: '新建评审会' }).click();
    const dialog = this.page.getByRole('dialog');
    await dialog.getByLabel('名称').fill(title);
    await dialog.getByLabel('地点').fill('县委三楼会议室');
    await dialog.getByLabel('主持人').fill(members[0] ?? '');
    const select = dialog.getByRole('combobox', { name: '委员' });
    for (const name of members) {
      await select.fill(name);
      await select.press('Enter');
    }
    await dialog
      .getByRole('button', { name: '创 建' })
      .or(dialog.getByRole('button', { name: '创建' }))
      .click();
    await expect(this.screen).toBeVisible();
  }

  async mark(member: string, attendance: Attendance): Promise<void> {
    const row = this.rollCall.locator('.ant-list-item').filter({ hasText: member });
    await row.locator('label').filter({ hasText: attendance }).click();
    await expect(row.locator('.ant-radio-button-wrapper-checked')).toHaveText(attendance);
  }

  startButton(): Locator {
    return this.rollCall.getByRole('button', { name: /开始审议/ });
  }

  async declareRecusal(member: string): Promise<void> {
    await this.current.getByRole('combobox', { name: '声明回避…' }).click();
    await this.page.locator('.ant-select-item-option').filter({ hasText: member }).click();
    await expect(this.page.getByTestId('operator-recusal')).toContainText(member);
  }

  async chooseOption(select: Locator, text: RegExp | string): Promise<void> {
    await select.click();
    await this.page
      .locator('.ant-select-dropdown:visible .ant-select-item-option')
      .filter({ hasText: text })
      .first()
      .click();
  }

  /** Fills the decision form without recording it. */
  async fillDecision(input: {
    outcome: Outcome;
    level?: RegExp;
    votesFor: number;
    reason?: string;
  }): Promise<void> {
    const form = this.decisionForm;
    await form.locator('label').filter({ hasText: input.outcome }).first().click();
    if (input.level)
      await this.chooseOption(form.getByRole('combobox', { name: '调整为的等级' }), input.level);
    await form.getByRole('spinbutton', { name: '同意', exact: true }).fill(String(input.votesFor));
    if (input.reason !== undefined) await form.getByLabel('理由').fill(input.reason);
  }

  recordButton(): Locator {
    return this.decisionForm.getByRole('button', { name: '记录决定' });
  }

  async decide(input: Parameters<MeetingOperator['fillDecision']>[0]): Promise<void> {
    await this.fillDecision(input);
    await this.recordButton().click();
  }

  async next(): Promise<void> {
    await this.current.getByRole('button', { name: /下一项/ }).click();
  }

  async close(): Promise<void> {
    await this.screen.getByRole('button', { name: /完成评审会/ }).click();
    const confirm = this.page.getByRole('dialog').filter({ hasText: '完成本次评审会' });
    await confirm.getByRole('button', { name: /完成评审会/ }).click();
    await expect(this.page.getByTestId('meeting-stage')).toHaveText('已完成');
  }
}
