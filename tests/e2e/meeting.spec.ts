import { readFile } from 'node:fs/promises';
import { unzip } from '../unit/exports/support';
import { expect, test } from './fixtures';
import { MeetingOperator } from './pages/meeting-operator';
import { MeetingProjector } from './pages/meeting-projector';
import { seedServedQingshan } from './qingshan';

test.use({ start: 'empty' });

/**
 * A whole committee meeting on 青山县 (not the demo), with the operator's screen and the
 * projector page open side by side: roll call, the quorum refusal, a recusal the room sees, an
 * override with a reason, a 退回复核, and the lock.
 */
test('a committee meeting from roll call to the lock, followed by the projector', async ({
  page,
  app,
}) => {
  test.setTimeout(180_000);
  const origin = new URL(app.url).origin;
  const token = new URL(app.url).searchParams.get('token') ?? '';
  const api = async (method: string, input: unknown) => {
    const response = await page.request.post(`${origin}/api/${method}`, {
      data: input,
      headers: { Authorization: `Bearer ${token}` },
    });
    return (await response.json()) as { ok: boolean; error?: { code: string }; data?: unknown };
  };
  expect((await api('preferences.update', { operatorName: '赵晓' })).ok).toBe(true);
  const county = await seedServedQingshan(page, app);
  await page.goto(app.url);
  await expect(page.getByRole('heading', { name: '评定批次' })).toBeVisible();

  const operator = new MeetingOperator(page);
  await operator.openList(origin, county.campaignId);
  await operator.create('青山县2025年度星级评定评审会', ['王建国', '李敏', '张伟']);

  // Quorum: two of three needed; with one present 开始审议 is refused, with the reason.
  await operator.mark('王建国', '出席');
  await operator.mark('李敏', '请假');
  await expect(page.getByTestId('quorum-refusal')).toContainText('实到 1 人,至少需要 2 人');
  await expect(operator.startButton()).toBeDisabled();
  await operator.mark('李敏', '出席');
  await operator.mark('张伟', '出席');
  await expect(page.getByTestId('quorum-refusal')).toHaveCount(0);
  await operator.startButton().click();
  await expect(page.getByTestId('meeting-stage')).toHaveText('审议中');

  // The agenda: the border first, each row saying why.
  const firstRow = operator.agenda.getByTestId('agenda-item').first();
  await expect(firstRow).toHaveAttribute('data-branch', '龙泉村');
  await expect(firstRow).toContainText('比例线附近');

  // The projector, opened from its own link, with the session cookie the app set.
  const [screen] = await Promise.all([
    page.context().waitForEvent('page'),
    page.getByTestId('open-projector').click(),
  ]);
  const projector = new MeetingProjector(screen);
  await expect(projector.branch).toContainText('龙泉村');
  await expect(projector.root).toContainText('石门镇');
  await expect(projector.controls()).toHaveCount(0);

  // A declared recusal: the projector asks 李敏 to leave.
  await operator.declareRecusal('李敏');
  await expect(projector.recusal).toContainText('请回避:李敏');

  // The simulator, shown on the projector on the operator's word.
  await operator.chooseOption(
    page.getByTestId('simulator').getByRole('combobox', { name: '模拟等级' }),
    /五星/,
  );
  await expect(page.getByTestId('simulation-result')).toContainText('其他支部的等级都不变');
  await page.getByTestId('simulator').getByRole('button', { name: '在投影上显示' }).click();
  await expect(projector.simulation).toContainText('模拟:如果评为');

  // An override needs a reason; with it, the decision is recorded and the room sees it.
  await operator.fillDecision({ outcome: '调整', level: /五星/, votesFor: 2, reason: '' });
  await expect(page.getByTestId('decision-problem')).toContainText('必须填写理由');
  await expect(operator.recordButton()).toBeDisabled();
  await operator.decisionForm.getByLabel('理由').fill('与青山村同分差距极小,经审议实绩突出');
  await operator.recordButton().click();
  await expect(page.getByTestId('decision-version')).toHaveCount(1);
  await expect(page.getByTestId('decision-version')).toContainText('实绩突出');
  await expect(projector.decision).toContainText('已决定:调整为');
  await expect(projector.controls()).toHaveCount(0);

  // The next item: 李敏 may return; 凤岭村 is sent back for re-review.
  await operator.next();
  await expect(projector.branch).toContainText('凤岭村');
  await expect(projector.recusal).toContainText('可返回:李敏');
  await operator.decide({
    outcome: '退回复核',
    votesFor: 3,
    reason: '两名评委对民主评议项打分相差较大,退回复核',
  });
  await expect(page.getByTestId('decision-version')).toContainText('退回复核');
  await expect(projector.decision).toContainText('退回复核');

  // The lock: closed, the form is disabled and a change through the API is refused.
  await operator.close();
  await expect(operator.recordButton()).toBeDisabled();
  const meetingId = new URL(screen.url()).hash.split('/').pop() ?? '';
  const view = (await api('meetings.get', { id: meetingId })).data as {
    items: { id: string; branchName: string }[];
  };
  const refused = await api('meetings.decide', {
    id: meetingId,
    itemId: view.items.find((i) => i.branchName === '凤岭村')?.id,
    outcome: 'defer',
    votes: { for: 3, against: 0, abstain: 0 },
    reason: '再议',
  });
  expect(refused).toMatchObject({ ok: false, error: { code: 'LOCKED' } });
  await expect(screen.getByTestId('projector')).toContainText('本次评审会已完成');
  await expect(projector.controls()).toHaveCount(0);

  // The minutes (会议纪要), built from the records and read back from the Word file; their
  // signature (.xpsig) follows as a second download.
  const downloading = page.waitForEvent('download', (d) => d.suggestedFilename().endsWith('.docx'));
  const signing = page.waitForEvent('download', (d) => d.suggestedFilename().endsWith('.xpsig'));
  await expect(page.getByTestId('minutes-signed')).toBeChecked();
  await page.getByTestId('minutes').getByRole('button', { name: '生成会议纪要' }).click();
  const download = await downloading;
  const signature = JSON.parse(await readFile(await (await signing).path(), 'utf8')) as {
    file: { name: string };
    comment: { what: string; county: string };
  };
  expect(signature.file.name).toBe(download.suggestedFilename());
  expect(signature.comment).toMatchObject({ what: '评审会纪要(Word)', county: '青山县' });
  const xml = unzip(await readFile(await download.path())).get('word/document.xml') ?? '';
  const text = xml.replace(/<[^>]+>/g, '');
  expect(text).toContain('青山县2025年度星级评定评审会');
  expect(text).toContain('与青山村同分差距极小,经审议实绩突出');
  expect(text).toContain('两名评委对民主评议项打分相差较大,退回复核');
  expect(text).toMatch(/龙泉村[\s\S]*凤岭村/);
  expect(text).not.toContain('草稿');
});
