import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AppServices } from '../../../electron/services/app';
import { roundComparison } from '../../../electron/services/progress/comparison';
import { tempDir, testServices } from '../support';
import type { Fixture } from './fixture';
import { buildFixture } from './fixture';

let tmp: ReturnType<typeof tempDir>;
let services: AppServices;
let f: Fixture;
beforeEach(() => {
  tmp = tempDir();
  services = testServices(join(tmp.dir, 'comparison.sqlite'), false);
  f = buildFixture(services);
});
afterEach(() => {
  services.close();
  tmp.cleanup();
});

async function setThreshold(threshold: number) {
  return services.registry.call('progress.setThreshold', { campaignId: f.campaignId, threshold });
}

describe('round comparison', () => {
  it('puts each round total and level side by side with the gap between them', () => {
    const view = roundComparison(services.ctx, { campaignId: f.campaignId });
    expect(view.rounds.map((r) => r.kind)).toEqual(['self', 'county']);
    // Defaults: from the first round to the deciding one.
    expect([view.fromRoundId, view.toRoundId]).toEqual([f.selfRound, f.countyRound]);
    const a = view.rows.find((r) => r.branchId === f.a)!;
    // Self: 10 + 10 + 10 = 30 points → level 3. County: item means 8, 8, 9 = 25 → level 3.
    expect(a.results).toEqual([
      { total: 3000, level: 3, status: 'rated', sheet: { evaluatorId: null } },
      { total: 2500, level: 3, status: 'rated', sheet: { evaluatorId: f.ea } },
    ]);
    expect(a.gap).toBe(-500);
    // B has drafts only in the county round and no self-assessment: no gap to show.
    const b = view.rows.find((r) => r.branchId === f.b)!;
    expect(b.results.map((r) => r.status)).toEqual(['unscored', 'incomplete']);
    expect(b.gap).toBeNull();
    expect(b.results.map((r) => r.sheet)).toEqual([null, { evaluatorId: f.ea }]);
    expect(view.rows.map((r) => r.branchName)).toEqual(['A村', 'B村', 'C村']);
  });

  it('flags a gap only when it exceeds the stored threshold', async () => {
    // Default 10 points: a 5-point gap is not flagged.
    expect(roundComparison(services.ctx, { campaignId: f.campaignId }).flaggedCount).toBe(0);
    expect(await setThreshold(400)).toEqual({ ok: true, data: { threshold: 400 } });
    const flagged = roundComparison(services.ctx, { campaignId: f.campaignId });
    expect(flagged.threshold).toBe(400);
    expect(flagged.flaggedCount).toBe(1);
    expect(flagged.rows.filter((r) => r.flagged).map((r) => r.branchId)).toEqual([f.a]);
    // Exactly 5 points does not exceed 5 points.
    await setThreshold(500);
    expect(roundComparison(services.ctx, { campaignId: f.campaignId }).flaggedCount).toBe(0);
    expect(
      await services.registry.call('progress.getThreshold', { campaignId: f.campaignId }),
    ).toEqual({ ok: true, data: { threshold: 500 } });
  });

  it('refuses a negative or fractional threshold and keeps the old one', async () => {
    await setThreshold(300);
    expect(await setThreshold(-1)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(await setThreshold(12.5)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(roundComparison(services.ctx, { campaignId: f.campaignId }).threshold).toBe(300);
  });

  it('follows a score saved in either round (the cached rankings are never stale)', async () => {
    roundComparison(services.ctx, { campaignId: f.campaignId });
    // C's self-assessment gets its last item and is submitted: 9 + 8 + 7 = 24 points.
    const opened = await services.registry.call('sheets.open', {
      roundId: f.selfRound,
      branchId: f.c,
      evaluatorId: null,
    });
    if (!opened.ok) throw new Error('open failed');
    const sheet = opened.data as { id: string; version: number };
    const saved = await services.registry.call('scores.save', {
      sheetId: sheet.id,
      expectedVersion: sheet.version,
      entries: [{ item: 'P3', value: { points: 700 } }],
    });
    expect(saved.ok).toBe(true);
    const submitted = await services.registry.call('sheets.submit', {
      sheetId: sheet.id,
      expectedVersion: sheet.version + 1,
    });
    expect(submitted.ok).toBe(true);
    const c = roundComparison(services.ctx, { campaignId: f.campaignId }).rows.find(
      (r) => r.branchId === f.c,
    )!;
    expect(c.results[0]).toMatchObject({ total: 2400, level: 3, status: 'rated' });
  });

  it('defaults to two different rounds even when the deciding round comes first', async () => {
    await services.registry.call('rounds.reorder', {
      campaignId: f.campaignId,
      roundIds: [f.countyRound, f.selfRound],
    });
    const view = roundComparison(services.ctx, { campaignId: f.campaignId });
    expect([view.fromRoundId, view.toRoundId]).toEqual([f.selfRound, f.countyRound]);
    expect(view.rounds.map((r) => r.kind)).toEqual(['county', 'self']);
  });

  it('compares any two rounds asked for', () => {
    const view = roundComparison(services.ctx, {
      campaignId: f.campaignId,
      fromRoundId: f.countyRound,
      toRoundId: f.selfRound,
    });
    expect(view.rows.find((r) => r.branchId === f.a)!.gap).toBe(500);
    expect(() =>
      roundComparison(services.ctx, { campaignId: f.campaignId, fromRoundId: f.a }),
    ).toThrow(expect.objectContaining({ code: 'NOT_FOUND' }) as Error);
  });
});
