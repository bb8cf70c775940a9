import { describe, expect, it } from 'vitest';
import type { Preferences } from '../../../shared/domain/views';
import { startServices } from '../../../electron/services/app';
import { computeRanking } from '../../../electron/services/ranking/service';
import { call, count, failure } from '../support';
import { useEmptyServices } from './qingshan';

describe('before anyone gives a name', () => {
  const services = useEmptyServices(null);

  it('refuses every audited change with OPERATOR_REQUIRED and writes nothing', async () => {
    expect(await call<Preferences>(services(), 'preferences.get', {})).toEqual({
      language: 'zh-CN',
      operatorName: null,
    });
    expect(await failure(services(), 'counties.create', { name: '青山县' })).toMatchObject({
      code: 'OPERATOR_REQUIRED',
    });
    expect(await failure(services(), 'campaigns.createDemo', {})).toMatchObject({
      code: 'OPERATOR_REQUIRED',
    });
    expect(count(services(), 'org_units')).toBe(0);
    expect(count(services(), 'audit_log')).toBe(0);
  });

  it('still lets the language be chosen, which changes nothing anyone must answer for', async () => {
    expect(await call(services(), 'preferences.update', { language: 'en' })).toEqual({
      language: 'en',
      operatorName: null,
    });
  });
});

describe('the operator', () => {
  const services = useEmptyServices(null);

  it('is remembered in the data file and named on every audit entry, never the host', async () => {
    expect(await call(services(), 'preferences.update', { operatorName: '  王芳 ' })).toMatchObject(
      { operatorName: '王芳' },
    );
    await call(services(), 'counties.create', { name: '青山县' });
    await call(services(), 'preferences.update', { operatorName: '李强' });
    await call(services(), 'campaigns.createDemo', {});
    const actors = services()
      .ctx.db.prepare('SELECT actor, action, entity FROM audit_log ORDER BY seq')
      .all() as { actor: string; action: string; entity: string }[];
    expect(actors.slice(0, 3)).toEqual([
      { actor: '王芳', action: 'set-operator', entity: 'app' },
      { actor: '王芳', action: 'create', entity: 'county' },
      { actor: '李强', action: 'set-operator', entity: 'app' },
    ]);
    expect(new Set(actors.slice(3).map((a) => a.actor))).toEqual(new Set(['李强']));
    expect(actors.some((a) => a.actor === 'web')).toBe(false);
    // A decision (a veto resolved) names the operator who recorded it.
    const demo = services().ctx.db.prepare('SELECT id FROM campaigns').get() as { id: string };
    const view = computeRanking(services().ctx, { campaignId: demo.id });
    const vetoed = view.rows.find((r) => r.flags.includes('veto'))!;
    await call(services(), 'vetoes.resolve', {
      roundId: view.roundId,
      branchId: vetoed.branchId,
      itemCode: 'S4.3.4',
      reason: '经县纪委核实,责任不在村党组织',
    });
    expect(services().ctx.db.prepare('SELECT resolved_by FROM veto_resolutions').get()).toEqual({
      resolved_by: '李强',
    });
  });

  it('refuses a name that is empty or hides control characters', async () => {
    for (const operatorName of ['', '   ', 'a\u0000b', 'x'.repeat(41)]) {
      expect(await failure(services(), 'preferences.update', { operatorName })).toMatchObject({
        code: 'INVALID_INPUT',
        details: { path: 'operatorName' },
      });
    }
  });

  it('survives a restart: it belongs to the data file on this laptop', async () => {
    await call(services(), 'preferences.update', { operatorName: '王芳' });
    const again = startServices({
      dbFile: services().ctx.info.dataFile,
      host: 'web',
      version: '0',
    });
    try {
      expect(again.ctx.actor).toBe('王芳');
    } finally {
      again.close();
    }
  });
});
