import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AppServices } from '../../../electron/services/app';
import type { RankingView, SheetView } from '../../../shared/domain/views';
import type { BulkSubmitPreview } from '../../../shared/domain/views/sheets';
import { count, tempDir, testServices } from '../support';
import type { Fixture } from '../progress/fixture';
import { buildFixture } from '../progress/fixture';
import { call, failure } from './helpers';

/**
 * 测试县: in the county round Ea has a draft of B村 with P1 only and is assigned C村 (nothing
 * opened); Eb opened B村 and entered nothing. In the self round C村's draft lacks P3.
 */
let tmp: ReturnType<typeof tempDir>;
let services: AppServices;
let f: Fixture;
beforeEach(() => {
  tmp = tempDir();
  services = testServices(join(tmp.dir, 'bulk.sqlite'), false);
  f = buildFixture(services);
});
afterEach(() => {
  services.close();
  tmp.cleanup();
});

/** Ea fills C村 completely: a draft ready to submit. */
async function completeDraftOfC(): Promise<SheetView> {
  const opened = await call<SheetView>(services, 'sheets.open', {
    roundId: f.countyRound,
    branchId: f.c,
    evaluatorId: f.ea,
  });
  return call<SheetView>(services, 'scores.save', {
    sheetId: opened.id,
    expectedVersion: opened.version,
    entries: [
      { item: 'P1', value: { points: 900 } },
      { item: 'P2', value: { points: 900 } },
      { item: 'P3', value: { points: 800 } },
    ],
  });
}

function statusOf(sheetId: string): { status: string; version: number } {
  return services.ctx.db
    .prepare('SELECT status, version FROM score_sheets WHERE id = ?')
    .get(sheetId) as { status: string; version: number };
}

describe('submitting in bulk', () => {
  it('previews an evaluator’s drafts: what is complete, and what each other one still misses', async () => {
    const c = await completeDraftOfC();
    const preview = await call<BulkSubmitPreview>(services, 'sheets.previewBulk', {
      roundId: f.countyRound,
      evaluatorId: f.ea,
    });
    expect(preview.roundName).toBe('县级审核');
    expect(preview.ready).toEqual([
      expect.objectContaining({
        sheetId: c.id,
        version: c.version,
        branchName: 'C村',
        townshipName: '二镇',
        evaluatorName: 'Ea',
        entered: 3,
        missingCount: 0,
      }),
    ]);
    expect(preview.incomplete).toEqual([
      expect.objectContaining({
        branchName: 'B村',
        evaluatorName: 'Ea',
        entered: 1,
        missingCount: 2,
        missing: [
          { code: 'P2', name: '制度执行', nameEn: 'Rules' },
          { code: 'P3', name: '服务群众', nameEn: 'Service' },
        ],
      }),
    ]);
  });

  it('previews a township across evaluators, empty drafts included', async () => {
    const preview = await call<BulkSubmitPreview>(services, 'sheets.previewBulk', {
      roundId: f.countyRound,
      townshipId: f.t1,
    });
    expect(preview.ready).toEqual([]);
    expect(preview.incomplete.map((s) => [s.branchName, s.evaluatorName, s.entered])).toEqual([
      ['B村', 'Ea', 1],
      ['B村', 'Eb', 0],
    ]);
    const self = await call<BulkSubmitPreview>(services, 'sheets.previewBulk', {
      roundId: f.selfRound,
      evaluatorId: null,
    });
    expect(self.incomplete.map((s) => [s.branchName, s.evaluatorName, s.missingCount])).toEqual([
      ['C村', null, 1],
    ]);
  });

  it('submits the complete drafts in one write, audited per sheet, and leaves the rest alone', async () => {
    const c = await completeDraftOfC();
    const bDraft = services.ctx.db
      .prepare('SELECT id, version FROM score_sheets WHERE branch_id = ? AND evaluator_id = ?')
      .get(f.b, f.ea) as { id: string; version: number };
    const preview = await call<BulkSubmitPreview>(services, 'sheets.previewBulk', {
      roundId: f.countyRound,
      evaluatorId: f.ea,
    });
    const before = await call<RankingView>(services, 'ranking.compute', {
      campaignId: f.campaignId,
      roundId: f.countyRound,
    });
    expect(before.rows.find((r) => r.branchId === f.c)!.status).toBe('incomplete');
    const audits = count(services, 'audit_log');
    const result = await call<{ submitted: number }>(services, 'sheets.submitBulk', {
      roundId: f.countyRound,
      sheets: preview.ready.map((s) => ({ sheetId: s.sheetId, expectedVersion: s.version })),
    });
    expect(result).toEqual({ submitted: 1 });
    expect(statusOf(c.id)).toEqual({ status: 'submitted', version: c.version + 1 });
    expect(statusOf(bDraft.id)).toEqual({ status: 'draft', version: bDraft.version });
    expect(count(services, 'audit_log')).toBe(audits + 1);
    expect(
      services.ctx.db
        .prepare('SELECT action, entity_id FROM audit_log ORDER BY seq DESC LIMIT 1')
        .get(),
    ).toEqual({ action: 'submit', entity_id: c.id });
    const after = await call<RankingView>(services, 'ranking.compute', {
      campaignId: f.campaignId,
      roundId: f.countyRound,
    });
    expect(after.rows.find((r) => r.branchId === f.c)).toMatchObject({
      status: 'rated',
      total: 2600,
    });
  });

  it('submits nothing when one previewed sheet changed since, or is no longer complete', async () => {
    const c = await completeDraftOfC();
    // A second complete draft: Ea's B村, finished.
    const bDraft = services.ctx.db
      .prepare('SELECT id, version FROM score_sheets WHERE branch_id = ? AND evaluator_id = ?')
      .get(f.b, f.ea) as { id: string; version: number };
    const b = await call<SheetView>(services, 'scores.save', {
      sheetId: bDraft.id,
      expectedVersion: bDraft.version,
      entries: [
        { item: 'P2', value: { points: 700 } },
        { item: 'P3', value: { points: 700 } },
      ],
    });
    const preview = await call<BulkSubmitPreview>(services, 'sheets.previewBulk', {
      roundId: f.countyRound,
      evaluatorId: f.ea,
    });
    expect(preview.ready.map((s) => s.branchName)).toEqual(['B村', 'C村']);
    const sheets = preview.ready.map((s) => ({ sheetId: s.sheetId, expectedVersion: s.version }));

    // Another window clears an entry of C村 after the preview.
    const cleared = await call<SheetView>(services, 'scores.save', {
      sheetId: c.id,
      expectedVersion: c.version,
      entries: [{ item: 'P3', value: null }],
    });
    expect(
      await failure(services, 'sheets.submitBulk', { roundId: f.countyRound, sheets }),
    ).toMatchObject({ code: 'CONFLICT', details: { branch: 'C村' } });
    // With the new version the sheet is named as incomplete instead.
    const stale = sheets.map((s) =>
      s.sheetId === c.id ? { ...s, expectedVersion: cleared.version } : s,
    );
    expect(
      await failure(services, 'sheets.submitBulk', { roundId: f.countyRound, sheets: stale }),
    ).toMatchObject({ code: 'INCOMPLETE', details: { branch: 'C村', count: 1, path: 'P3' } });
    expect(statusOf(b.id).status).toBe('draft');
    expect(statusOf(c.id).status).toBe('draft');
  });

  it('refuses a sheet of another round and malformed input', async () => {
    const c = await completeDraftOfC();
    expect(
      await failure(services, 'sheets.submitBulk', {
        roundId: f.selfRound,
        sheets: [{ sheetId: c.id, expectedVersion: c.version }],
      }),
    ).toMatchObject({ code: 'NOT_FOUND', details: { entity: 'sheet' } });
    expect(
      (await failure(services, 'sheets.submitBulk', { roundId: f.countyRound, sheets: [] })).code,
    ).toBe('INVALID_INPUT');
    expect(
      (
        await failure(services, 'sheets.previewBulk', {
          roundId: f.countyRound,
          evaluatorId: f.ea,
          extra: 1,
        })
      ).code,
    ).toBe('INVALID_INPUT');
    expect(statusOf(c.id).status).toBe('draft');
  });
});
