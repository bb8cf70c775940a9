import { mkdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { listItems } from '../../../shared/domain/rubric';
import type { RubricView, SheetView } from '../../../shared/domain/views';
import type { AppServices } from '../../../electron/services/app';
import { importPackage, writePackage } from '../../../electron/services/exchange';
import type { Qingshan } from '../../fixtures/qingshan-county';
import { decideThree, startedQingshanMeeting } from '../meetings/support';
import { qingshanServices } from '../rating/qingshan';
import { call } from '../support';
import { laptopsPerTest } from './laptops';

/**
 * Operations aimed at a frozen round (定稿) are refused at the merge and listed, and nothing of
 * them is kept: after the round is unfrozen, the same package brings them in.
 */
const laptops = laptopsPerTest();

async function setting(): Promise<{ county: AppServices; q: Qingshan; township: AppServices }> {
  mkdirSync(laptops.path('county'));
  const { services: county, county: q } = await qingshanServices(laptops.path('county'));
  laptops.keep(county);
  const township = laptops.laptop('shimen', '陈刚');
  return { county, q, township };
}

let packages = 0;
async function send(from: AppServices, to: AppServices) {
  const file = laptops.path(`p${++packages}.xpsync`);
  await writePackage(from.ctx, { kind: 'all' }, file);
  return { file, summary: await importPackage(to.ctx, file) };
}

/** Changes one points entry of the round's first sheet on `services` (reopened if submitted). */
async function changeAScore(
  services: AppServices,
  q: Qingshan,
): Promise<{ sheetId: string; item: string; points: number }> {
  const { id: sheetId } = services.ctx.db
    .prepare('SELECT id FROM score_sheets WHERE round_id = ? ORDER BY id LIMIT 1')
    .get(q.roundId) as { id: string };
  let sheet = await call<SheetView>(services, 'sheets.get', { sheetId });
  if (sheet.status === 'submitted')
    sheet = await call<SheetView>(services, 'sheets.reopen', {
      sheetId,
      expectedVersion: sheet.version,
      reason: '实地复核后更正',
    });
  const rubric = await call<RubricView>(services, 'rubrics.get', { id: q.rubricVersionId });
  const item = listItems(rubric.definition).find((i) => {
    const value = sheet.entries[i.code]?.value;
    return i.type === 'points' && value !== undefined && 'points' in value;
  })!;
  const before = sheet.entries[item.code]!.value as { points: number };
  const step = item.step ?? 1;
  const points = before.points >= step ? before.points - step : before.points + step;
  await call(services, 'scores.save', {
    sheetId,
    expectedVersion: sheet.version,
    entries: [{ item: item.code, value: { points } }],
  });
  return { sheetId, item: item.code, points };
}

describe('a merge into a frozen round', () => {
  it('refuses and lists the operations aimed at it, keeps none, and brings them once unfrozen', async () => {
    const { county, q, township } = await setting();
    await send(county, township);
    const changed = await changeAScore(township, q);

    const meeting = await decideThree(county, await startedQingshanMeeting(county, q));
    await call(county, 'meetings.close', { id: meeting.id });
    await call(county, 'integrity.freeze', { roundId: q.roundId });
    const before = await call<SheetView>(county, 'sheets.get', { sheetId: changed.sheetId });

    const { file, summary } = await send(township, county);
    expect(summary.counts.refused).toBeGreaterThan(0);
    expect(summary.refused.every((row) => row.reason === 'frozen')).toBe(true);
    expect(summary.refused.some((row) => row.tbl === 'scores' && row.item === changed.item)).toBe(
      true,
    );
    const after = await call<SheetView>(county, 'sheets.get', { sheetId: changed.sheetId });
    expect(after.entries).toEqual(before.entries);

    await call(county, 'integrity.unfreeze', { roundId: q.roundId, reason: '石门乡复核后更正' });
    const again = await importPackage(county.ctx, file);
    expect(again.counts.refused).toBe(0);
    expect(again.added).toBeGreaterThan(0);
    const merged = await call<SheetView>(county, 'sheets.get', { sheetId: changed.sheetId });
    expect(merged.entries[changed.item]?.value).toEqual({ points: changed.points });
  }, 120_000);

  it('refuses the scores of a new sheet it refuses, naming why, and merges the rest', async () => {
    const { county, q, township } = await setting();
    await send(county, township);
    // On 石门镇's laptop: a new evaluator scores a branch on a sheet the county never saw.
    const evaluator = await call<{ id: string }>(township, 'evaluators.create', {
      campaignId: q.campaignId,
      name: '石门镇党委 陈刚',
      role: '乡镇党委',
      unitId: null,
    });
    const townshipId = (
      township.ctx.db.prepare("SELECT id FROM org_units WHERE name = '石门镇'").get() as {
        id: string;
      }
    ).id;
    await call(township, 'assignments.assignTownship', {
      roundId: q.roundId,
      evaluatorId: evaluator.id,
      townshipId,
    });
    const branchId = township.ctx.db
      .prepare("SELECT id FROM org_units WHERE parent_id = ? AND kind = 'branch' ORDER BY name")
      .pluck()
      .get(townshipId) as string;
    const sheet = await call<SheetView>(township, 'sheets.open', {
      roundId: q.roundId,
      branchId,
      evaluatorId: evaluator.id,
    });
    const rubric = await call<RubricView>(township, 'rubrics.get', { id: q.rubricVersionId });
    const item = listItems(rubric.definition).find((i) => i.type === 'points')!;
    await call(township, 'scores.save', {
      sheetId: sheet.id,
      expectedVersion: sheet.version,
      entries: [{ item: item.code, value: { points: item.step ?? 1 } }],
    });
    // Meanwhile the county decides and freezes the round.
    const meeting = await decideThree(county, await startedQingshanMeeting(county, q));
    await call(county, 'meetings.close', { id: meeting.id });
    await call(county, 'integrity.freeze', { roundId: q.roundId });

    const { file, summary } = await send(township, county);
    const reasons = new Map(summary.refused.map((row) => [row.tbl, row.reason]));
    expect(reasons.get('score_sheets')).toBe('frozen');
    // Without their sheet, its scores would fail the whole merge at the commit: refused too.
    expect(reasons.get('scores')).toBe('orphan');
    const count = (sql: string, ...args: string[]) =>
      county.ctx.db
        .prepare(sql)
        .pluck()
        .get(...args) as number;
    expect(count('SELECT count(*) FROM score_sheets WHERE id = ?', sheet.id)).toBe(0);
    expect(count('SELECT count(*) FROM scores WHERE sheet_id = ?', sheet.id)).toBe(0);
    // The rest of the package is merged: the new evaluator is on the county's laptop.
    expect(count('SELECT count(*) FROM evaluators WHERE id = ?', evaluator.id)).toBe(1);

    await call(county, 'integrity.unfreeze', { roundId: q.roundId, reason: '石门镇补充评分' });
    const again = await importPackage(county.ctx, file);
    expect(again.counts.refused).toBe(0);
    expect(count('SELECT count(*) FROM scores WHERE sheet_id = ?', sheet.id)).toBeGreaterThan(0);
  }, 120_000);

  it('carries the freeze to the other laptop, which then refuses edits of that round too', async () => {
    const { county, q, township } = await setting();
    const meeting = await decideThree(county, await startedQingshanMeeting(county, q));
    await call(county, 'meetings.close', { id: meeting.id });
    await call(county, 'integrity.freeze', { roundId: q.roundId });
    await send(county, township);
    await expect(changeAScore(township, q)).rejects.toThrow(/FROZEN/);
  }, 120_000);
});
