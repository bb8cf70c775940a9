import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AuditEntryView, EvaluatorView } from '../../../shared/domain/views';
import type { ApiErrorPayload } from '../../../shared/errors';
import type { AppServices } from '../../../electron/services/app';
import { listCampaignSummaries } from '../../../electron/services/campaigns/service';
import { call as callApi, count, failure as failureApi, tempDir, testServices } from '../support';

let tmp: ReturnType<typeof tempDir>;
let services: AppServices;
let campaignId: string;
let townshipId: string;
beforeEach(() => {
  tmp = tempDir();
  services = testServices(join(tmp.dir, 'evaluators.sqlite'));
  campaignId = listCampaignSummaries(services.ctx)[0]!.id;
  townshipId = (
    services.ctx.db.prepare("SELECT id FROM org_units WHERE name = '柳林镇'").get() as {
      id: string;
    }
  ).id;
});
afterEach(() => {
  services.close();
  tmp.cleanup();
});

const call = <T>(method: string, input: unknown): Promise<T> => callApi<T>(services, method, input);

const failure = (method: string, input: unknown): Promise<ApiErrorPayload> =>
  failureApi(services, method, input);

function trail(entityId: string): AuditEntryView[] {
  return (
    services.ctx.db
      .prepare('SELECT action, before, after FROM audit_log WHERE entity_id = ? ORDER BY seq')
      .all(entityId) as { action: string; before: string | null; after: string | null }[]
  ).map((row) => ({
    action: row.action,
    before: row.before === null ? null : (JSON.parse(row.before) as unknown),
    after: row.after === null ? null : (JSON.parse(row.after) as unknown),
  })) as AuditEntryView[];
}

describe('evaluators', () => {
  it('lists the demo evaluators with their county unit', async () => {
    const list = await call<EvaluatorView[]>('evaluators.list', { campaignId });
    expect(list.map((e) => e.name)).toEqual(['刘卫东', '陈静', '王志强']);
    expect(list[0]).toMatchObject({ role: '组织部干部', unitName: '示例县', unitKind: 'county' });
    // The demo assigns each of them the branches they have sheets for.
    const sheets = services.ctx.db
      .prepare('SELECT round_id, count(*) AS n FROM score_sheets WHERE evaluator_id = ? GROUP BY 1')
      .all(list[0]!.id) as { round_id: string; n: number }[];
    expect(sheets).toHaveLength(1);
    expect(list[0]!.assignedBranches).toEqual([
      { roundId: sheets[0]!.round_id, count: sheets[0]!.n },
    ]);
  });

  it('creates an evaluator in the campaign, from a township, and audits it', async () => {
    const created = await call<EvaluatorView>('evaluators.create', {
      campaignId,
      name: '  赵乡干 ',
      role: '乡镇组织委员',
      unitId: townshipId,
    });
    expect(created).toMatchObject({ name: '赵乡干', unitName: '柳林镇', unitKind: 'township' });
    expect((await call<EvaluatorView[]>('evaluators.list', { campaignId })).length).toBe(4);
    expect(trail(created.id)).toEqual([
      {
        action: 'create-evaluator',
        before: null,
        after: { campaignId, name: '赵乡干', role: '乡镇组织委员', unitId: townshipId },
      },
    ]);
  });

  it('updates only the fields given and audits before and after', async () => {
    const created = await call<EvaluatorView>('evaluators.create', {
      campaignId,
      name: '赵乡干',
      role: '',
      unitId: null,
    });
    const updated = await call<EvaluatorView>('evaluators.update', {
      id: created.id,
      role: '乡镇组织委员',
      unitId: townshipId,
    });
    expect(updated).toMatchObject({ name: '赵乡干', role: '乡镇组织委员', unitId: townshipId });
    expect(trail(created.id).at(-1)).toEqual({
      action: 'update-evaluator',
      before: { name: '赵乡干', role: '', unitId: null },
      after: { name: '赵乡干', role: '乡镇组织委员', unitId: townshipId },
    });
  });

  it('rejects wrong payloads and unknown ids without writing', async () => {
    const evaluators = count(services, 'evaluators');
    const audits = count(services, 'audit_log');
    const base = { campaignId, name: '某人', role: '', unitId: null };
    expect((await failure('evaluators.create', { ...base, name: ' ' })).code).toBe('INVALID_INPUT');
    expect((await failure('evaluators.create', { ...base, extra: 1 })).code).toBe('INVALID_INPUT');
    expect((await failure('evaluators.create', { ...base, unitId: 'x' })).code).toBe(
      'INVALID_INPUT',
    );
    expect(
      (await failure('evaluators.create', { ...base, unitId: crypto.randomUUID() })).code,
    ).toBe('NOT_FOUND');
    expect(
      (await failure('evaluators.create', { ...base, campaignId: crypto.randomUUID() })).code,
    ).toBe('NOT_FOUND');
    expect((await failure('evaluators.update', { id: crypto.randomUUID() })).code).toBe(
      'NOT_FOUND',
    );
    expect((await failure('evaluators.list', {})).code).toBe('INVALID_INPUT');
    expect(count(services, 'evaluators')).toBe(evaluators);
    expect(count(services, 'audit_log')).toBe(audits);
  });

  it('refuses a unit outside the campaign county', async () => {
    const at = services.ctx.now();
    services.ctx.db.exec(`
      INSERT INTO org_units (id, kind, name, created_at)
      VALUES ('00000000-0000-4000-8000-0000000000aa', 'county', '别县', '${at}')`);
    const error = await failure('evaluators.create', {
      campaignId,
      name: '外县人',
      role: '',
      unitId: '00000000-0000-4000-8000-0000000000aa',
    });
    expect(error).toMatchObject({ code: 'INVALID_INPUT', details: { path: 'unitId' } });
  });
});
