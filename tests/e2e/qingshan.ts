import type { Page } from '@playwright/test';
import Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import type { MeetingView } from '../../shared/domain/views/meetings';
import type { RubricDefinition } from '../../shared/domain/rubric';
import type { ApiCall, BranchSpec, Qingshan } from '../fixtures/qingshan-county';
import { entries, seedQingshan, WEAK_AND_LAX } from '../fixtures/qingshan-county';
import type { ServedApp } from './fixtures';

/** Calls the served API as the page's bridge would (Bearer token), answering the data. */
export function servedCall(page: Page, app: ServedApp): ApiCall {
  const origin = new URL(app.url).origin;
  const token = new URL(app.url).searchParams.get('token') ?? '';
  return async <T>(method: string, input: unknown): Promise<T> => {
    const response = await page.request.post(`${origin}/api/${method}`, {
      data: input,
      headers: { Authorization: `Bearer ${token}` },
    });
    const body = (await response.json()) as
      { ok: true; data: T } | { ok: false; error: { code: string; message: string } };
    if (!body.ok) throw new Error(`${method}: ${body.error.code} ${body.error.message}`);
    return body.data;
  };
}

/**
 * 青山县 (tests/fixtures/qingshan-county.ts) entered through the served API. A county has no
 * screen of its own yet: its row is written straight into the served file.
 */
export async function seedServedQingshan(page: Page, app: ServedApp): Promise<Qingshan> {
  const countyId = randomUUID();
  const db = new Database(app.dbFile);
  try {
    db.prepare(
      `INSERT INTO org_units (id, parent_id, kind, branch_type, name, sort_order, is_demo, created_at)
       VALUES (?, NULL, 'county', NULL, '青山县', 1, 0, '2025-11-20T08:00:00.000Z')`,
    ).run(countyId);
  } finally {
    db.close();
  }
  return seedQingshan(servedCall(page, app), countyId);
}

/** 青山县 from an empty file through the served API, with 赵晓 as the operator. */
export async function servedQingshanWithOperator(
  page: Page,
  app: ServedApp,
): Promise<{ call: ApiCall; county: Qingshan }> {
  const call = servedCall(page, app);
  await call('preferences.update', { operatorName: '赵晓' });
  return { call, county: await seedServedQingshan(page, app) };
}

/** 青山县's committee on the deciding round: three members, all present, in session. */
export async function startedMeeting(call: ApiCall, county: Qingshan): Promise<MeetingView> {
  let meeting = await call<MeetingView>('meetings.create', {
    campaignId: county.campaignId,
    title: '青山县2025年度评审会',
    heldOn: '2025-09-20',
    members: [{ name: '王建国' }, { name: '张伟' }, { name: '陈静' }],
  });
  for (const member of meeting.members)
    meeting = await call<MeetingView>('meetings.rollCall', {
      id: meeting.id,
      memberId: member.id,
      attendance: 'present',
    });
  return call<MeetingView>('meetings.start', { id: meeting.id });
}

/** The committee gives a branch a level (调整), unanimously, with its reason. */
export async function decideLevel(
  call: ApiCall,
  meeting: MeetingView,
  branchName: string,
  level: number,
  reason = '经实地复核认定',
): Promise<void> {
  await call('meetings.decide', {
    id: meeting.id,
    itemId: meeting.items.find((i) => i.branchName === branchName)!.id,
    outcome: 'adjust',
    decidedLevel: level,
    votes: { for: 3, against: 0, abstain: 0 },
    reason,
  });
}

/**
 * 青山县's committee records the given levels (the rest pass by consent), closes, and the
 * round is frozen (定稿): what a notice (公示) needs. 石门村's veto (软弱涣散) is lifted first,
 * with its reason.
 */
export async function decidedAndFrozen(
  call: ApiCall,
  county: Qingshan,
  levels: Record<string, number>,
): Promise<void> {
  await call('vetoes.resolve', {
    roundId: county.roundId,
    branchId: county.branches.get('石门村'),
    itemCode: WEAK_AND_LAX,
    reason: '经核实已整改到位',
  });
  const meeting = await startedMeeting(call, county);
  for (const [branchName, level] of Object.entries(levels))
    await decideLevel(call, meeting, branchName, level);
  await call('meetings.close', { id: meeting.id });
  await call('integrity.freeze', { roundId: county.roundId });
}

/** One submitted sheet of a branch by one evaluator, with the given quality per star. */
export async function scoredSheet(
  call: ApiCall,
  input: {
    roundId: string;
    evaluatorId: string;
    branchId: string;
    definition: RubricDefinition;
    spec: Omit<BranchSpec, 'township'>;
  },
): Promise<void> {
  const sheet = await call<{ id: string; version: number }>('sheets.open', {
    roundId: input.roundId,
    branchId: input.branchId,
    evaluatorId: input.evaluatorId,
  });
  const saved = await call<{ version: number }>('scores.save', {
    sheetId: sheet.id,
    expectedVersion: sheet.version,
    entries: entries(input.definition, { township: '云溪镇', ...input.spec }, 0, false),
  });
  await call('sheets.submit', { sheetId: sheet.id, expectedVersion: saved.version });
}
