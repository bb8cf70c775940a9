import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { RankingState } from '../../../shared/scoring';
import type { SheetView } from '../../../shared/domain/views';
import type { AppServices } from '../../../electron/services/app';
import { listCampaignSummaries } from '../../../electron/services/campaigns/service';
import { rubricById } from '../../../electron/services/rubrics/service';
import { listItems } from '../../../shared/domain/rubric';
import { addSelfRound, call as callApi, count, fullMarks, tempDir, testServices } from '../support';

let tmp: ReturnType<typeof tempDir>;
let services: AppServices;
let roundId: string;
let branchId: string;
beforeEach(async () => {
  tmp = tempDir();
  services = testServices(join(tmp.dir, 'sheets.sqlite'));
  const campaign = listCampaignSummaries(services.ctx)[0]!;
  // These tests use the self-assessment, which lives in a self round.
  roundId = await addSelfRound(services, campaign.id);
  // A branch nobody has scored yet.
  branchId = (
    services.ctx.db
      .prepare(
        `SELECT branch_id AS id FROM campaign_branches WHERE campaign_id = ?
           AND branch_id NOT IN (SELECT branch_id FROM score_sheets) LIMIT 1`,
      )
      .get(campaign.id) as { id: string }
  ).id;
});
afterEach(() => {
  services.close();
  tmp.cleanup();
});

const call = <T>(method: string, input: unknown): Promise<T> => callApi<T>(services, method, input);

function snapshot(): string {
  return JSON.stringify(
    services.ctx.db.prepare('SELECT * FROM scores ORDER BY sheet_id, item_code').all(),
  );
}

describe('score sheets', () => {
  it('opens one draft per evaluator and branch, and opening again returns the same sheet', async () => {
    const a = await call<SheetView>('sheets.open', { roundId, branchId, evaluatorId: null });
    const b = await call<SheetView>('sheets.open', { roundId, branchId, evaluatorId: null });
    expect(a.id).toBe(b.id);
    expect(a).toMatchObject({ status: 'draft', version: 1, entries: {} });
  });

  it('saves entries, applying each item rule, and audits before and after', async () => {
    const sheet = await call<SheetView>('sheets.open', { roundId, branchId, evaluatorId: null });
    const saved = await call<SheetView>('scores.save', {
      sheetId: sheet.id,
      expectedVersion: 1,
      entries: [{ item: 'S1.1.1', value: { points: 850 }, remark: '班子配备齐全' }],
    });
    expect(saved.version).toBe(2);
    expect(saved.entries['S1.1.1']).toEqual({
      value: { points: 850 },
      points: 850,
      remark: '班子配备齐全',
    });
    const trail = await call<{ action: string; before: unknown; after: unknown }[]>(
      'audit.forBranch',
      { branchId },
    );
    expect(trail.at(-1)).toMatchObject({
      action: 'score',
      before: { item: 'S1.1.1', value: null },
      after: { item: 'S1.1.1', value: { points: 850 } },
    });
  });

  it('refuses a value above the maximum, naming the item, and stores nothing of the batch', async () => {
    const sheet = await call<SheetView>('sheets.open', { roundId, branchId, evaluatorId: null });
    const before = snapshot();
    const result = await services.registry.call('scores.save', {
      sheetId: sheet.id,
      expectedVersion: 1,
      entries: [
        { item: 'S1.1.4', value: { points: 500 } },
        { item: 'S1.1.1', value: { points: 100_000 } },
      ],
    });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', details: { path: 'S1.1.1', problem: 'above-max' } },
    });
    expect(snapshot()).toBe(before);
    expect((await call<SheetView>('sheets.get', { sheetId: sheet.id })).version).toBe(1);
  });

  it('gives a stale window CONFLICT and loses nothing (two windows, one sheet)', async () => {
    const sheet = await call<SheetView>('sheets.open', { roundId, branchId, evaluatorId: null });
    await call('scores.save', {
      sheetId: sheet.id,
      expectedVersion: 1,
      entries: [{ item: 'S1.1.1', value: { points: 900 } }],
    });
    // The second window still holds version 1.
    const stale = await services.registry.call('scores.save', {
      sheetId: sheet.id,
      expectedVersion: 1,
      entries: [{ item: 'S1.1.1', value: { points: 100 } }],
    });
    expect(stale).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', details: { version: 2 } },
    });
    expect(
      (await call<SheetView>('sheets.get', { sheetId: sheet.id })).entries['S1.1.1']?.points,
    ).toBe(900);
  });

  it('submits only a complete sheet, locks it, and reopens it only with a reason (audited)', async () => {
    const sheet = await call<SheetView>('sheets.open', { roundId, branchId, evaluatorId: null });
    const incomplete = await services.registry.call('sheets.submit', {
      sheetId: sheet.id,
      expectedVersion: 1,
    });
    expect(incomplete).toMatchObject({ ok: false, error: { code: 'INCOMPLETE' } });

    const view = rubricById(services.ctx, {
      id: listCampaignSummaries(services.ctx)[0]!.rubricVersionId,
    });
    const entries = listItems(view.definition).map(fullMarks);
    const full = await call<SheetView>('scores.save', {
      sheetId: sheet.id,
      expectedVersion: 1,
      entries,
    });
    const submitted = await call<SheetView>('sheets.submit', {
      sheetId: sheet.id,
      expectedVersion: full.version,
    });
    expect(submitted.status).toBe('submitted');

    const locked = await services.registry.call('scores.save', {
      sheetId: sheet.id,
      expectedVersion: submitted.version,
      entries: [{ item: 'S1.1.1', value: { points: 0 } }],
    });
    expect(locked).toMatchObject({ ok: false, error: { code: 'LOCKED' } });

    const noReason = await services.registry.call('sheets.reopen', {
      sheetId: sheet.id,
      expectedVersion: submitted.version,
      reason: '',
    });
    expect(noReason).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    const reopened = await call<SheetView>('sheets.reopen', {
      sheetId: sheet.id,
      expectedVersion: submitted.version,
      reason: '评委发现S1.1.1录入有误',
    });
    expect(reopened.status).toBe('draft');
    const trail = await call<{ action: string; reason: string | null }[]>('audit.forBranch', {
      branchId,
    });
    expect(trail.map((t) => t.action)).toEqual(expect.arrayContaining(['submit', 'reopen']));
    expect(trail.find((t) => t.action === 'reopen')?.reason).toBe('评委发现S1.1.1录入有误');
    expect(count(services, 'score_sheets')).toBeGreaterThan(0);
  });

  it('refuses an unknown item and a veto raised without a reason', async () => {
    const sheet = await call<SheetView>('sheets.open', { roundId, branchId, evaluatorId: null });
    const unknown = await services.registry.call('scores.save', {
      sheetId: sheet.id,
      expectedVersion: 1,
      entries: [{ item: 'NOPE', value: { points: 1 } }],
    });
    expect(unknown).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', details: { problem: 'unknown-item' } },
    });
    const veto = await services.registry.call('scores.save', {
      sheetId: sheet.id,
      expectedVersion: 1,
      entries: [{ item: 'S4.3.4', value: { triggered: true } }],
    });
    expect(veto).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', details: { problem: 'veto-reason-required' } },
    });
  });
});

describe('ranking after a submit', () => {
  it('updates the cached ranking for that branch only, matching a full recompute', async () => {
    const campaignId = listCampaignSummaries(services.ctx)[0]!.id;
    const { computeRanking } = await import('../../../electron/services/ranking/service');
    computeRanking(services.ctx, { campaignId }); // fills the cache
    const updates = vi.spyOn(RankingState.prototype, 'updateBranch');
    // A demo branch with a draft sheet: complete the draft and submit it.
    const draft = services.ctx.db
      .prepare("SELECT id, branch_id, version FROM score_sheets WHERE status = 'draft' LIMIT 1")
      .get() as { id: string; branch_id: string; version: number };
    const view = rubricById(services.ctx, {
      id: listCampaignSummaries(services.ctx)[0]!.rubricVersionId,
    });
    const filled = await call<SheetView>('sheets.get', { sheetId: draft.id });
    const entries = listItems(view.definition)
      .filter((item) => !filled.entries[item.code])
      .map(fullMarks);
    const saved = await call<SheetView>('scores.save', {
      sheetId: draft.id,
      expectedVersion: draft.version,
      entries,
    });
    await call('sheets.submit', { sheetId: draft.id, expectedVersion: saved.version });
    const incremental = computeRanking(services.ctx, { campaignId });
    // The save and the submit each re-evaluated the one branch instead of recomputing all.
    expect(updates).toHaveBeenCalledTimes(2);
    updates.mockRestore();
    const fresh = testServices(services.ctx.info.dataFile);
    try {
      expect(incremental.rows).toEqual(computeRanking(fresh.ctx, { campaignId }).rows);
    } finally {
      fresh.close();
    }
  });
});
