import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AppServices } from '../../../electron/services/app';
import { roundComparison } from '../../../electron/services/progress/comparison';
import type { CampaignOverview } from '../../../shared/domain/views';
import type { RoundView } from '../../../shared/domain/views/rounds';
import { count, tempDir, testServices } from '../support';
import type { Fixture } from '../progress/fixture';
import { buildFixture } from '../progress/fixture';
import { call, failure, row } from './helpers';

/** 测试县 with a self round (1) and the deciding county round (2), both with sheets. */
let tmp: ReturnType<typeof tempDir>;
let services: AppServices;
let f: Fixture;
beforeEach(() => {
  tmp = tempDir();
  services = testServices(join(tmp.dir, 'round-order.sqlite'), false);
  f = buildFixture(services);
});
afterEach(() => {
  services.close();
  tmp.cleanup();
});

async function names(): Promise<string[]> {
  const rounds = await call<RoundView[]>(services, 'rounds.list', { campaignId: f.campaignId });
  return rounds.map((r) => `${r.seq}:${r.name}`);
}

async function addRound(kind: RoundView['kind'], name: string): Promise<RoundView> {
  return call<RoundView>(services, 'rounds.create', { campaignId: f.campaignId, kind, name });
}

describe('round order', () => {
  it('reorders the rounds; every screen lists them in the new order', async () => {
    const town = await addRound('township', '乡镇初评');
    await call(services, 'rounds.reorder', {
      campaignId: f.campaignId,
      roundIds: [f.selfRound, town.id, f.countyRound],
    });
    expect(await names()).toEqual(['1:自评', '2:乡镇初评', '3:县级审核']);
    const overview = await call<CampaignOverview>(services, 'campaigns.overview', {
      id: f.campaignId,
    });
    expect(overview.rounds.map((r) => r.name)).toEqual(['自评', '乡镇初评', '县级审核']);
    expect(
      roundComparison(services.ctx, { campaignId: f.campaignId }).rounds.map((r) => r.name),
    ).toEqual(['自评', '乡镇初评', '县级审核']);
    const audit = row<{ before: string; after: string }>(
      services,
      "SELECT before, after FROM audit_log WHERE action = 'reorder-rounds'",
    );
    expect(JSON.parse(audit.before)).toEqual(['自评', '县级审核', '乡镇初评']);
    expect(JSON.parse(audit.after)).toEqual(['自评', '乡镇初评', '县级审核']);
  });

  it('refuses an order that does not name exactly the campaign’s rounds', async () => {
    const town = await addRound('township', '乡镇初评');
    const audits = count(services, 'audit_log');
    for (const roundIds of [
      [f.countyRound, f.selfRound],
      [f.countyRound, f.selfRound, f.selfRound],
      [f.countyRound, f.selfRound, town.id, crypto.randomUUID()],
    ]) {
      expect(
        await failure(services, 'rounds.reorder', { campaignId: f.campaignId, roundIds }),
      ).toMatchObject({ code: 'CONFLICT', details: { reason: 'stale-order' } });
    }
    expect(await names()).toEqual(['1:自评', '2:县级审核', '3:乡镇初评']);
    expect(count(services, 'audit_log')).toBe(audits);
  });
});

describe('deleting a round', () => {
  it('deletes a round without sheets, with its assignments, and numbers the rest again', async () => {
    const town = await addRound('township', '乡镇初评');
    await call(services, 'rounds.reorder', {
      campaignId: f.campaignId,
      roundIds: [town.id, f.selfRound, f.countyRound],
    });
    await call(services, 'assignments.assignTownship', {
      roundId: town.id,
      evaluatorId: f.ea,
      townshipId: f.t1,
    });
    await call(services, 'rounds.delete', { roundId: town.id });
    expect(await names()).toEqual(['1:自评', '2:县级审核']);
    expect(
      row<{ n: number }>(
        services,
        'SELECT count(*) AS n FROM assignments WHERE round_id = ?',
        town.id,
      ).n,
    ).toBe(0);
    const audit = row<{ entity_id: string; before: string }>(
      services,
      "SELECT entity_id, before FROM audit_log WHERE action = 'delete-round'",
    );
    expect(audit.entity_id).toBe(town.id);
    expect(JSON.parse(audit.before)).toMatchObject({
      name: '乡镇初评',
      kind: 'township',
      assignments: 2,
      deciding: false,
    });
  });

  it('refuses a round with sheets, and the deciding round while others exist', async () => {
    expect(await failure(services, 'rounds.delete', { roundId: f.selfRound })).toMatchObject({
      code: 'CONFLICT',
      details: { reason: 'round-has-sheets', count: 2 },
    });
    // An empty deciding round: the ranking would have to guess which round to use instead.
    const fresh = await addRound('other', '复核');
    await call(services, 'rounds.setDeciding', { roundId: fresh.id });
    expect(await failure(services, 'rounds.delete', { roundId: fresh.id })).toMatchObject({
      code: 'CONFLICT',
      details: { reason: 'deciding-round' },
    });
    expect(await names()).toEqual(['1:自评', '2:县级审核', '3:复核']);
  });

  it('deletes a campaign’s only round, leaving it without a deciding round until the next', async () => {
    const campaign = await call<{ id: string }>(services, 'campaigns.create', {
      name: '测试县2026年度评定',
      year: 2026,
      countyId: row<{ id: string }>(services, "SELECT id FROM org_units WHERE kind = 'county'").id,
      rubricVersionId: row<{ id: string }>(services, 'SELECT id FROM rubric_versions').id,
    });
    const [only] = await call<RoundView[]>(services, 'rounds.list', { campaignId: campaign.id });
    await call(services, 'rounds.delete', { roundId: only!.id });
    expect(
      row<{ d: string | null }>(
        services,
        'SELECT deciding_round_id AS d FROM campaigns WHERE id = ?',
        campaign.id,
      ).d,
    ).toBeNull();
    const next = await call<RoundView>(services, 'rounds.create', {
      campaignId: campaign.id,
      kind: 'county',
      name: '县级审核',
    });
    expect(next).toMatchObject({ seq: 1, isDeciding: true });
  });
});

describe('changing a round’s kind', () => {
  it('keeps a round with sheets of its kind from becoming another kind that refuses them', async () => {
    expect(
      await failure(services, 'rounds.update', { roundId: f.selfRound, kind: 'county' }),
    ).toMatchObject({ code: 'CONFLICT', details: { reason: 'kind-has-sheets', count: 2 } });
    expect(
      await failure(services, 'rounds.update', { roundId: f.countyRound, kind: 'self' }),
    ).toMatchObject({ code: 'CONFLICT', details: { reason: 'kind-has-sheets', count: 5 } });
    const town = await addRound('township', '乡镇初评');
    await call(services, 'assignments.assignTownship', {
      roundId: town.id,
      evaluatorId: f.ea,
      townshipId: f.t2,
    });
    expect(
      await failure(services, 'rounds.update', { roundId: town.id, kind: 'self' }),
    ).toMatchObject({ code: 'CONFLICT', details: { reason: 'kind-has-assignments', count: 1 } });
    // Between review kinds the change is free, and the conflict rule follows the new kind.
    const county = await call<RoundView>(services, 'rounds.update', {
      roundId: town.id,
      kind: 'county',
    });
    expect(county).toMatchObject({ kind: 'county', conflictScope: 'township' });
  });
});
