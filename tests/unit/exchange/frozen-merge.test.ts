import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listItems } from '../../../shared/domain/rubric';
import type { RubricView, SheetView } from '../../../shared/domain/views';
import type { AppServices } from '../../../electron/services/app';
import { importPackage, writePackage } from '../../../electron/services/exchange';
import type { Qingshan } from '../../fixtures/qingshan-county';
import { decideThree, startedQingshanMeeting } from '../meetings/support';
import { qingshanServices } from '../rating/qingshan';
import { call, tempDir } from '../support';
import { openLaptop } from './laptops';

/**
 * Operations aimed at a frozen round (定稿) are refused at the merge and listed, and nothing of
 * them is kept: after the round is unfrozen, the same package brings them in.
 */
let tmp: ReturnType<typeof tempDir>;
const open: AppServices[] = [];
beforeEach(() => {
  tmp = tempDir();
});
afterEach(() => {
  for (const services of open.splice(0)) services.close();
  tmp.cleanup();
});

async function setting(): Promise<{ county: AppServices; q: Qingshan; township: AppServices }> {
  mkdirSync(join(tmp.dir, 'county'));
  const { services: county, county: q } = await qingshanServices(join(tmp.dir, 'county'));
  open.push(county);
  const township = openLaptop(join(tmp.dir, 'shimen'), '陈刚');
  open.push(township);
  return { county, q, township };
}

let packages = 0;
async function send(from: AppServices, to: AppServices) {
  const file = join(tmp.dir, `p${++packages}.xpsync`);
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

  it('carries the freeze to the other laptop, which then refuses edits of that round too', async () => {
    const { county, q, township } = await setting();
    const meeting = await decideThree(county, await startedQingshanMeeting(county, q));
    await call(county, 'meetings.close', { id: meeting.id });
    await call(county, 'integrity.freeze', { roundId: q.roundId });
    await send(county, township);
    await expect(changeAScore(township, q)).rejects.toThrow(/FROZEN/);
  }, 120_000);
});
