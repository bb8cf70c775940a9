import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AppServices } from '../../../electron/services/app';
import { insertScore, insertSheet } from '../../../electron/store/queries/sheets';
import { write } from '../../../electron/store/write';
import type {
  AuditEntryView,
  EvaluatorView,
  RankingExplanation,
  RankingRow,
  RankingView,
  SheetView,
} from '../../../shared/domain/views';
import type { GridView } from '../../../shared/domain/views/grid';
import type { RoundView } from '../../../shared/domain/views/rounds';
import { count, tempDir, testServices, withFileId } from '../support';
import type { Fixture } from '../progress/fixture';
import { buildFixture } from '../progress/fixture';
import { call, failure } from './helpers';

/**
 * The story on a small county (测试县, a self round and a deciding county round; A村 is
 * rated on three county evaluators, B村 waits for Ea's draft, Eb opened B村 and entered nothing).
 */
let tmp: ReturnType<typeof tempDir>;
let services: AppServices;
let f: Fixture;
beforeEach(() => {
  tmp = tempDir();
  services = testServices(join(tmp.dir, 'self-round.sqlite'), false);
  f = buildFixture(services);
});
afterEach(() => {
  services.close();
  tmp.cleanup();
});

async function rankingRow(branchId: string, roundId = f.countyRound): Promise<RankingRow> {
  const view = await call<RankingView>(services, 'ranking.compute', {
    campaignId: f.campaignId,
    roundId,
  });
  return view.rows.find((r) => r.branchId === branchId)!;
}

/** A sheet written as an older version of the app could: straight into the tables. */
function legacySheet(
  roundId: string,
  branchId: string,
  evaluatorId: string | null,
  status: 'draft' | 'submitted',
  points: Record<string, number>,
): string {
  return write(services.ctx, () => {
    const id = services.ctx.newId();
    insertSheet(services.ctx.db, { id, roundId, branchId, evaluatorId, status, at: 'then' });
    for (const [itemCode, value] of Object.entries(points))
      insertScore(services.ctx.db, {
        sheetId: id,
        itemCode,
        points: value,
        fact: null,
        input: { points: value },
        at: 'then',
      });
    return id;
  });
}

describe('self-assessments only in a self round', () => {
  it('refuses one keystroke in 自评 on the deciding county round, and the branch keeps its level', async () => {
    const before = await rankingRow(f.a);
    expect(before).toMatchObject({ status: 'rated', total: 2500, level: 3 });
    const sheets = count(services, 'score_sheets');
    const audits = count(services, 'audit_log');
    const refused = { code: 'FORBIDDEN', details: { reason: 'self-sheet-outside-self-round' } };

    expect(
      await failure(services, 'grid.load', { roundId: f.countyRound, evaluatorId: null }),
    ).toMatchObject(refused);
    expect(
      await failure(services, 'grid.save', {
        roundId: f.countyRound,
        evaluatorId: null,
        versions: {},
        cells: [{ branchId: f.a, item: 'P1', value: { points: 100 } }],
      }),
    ).toMatchObject(refused);
    expect(
      await failure(services, 'sheets.open', {
        roundId: f.countyRound,
        branchId: f.a,
        evaluatorId: null,
      }),
    ).toMatchObject(refused);
    expect(
      await failure(services, 'scoreTemplates.export', {
        roundId: f.countyRound,
        evaluatorId: null,
        layout: 'grid',
      }),
    ).toMatchObject(refused);

    expect(count(services, 'score_sheets')).toBe(sheets);
    expect(count(services, 'audit_log')).toBe(audits);
    expect(await rankingRow(f.a)).toEqual(before);
  });

  it('refuses evaluators in a self round: no sheet, no grid, no assignment', async () => {
    const refused = { code: 'FORBIDDEN', details: { reason: 'evaluator-sheet-in-self-round' } };
    expect(
      await failure(services, 'sheets.open', {
        roundId: f.selfRound,
        branchId: f.a,
        evaluatorId: f.ea,
      }),
    ).toMatchObject(refused);
    expect(
      await failure(services, 'grid.load', { roundId: f.selfRound, evaluatorId: f.ea }),
    ).toMatchObject(refused);
    expect(
      await failure(services, 'assignments.assignTownship', {
        roundId: f.selfRound,
        evaluatorId: f.ea,
        townshipId: f.t1,
      }),
    ).toMatchObject({ code: 'FORBIDDEN', details: { reason: 'self-round-no-evaluators' } });
    // The self round's own grid lists every branch, each with its self sheet.
    const grid = await call<GridView>(services, 'grid.load', {
      roundId: f.selfRound,
      evaluatorId: null,
    });
    expect(grid.rows.map((r) => [r.branchName, r.status])).toEqual([
      ['A村', 'submitted'],
      ['B村', 'none'],
      ['C村', 'draft'],
    ]);
  });

  it('refuses a self-assessment workbook once its round is no longer a self round', async () => {
    const round = await call<RoundView>(services, 'rounds.create', {
      campaignId: f.campaignId,
      kind: 'self',
      name: '二次自评',
    });
    const file = await call<{ fileName: string; bytes: Buffer }>(
      services,
      'scoreTemplates.export',
      { roundId: round.id, evaluatorId: null, layout: 'grid' },
    );
    await call(services, 'rounds.update', { roundId: round.id, kind: 'county' });
    expect(
      await failure(services, 'scoreTemplates.preview', { campaignId: f.campaignId, file }),
    ).toMatchObject({
      code: 'INVALID_INPUT',
      details: { problem: 'template-self-outside-self-round', file: file.fileName },
    });
  });

  it('never combines a self sheet already filed in a county round: the ranking flags it, nothing is deleted', async () => {
    // Written by an older version (no audit, before any ranking was computed): zeros that would
    // pull A村's mean down if they were averaged in, and a draft self sheet on C村 that must not
    // make C村 wait either.
    legacySheet(f.countyRound, f.a, null, 'submitted', { P1: 0, P2: 0, P3: 0 });
    legacySheet(f.countyRound, f.c, null, 'draft', { P1: 500 });
    const after = await rankingRow(f.a);
    // The three county evaluators alone: (800 + 600 + 1000 + 900 + 900 + 600 + 700 + 1000 + 1000) / 3.
    expect(after).toMatchObject({ status: 'rated', total: 2500, level: 3 });
    expect(after.flags).toContain('ignored-sheets');
    const explained = await call<RankingExplanation>(services, 'ranking.explain', {
      campaignId: f.campaignId,
      roundId: f.countyRound,
      branchId: f.a,
    });
    expect(explained.result.evaluators).toBe(3);
    expect(explained.result.reasons).toContainEqual({
      kind: 'sheets-ignored',
      count: 1,
      who: 'self',
    });
    expect((await rankingRow(f.c)).status).toBe('unscored');
    expect(count(services, 'score_sheets'), 'the legacy sheets are kept as they were').toBe(9);
  });

  it('lets a misplaced sheet be looked at and discarded, but takes no more changes', async () => {
    const sheetId = legacySheet(f.countyRound, f.c, null, 'draft', { P1: 500 });
    const view = await call<SheetView>(services, 'sheets.get', { sheetId });
    expect(view).toMatchObject({ roundKind: 'county', evaluatorId: null });
    expect(
      await failure(services, 'scores.save', {
        sheetId,
        expectedVersion: view.version,
        entries: [{ item: 'P2', value: { points: 100 } }],
      }),
    ).toMatchObject({ code: 'FORBIDDEN', details: { reason: 'self-sheet-outside-self-round' } });
    await call(services, 'sheets.discard', { sheetId, expectedVersion: view.version });
    expect(count(services, 'score_sheets')).toBe(7);
    const trail = await call<AuditEntryView[]>(services, 'audit.forBranch', { branchId: f.c });
    const discard = trail.find((e) => e.action === 'discard-sheet')!;
    expect(discard).toMatchObject({ entity: 'branch', entityId: f.c });
    // What it held stays in the trail.
    expect(discard.before).toMatchObject({
      sheetId,
      evaluatorId: null,
      entries: [{ item: 'P1', points: 500, value: { points: 500 } }],
    });
  });
});

describe('drafts and the ranking', () => {
  async function newEvaluatorOnA(): Promise<EvaluatorView> {
    const evaluator = await call<EvaluatorView>(services, 'evaluators.create', {
      campaignId: f.campaignId,
      name: '周评委',
      role: '县委组织部',
      unitId: null,
    });
    await call(services, 'assignments.assignTownship', {
      roundId: f.countyRound,
      evaluatorId: evaluator.id,
      townshipId: f.t1,
    });
    return evaluator;
  }

  it('names whose draft an incomplete branch waits for; an empty draft is nobody’s', async () => {
    // B村: Ea entered P1, Eb opened the sheet and typed nothing.
    const b = await rankingRow(f.b);
    expect(b).toMatchObject({ status: 'incomplete', outstanding: ['Ea'] });
    const explained = await call<RankingExplanation>(services, 'ranking.explain', {
      campaignId: f.campaignId,
      roundId: f.countyRound,
      branchId: f.b,
    });
    expect(explained.result.reasons).toContainEqual({
      kind: 'sheets-pending',
      count: 1,
      by: [f.ea],
    });
    // In the self round, C村's own draft is the one outstanding.
    expect(await rankingRow(f.c, f.selfRound)).toMatchObject({
      status: 'incomplete',
      outstanding: [null],
    });
  });

  it('an empty draft never blocks a branch; one entry makes it wait; cleared, it can be discarded', async () => {
    const before = await rankingRow(f.a);
    const evaluator = await newEvaluatorOnA();
    const opened = await call<SheetView>(services, 'sheets.open', {
      roundId: f.countyRound,
      branchId: f.a,
      evaluatorId: evaluator.id,
    });
    expect(await rankingRow(f.a)).toEqual(before);

    const typed = await call<SheetView>(services, 'scores.save', {
      sheetId: opened.id,
      expectedVersion: opened.version,
      entries: [{ item: 'P1', value: { points: 500 } }],
    });
    expect(await rankingRow(f.a)).toMatchObject({
      status: 'incomplete',
      outstanding: ['周评委'],
    });
    expect(
      await failure(services, 'sheets.discard', {
        sheetId: opened.id,
        expectedVersion: typed.version,
      }),
    ).toMatchObject({ code: 'CONFLICT', details: { reason: 'sheet-not-empty', count: 1 } });

    const cleared = await call<SheetView>(services, 'scores.save', {
      sheetId: opened.id,
      expectedVersion: typed.version,
      entries: [{ item: 'P1', value: null }],
    });
    expect(await rankingRow(f.a)).toEqual(before);
    expect(
      await failure(services, 'sheets.discard', {
        sheetId: opened.id,
        expectedVersion: opened.version,
      }),
      'a stale window cannot discard',
    ).toMatchObject({ code: 'CONFLICT' });
    await call(services, 'sheets.discard', {
      sheetId: opened.id,
      expectedVersion: cleared.version,
    });
    expect(await failure(services, 'sheets.get', { sheetId: opened.id })).toMatchObject({
      code: 'NOT_FOUND',
    });
    // The discarded sheet's own trail (opened, typed, cleared) stays with the branch.
    const trail = await call<AuditEntryView[]>(services, 'audit.forBranch', { branchId: f.a });
    expect(
      trail
        .filter((e) => e.entityId === opened.id || e.action === 'discard-sheet')
        .map((e) => e.action),
    ).toEqual(['open', 'score', 'score', 'discard-sheet']);
    expect(await rankingRow(f.a)).toEqual(before);
  });

  it('refuses to discard a submitted sheet or one with evidence', async () => {
    const submitted = services.ctx.db
      .prepare("SELECT id, version FROM score_sheets WHERE status = 'submitted' LIMIT 1")
      .get() as { id: string; version: number };
    expect(
      await failure(services, 'sheets.discard', {
        sheetId: submitted.id,
        expectedVersion: submitted.version,
      }),
    ).toMatchObject({ code: 'LOCKED', details: { reason: 'sheet-submitted' } });
    const evaluator = await newEvaluatorOnA();
    const opened = await call<SheetView>(services, 'sheets.open', {
      roundId: f.countyRound,
      branchId: f.a,
      evaluatorId: evaluator.id,
    });
    const png = Buffer.from(
      'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
      'base64',
    );
    await call(
      services,
      'evidence.add',
      await withFileId(
        services,
        { sheetId: opened.id, itemCode: 'P1', file: { fileName: '照片.png', bytes: png } },
        'evidence',
      ),
    );
    expect(
      await failure(services, 'sheets.discard', {
        sheetId: opened.id,
        expectedVersion: opened.version,
      }),
    ).toMatchObject({ code: 'CONFLICT', details: { reason: 'sheet-not-empty', files: 1 } });
  });
});
