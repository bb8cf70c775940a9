import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RankingView } from '../../../shared/domain/views';
import type { RoundView } from '../../../shared/domain/views/rounds';
import type { AppServices } from '../../../electron/services/app';
import { listCampaignSummaries } from '../../../electron/services/campaigns/service';
import { count, tempDir, testServices } from '../support';
import { call, failure, row } from './helpers';

let tmp: ReturnType<typeof tempDir>;
let services: AppServices;
let campaignId: string;

beforeEach(() => {
  tmp = tempDir();
  services = testServices(join(tmp.dir, 'rounds.sqlite'));
  campaignId = listCampaignSummaries(services.ctx)[0]!.id;
});
afterEach(() => {
  services.close();
  tmp.cleanup();
});

function decidingRound(): string | null {
  return row<{ id: string | null }>(
    services,
    'SELECT deciding_round_id AS id FROM campaigns WHERE id = ?',
    campaignId,
  ).id;
}

function trail(action: string): { entity_id: string; before: string; after: string }[] {
  return services.ctx.db
    .prepare('SELECT entity_id, before, after FROM audit_log WHERE action = ? ORDER BY seq')
    .all(action) as { entity_id: string; before: string; after: string }[];
}

describe('rounds', () => {
  it('lists the demo round as deciding, with its assignment and sheet counts', async () => {
    const [round, ...rest] = await call<RoundView[]>(services, 'rounds.list', { campaignId });
    expect(rest).toEqual([]);
    const sheets = row<{ n: number; submitted: number }>(
      services,
      "SELECT count(*) AS n, sum(status = 'submitted') AS submitted FROM score_sheets",
    );
    expect(round).toMatchObject({
      kind: 'county',
      name: '县级审核',
      seq: 1,
      isDeciding: true,
      evaluators: 3,
      conflicts: 0,
      assignments: count(services, 'assignments'),
      sheetsStarted: sheets.n,
      sheetsSubmitted: sheets.submitted,
    });
    expect(round!.assignments).toBe(sheets.n);
  });

  it('creates rounds after the last one, audited, without moving the deciding round', async () => {
    const before = decidingRound();
    const self = await call<RoundView>(services, 'rounds.create', {
      campaignId,
      kind: 'self',
      name: ' 支部自评 ',
    });
    expect(self).toMatchObject({
      kind: 'self',
      name: '支部自评',
      seq: 2,
      isDeciding: false,
      assignments: 0,
      sheetsStarted: 0,
    });
    const town = await call<RoundView>(services, 'rounds.create', {
      campaignId,
      kind: 'township',
      name: '乡镇初评',
    });
    expect(town.seq).toBe(3);
    expect(decidingRound()).toBe(before);
    const list = await call<RoundView[]>(services, 'rounds.list', { campaignId });
    expect(list.map((r) => r.name)).toEqual(['县级审核', '支部自评', '乡镇初评']);
    expect(trail('create-round').map((a) => a.entity_id)).toEqual([self.id, town.id]);
  });

  it('makes the first round of a campaign without one its deciding round', async () => {
    services.ctx.db.prepare('UPDATE campaigns SET deciding_round_id = NULL').run();
    const round = await call<RoundView>(services, 'rounds.create', {
      campaignId,
      kind: 'other',
      name: '复核',
    });
    expect(round.isDeciding).toBe(true);
    expect(decidingRound()).toBe(round.id);
  });

  it('renames a round and audits before and after; the same name leaves no trail', async () => {
    const [round] = await call<RoundView[]>(services, 'rounds.list', { campaignId });
    const renamed = await call<RoundView>(services, 'rounds.update', {
      roundId: round!.id,
      name: '县级实地核查',
    });
    expect(renamed.name).toBe('县级实地核查');
    await call(services, 'rounds.update', { roundId: round!.id, name: '县级实地核查' });
    const before = { name: '县级审核', kind: 'county', conflictScope: 'township' };
    expect(trail('update-round')).toEqual([
      {
        entity_id: round!.id,
        before: JSON.stringify(before),
        after: JSON.stringify({ ...before, name: '县级实地核查', lifted: 0, flagged: 0 }),
      },
    ]);
  });

  it('sets the deciding round, which the ranking then uses by default', async () => {
    const [county] = await call<RoundView[]>(services, 'rounds.list', { campaignId });
    const self = await call<RoundView>(services, 'rounds.create', {
      campaignId,
      kind: 'self',
      name: '支部自评',
    });
    const first = await call<RankingView>(services, 'ranking.compute', { campaignId });
    expect(first.roundId).toBe(county!.id);
    const set = await call<RoundView>(services, 'rounds.setDeciding', { roundId: self.id });
    expect(set.isDeciding).toBe(true);
    const list = await call<RoundView[]>(services, 'rounds.list', { campaignId });
    expect(list.filter((r) => r.isDeciding).map((r) => r.id)).toEqual([self.id]);
    // The cached ranking of the old deciding round must not be served for the default.
    const after = await call<RankingView>(services, 'ranking.compute', { campaignId });
    expect(after).toMatchObject({ roundId: self.id, roundName: '支部自评' });
    expect(after.rows.every((r) => r.status !== 'rated')).toBe(true);
    expect(trail('set-deciding-round')).toEqual([
      { entity_id: campaignId, before: JSON.stringify(county!.id), after: JSON.stringify(self.id) },
    ]);
    // Setting it again changes nothing and is not audited twice.
    await call(services, 'rounds.setDeciding', { roundId: self.id });
    expect(trail('set-deciding-round')).toHaveLength(1);
  });

  it('rejects bad input and unknown ids without writing', async () => {
    const audits = count(services, 'audit_log');
    const bad = [
      ['rounds.create', { campaignId, kind: 'final', name: '终审' }],
      ['rounds.create', { campaignId, kind: 'self', name: '   ' }],
      ['rounds.create', { campaignId, kind: 'self', name: 'x'.repeat(101) }],
      ['rounds.create', { campaignId, kind: 'self', name: '自评', seq: 1 }],
      ['rounds.update', { roundId: 'r1', name: '自评' }],
      ['rounds.update', { roundId: campaignId, conflictScope: 'village' }],
      ['rounds.reorder', { campaignId, roundIds: [] }],
      ['rounds.delete', { roundId: campaignId, force: true }],
      ['rounds.setDeciding', { roundId: campaignId, extra: 1 }],
    ] as const;
    for (const [method, input] of bad) {
      expect((await failure(services, method, input)).code, method).toBe('INVALID_INPUT');
    }
    const missing = crypto.randomUUID();
    expect(await failure(services, 'rounds.setDeciding', { roundId: missing })).toMatchObject({
      code: 'NOT_FOUND',
      details: { entity: 'round' },
    });
    expect(await failure(services, 'rounds.list', { campaignId: missing })).toMatchObject({
      code: 'NOT_FOUND',
      details: { entity: 'campaign' },
    });
    expect(
      (await failure(services, 'rounds.create', { campaignId: missing, kind: 'self', name: 'a' }))
        .code,
    ).toBe('NOT_FOUND');
    expect(count(services, 'rounds')).toBe(1);
    expect(count(services, 'audit_log')).toBe(audits);
  });
});
