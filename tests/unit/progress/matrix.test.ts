import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AppServices } from '../../../electron/services/app';
import { progressMatrix } from '../../../electron/services/progress/matrix';
import { tempDir, testServices } from '../support';
import type { Fixture } from './fixture';
import { buildFixture } from './fixture';

let tmp: ReturnType<typeof tempDir>;
let services: AppServices;
let f: Fixture;
beforeEach(() => {
  tmp = tempDir();
  services = testServices(join(tmp.dir, 'progress.sqlite'), false);
  f = buildFixture(services);
});
afterEach(() => {
  services.close();
  tmp.cleanup();
});

function statuses(matrix: ReturnType<typeof progressMatrix>) {
  return Object.fromEntries(
    matrix.rows.map((row) => [row.branchName, row.cells.map((c) => c.status)]),
  );
}

describe('progress matrix', () => {
  it('shows each evaluator × branch state of the county round', () => {
    const m = progressMatrix(services.ctx, { campaignId: f.campaignId, roundId: f.countyRound });
    expect(m.columns.map((c) => c.name)).toEqual(['Ea', 'Eb', 'Ec']);
    expect(statuses(m)).toEqual({
      A村: ['submitted', 'submitted', 'submitted'],
      // Ea entered P1; Eb opened the sheet and entered nothing.
      B村: ['in-progress', 'not-started', 'unassigned'],
      // Ea is assigned and never opened the sheet.
      C村: ['not-started', 'unassigned', 'unassigned'],
    });
    const b = m.rows.find((r) => r.branchId === f.b)!;
    expect(b.cells[0]).toMatchObject({ entered: 1, missing: ['P2', 'P3'], expected: true });
    expect(b.cells[1]!.sheetId).not.toBeNull();
    expect(m.rows.find((r) => r.branchId === f.c)!.cells[0]!.sheetId).toBeNull();
    // Bonus and veto items are never "missing".
    expect(m.requiredItems).toBe(3);
    expect(m.items.map((i) => `${i.code} ${i.nameEn}`)).toEqual([
      'P1 Party life',
      'P2 Rules',
      'P3 Service',
    ]);
  });

  it('counts completion per round and per township', () => {
    const m = progressMatrix(services.ctx, { campaignId: f.campaignId, roundId: f.countyRound });
    // County: A 3 sheets, B 2, C 1 expected = 6; submitted 3 (A), in progress 1, not started 2.
    expect(
      m.rounds.map((r) => [r.name, r.expected, r.submitted, r.inProgress, r.notStarted]),
    ).toEqual([
      ['自评', 3, 1, 1, 1],
      ['县级审核', 6, 3, 1, 2],
    ]);
    expect(m.rounds[1]).toMatchObject({ branches: 3, branchesDone: 1, branchesUnassigned: 0 });
    expect(m.byTownship).toEqual([
      {
        townshipId: f.t1,
        name: '一镇',
        expected: 5,
        notStarted: 1,
        inProgress: 1,
        submitted: 3,
        branches: 2,
        branchesDone: 1,
        branchesUnassigned: 0,
      },
      {
        townshipId: f.t2,
        name: '二镇',
        expected: 1,
        notStarted: 1,
        inProgress: 0,
        submitted: 0,
        branches: 1,
        branchesDone: 0,
        branchesUnassigned: 0,
      },
    ]);
  });

  it('gives the self-assessment its own column in a self round', () => {
    const m = progressMatrix(services.ctx, { campaignId: f.campaignId, roundId: f.selfRound });
    expect(m.columns[0]).toEqual({ evaluatorId: null, name: '' });
    // Nobody else works in the self round, so the evaluators are not listed.
    expect(m.columns).toHaveLength(1);
    expect(statuses(m)).toEqual({
      A村: ['submitted'],
      B村: ['not-started'],
      C村: ['in-progress'],
    });
    expect(m.rows[2]!.cells[0]).toMatchObject({ entered: 2, missing: ['P3'], expected: true });
  });

  it("lists the campaign's evaluators in a review round nobody is assigned to yet", () => {
    services.ctx.db.prepare('DELETE FROM score_sheets WHERE round_id = ?').run(f.countyRound);
    services.ctx.db.prepare('DELETE FROM assignments WHERE round_id = ?').run(f.countyRound);
    const m = progressMatrix(services.ctx, { campaignId: f.campaignId, roundId: f.countyRound });
    expect(m.columns.map((c) => c.name)).toEqual(['Ea', 'Eb', 'Ec']);
    expect(m.rows.every((r) => r.cells.every((c) => c.status === 'unassigned'))).toBe(true);
    expect(m.byTownship.map((t) => [t.expected, t.branchesUnassigned])).toEqual([
      [0, 2],
      [0, 1],
    ]);
  });

  it('filters by township and status and stops at the limit', () => {
    const base = { campaignId: f.campaignId, roundId: f.countyRound };
    const t2 = progressMatrix(services.ctx, { ...base, townshipId: f.t2 });
    expect(t2.rows.map((r) => r.branchName)).toEqual(['C村']);
    // Completion stays for the whole campaign whatever the filter.
    expect(t2.byTownship).toHaveLength(2);
    const gaps = progressMatrix(services.ctx, { ...base, filter: 'gaps' });
    expect(gaps.rows.map((r) => r.branchName)).toEqual(['B村', 'C村']);
    const done = progressMatrix(services.ctx, { ...base, filter: 'submitted' });
    expect(done.rows.map((r) => r.branchName)).toEqual(['A村']);
    const inProgress = progressMatrix(services.ctx, { ...base, filter: 'in-progress' });
    expect(inProgress.rows.map((r) => r.branchName)).toEqual(['B村']);
    const limited = progressMatrix(services.ctx, { ...base, limit: 1 });
    expect(limited.rows).toHaveLength(1);
    expect(limited.totalRows).toBe(3);
  });

  it('counts again after a save (the completion cache follows every write)', async () => {
    const base = { campaignId: f.campaignId, roundId: f.countyRound };
    expect(progressMatrix(services.ctx, base).byTownship[0]).toMatchObject({
      inProgress: 1,
      notStarted: 1,
    });
    const opened = await services.registry.call('sheets.open', {
      roundId: f.countyRound,
      branchId: f.b,
      evaluatorId: f.eb,
    });
    if (!opened.ok) throw new Error('open failed');
    const sheet = opened.data as { id: string; version: number };
    const saved = await services.registry.call('scores.save', {
      sheetId: sheet.id,
      expectedVersion: sheet.version,
      entries: [{ item: 'P2', value: { points: 650 } }],
    });
    expect(saved.ok).toBe(true);
    const after = progressMatrix(services.ctx, base);
    expect(after.byTownship[0]).toMatchObject({ inProgress: 2, notStarted: 0 });
    expect(after.rows[1]!.cells[1]).toMatchObject({
      status: 'in-progress',
      entered: 1,
      missing: ['P1', 'P3'],
    });
  });

  it('is reached through the registry, which refuses bad input and unknown rounds', async () => {
    const ok = await services.registry.call('progress.matrix', {
      campaignId: f.campaignId,
      roundId: f.countyRound,
      filter: 'gaps',
    });
    expect(ok.ok).toBe(true);
    const extra = await services.registry.call('progress.matrix', {
      campaignId: f.campaignId,
      roundId: f.countyRound,
      sneaky: 1,
    });
    expect(extra).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    const wrong = await services.registry.call('progress.matrix', {
      campaignId: f.campaignId,
      roundId: f.a,
    });
    expect(wrong).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });
});
