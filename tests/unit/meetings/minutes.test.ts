import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AppServices } from '../../../electron/services/app';
import type { OutgoingFile } from '../../../shared/domain/views/files';
import type { MeetingView } from '../../../shared/domain/views/meetings';
import type { RankingView } from '../../../shared/domain/views';
import type { Qingshan } from '../../fixtures/qingshan-county';
import { documentText } from '../exports/support';
import { qingshanServices } from '../rating/qingshan';
import { call, failure, takeFile, tempDir } from '../support';
import { decideThree, itemOf, startedQingshanMeeting } from './support';

let tmp: ReturnType<typeof tempDir>;
let services: AppServices;
let county: Qingshan;

beforeEach(async () => {
  tmp = tempDir();
  ({ services, county } = await qingshanServices(tmp.dir));
});
afterEach(() => {
  services.close();
  tmp.cleanup();
});

async function minutes(
  id: string,
  language?: 'zh-CN' | 'en',
): Promise<{ file: OutgoingFile; text: string }> {
  const file = await call<OutgoingFile>(services, 'meetings.minutes', {
    id,
    ...(language ? { language } : {}),
  });
  const bytes = await takeFile(services, file);
  // For people looking at the page: `XINGPING_MINUTES_OUT=dir npx vitest run …` keeps a copy.
  const keep = process.env.XINGPING_MINUTES_OUT;
  if (keep) writeFileSync(join(keep, `minutes-${language ?? 'default'}.docx`), bytes);
  return { file, text: documentText(bytes) };
}

describe('the minutes (会议纪要)', () => {
  it('prints the meeting, attendance and quorum, every item with its outcome, votes, recusals and reason, the consent block and the signature lines', async () => {
    let view = await startedQingshanMeeting(services, county);
    // A change is a new version: 白云村 first adjusted, then kept.
    const ranking = await call<RankingView>(services, 'ranking.compute', {
      campaignId: county.campaignId,
    });
    const baiyunLevel = ranking.rows.find((r) => r.branchName === '白云村')!.level!;
    await call(services, 'meetings.decide', {
      id: view.id,
      itemId: itemOf(view, '白云村').id,
      outcome: 'adjust',
      decidedLevel: baiyunLevel - 1,
      votes: { for: 2, against: 1, abstain: 0 },
      reason: '群众满意率偏低',
    });
    view = await decideThree(services, view);
    view = await call<MeetingView>(services, 'meetings.close', { id: view.id });
    const { file, text } = await minutes(view.id, 'zh-CN');
    expect(file.fileName).toBe('青山县2025年度评审会-会议纪要-2025-12-10.docx');
    expect(file.mimeType).toContain('wordprocessingml');
    const levelName = (level: number) => ranking.levels.find((l) => l.level === level)!.name;

    expect(text).toContain('青山县2025年度评审会会议纪要');
    expect(text).not.toContain('草稿');
    expect(text).toContain('会议地点：县委三楼会议室');
    expect(text).toContain('主持人：王建国');
    expect(text).toContain('记录人：赵晓');
    expect(text).toContain(
      '应到 5 人，实到 4 人。法定人数为应到人数的 2/3，即 4 人，已达到法定人数。',
    );
    expect(text).toContain('出席：王建国、李敏、张伟、陈静');
    expect(text).toContain('请假：刘洋');

    // Every discussed item, in agenda order, with the record's numbers.
    const discussed = view.items.filter((i) => !i.consent);
    const positions = discussed.map((i) => text.indexOf(`\n${i.branchName}\n`));
    expect(positions.every((p) => p > 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    const section = (name: string) => {
      const start = text.indexOf(`\n${name}\n`);
      const next = text.indexOf('\n', text.indexOf('\n', start + 1) + 1);
      return text.slice(start, start + 400).slice(0, Math.max(400, next - start));
    };
    const longquan = section('龙泉村');
    expect(longquan).toContain('名额临界');
    expect(longquan).toContain(`调整为${levelName(5)}（超出名额）`);
    expect(longquan).toContain('2 / 1 / 0');
    expect(longquan).toContain('出席 4 人，回避 1 人');
    expect(longquan).toContain('回避：李敏');
    expect(longquan).toContain('=群众满意度全县第一，破格五星');
    const baiyun = section('白云村');
    expect(baiyun).toContain(`维持${levelName(baiyunLevel)}`);
    expect(baiyun).toContain('（第 2 版）');
    expect(baiyun).toContain(
      `此前第 1 版：调整为${levelName(baiyunLevel - 1)}，理由：群众满意率偏低`,
    );
    expect(section('桃源村')).toContain('退回复核');
    expect(section('桃源村')).toContain('台账材料存疑');
    // Undecided items say so rather than disappear.
    expect(section('凤岭村')).toContain('未作决定');

    const consentStart = text.indexOf('四、其余按排名通过');
    expect(consentStart).toBeGreaterThan(0);
    const consent = text.slice(consentStart, text.indexOf('五、签字'));
    for (const item of view.items.filter((i) => i.consent))
      expect(consent).toContain(item.branchName);

    const signatures = text.slice(text.indexOf('五、签字'));
    expect(signatures).toContain('主持人（签字）：王建国');
    expect(signatures).toContain('记录人（签字）：赵晓');
    for (const name of ['王建国', '李敏', '张伟', '陈静']) expect(signatures).toContain(name);
    expect(signatures).not.toContain('刘洋');
  });

  it('is written in the chosen language and marks an open meeting’s minutes as a draft', async () => {
    const view = await decideThree(services, await startedQingshanMeeting(services, county));
    const { file, text } = await minutes(view.id, 'en');
    expect(file.fileName).toBe('青山县2025年度评审会-minutes-2025-12-10.docx');
    expect(text).toContain('Minutes: 青山县2025年度评审会');
    expect(text).toContain('draft');
    expect(text).toContain('5 members, 4 present.');
    expect(text).toContain('Sent back for re-review');
    expect(text).toContain('Chair (signature): 王建国');
    expect(text).not.toMatch(/[一二三四五]、/);
  });

  it('refuses a meeting that does not exist and builds nothing', async () => {
    expect(
      await failure(services, 'meetings.minutes', { id: '00000000-0000-4000-8000-0000000000ff' }),
    ).toMatchObject({ code: 'NOT_FOUND' });
  });
});
