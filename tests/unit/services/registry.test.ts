import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { METHOD_NAMES } from '../../../shared/api';
import { handlers } from '../../../electron/services/handlers';
import type { Handlers } from '../../../electron/services/registry';
import { createRegistry } from '../../../electron/services/registry';
import type { AppServices } from '../../../electron/services/app';
import { count, tempDir, testServices } from '../support';

let tmp: ReturnType<typeof tempDir>;
let services: AppServices;
beforeEach(() => {
  tmp = tempDir();
  services = testServices(join(tmp.dir, 'r.sqlite'));
});
afterEach(() => {
  services.close();
  tmp.cleanup();
});

/** Every table's row count, to prove a refused call wrote nothing. */
function snapshot(): Record<string, number> {
  const names = services.ctx.db
    .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
    .all() as { name: string }[];
  return Object.fromEntries(names.map(({ name }) => [name, count(services, name)]));
}

function counties(): { id: string }[] {
  return services.ctx.db.prepare("SELECT id FROM org_units WHERE kind = 'county'").all() as {
    id: string;
  }[];
}

describe('registry', () => {
  it('answers a valid call with ok and data', async () => {
    const result = await services.registry.call('campaigns.list', {});
    expect(result.ok).toBe(true);
    expect(result.ok && Array.isArray(result.data) && result.data.length).toBe(1);
  });

  it('creates a campaign through the registry and audits it', async () => {
    const rubric = services.ctx.db.prepare('SELECT id FROM rubric_versions').get() as {
      id: string;
    };
    const county = await services.registry.call('counties.create', { name: '青山县' });
    expect(county).toMatchObject({ ok: true, data: { name: '青山县', isDemo: false } });
    const result = await services.registry.call('campaigns.create', {
      name: '  青山县2026年度评定 ',
      year: 2026,
      countyId: county.ok ? (county.data as { id: string }).id : '',
      rubricVersionId: rubric.id,
    });
    expect(result).toMatchObject({
      ok: true,
      data: { name: '青山县2026年度评定', branchCount: 0, countyName: '青山县' },
    });
    // The demo's own entry, the county's and the campaign's.
    expect(count(services, 'audit_log')).toBe(3);
  });

  it('refuses a real campaign in the demo county, and writes nothing', async () => {
    const rubric = services.ctx.db.prepare('SELECT id FROM rubric_versions').get() as {
      id: string;
    };
    const before = snapshot();
    const result = await services.registry.call('campaigns.create', {
      name: '青山县2026年度评定',
      year: 2026,
      countyId: counties()[0]!.id,
      rubricVersionId: rubric.id,
    });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', details: { reason: 'demoCounty', name: '示例县' } },
    });
    expect(snapshot()).toEqual(before);
  });

  it('refuses an unknown method with UNKNOWN_METHOD', async () => {
    const result = await services.registry.call('campaigns.drop', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });
  });

  it('refuses prototype names that are not methods', async () => {
    for (const name of ['__proto__', 'constructor', 'toString', 'hasOwnProperty']) {
      const result = await services.registry.call(name, {});
      expect(result).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });
    }
  });

  const badInputs: [string, unknown][] = [
    ['wrong type', { name: 42, year: 2026 }],
    ['missing fields', {}],
    [
      'extra key',
      {
        name: 'x',
        year: 2026,
        countyId: '00000000-0000-4000-8000-000000000001',
        rubricVersionId: '00000000-0000-4000-8000-000000000002',
        admin: true,
      },
    ],
    [
      '__proto__ key',
      JSON.parse('{"__proto__": {"polluted": 1}, "name": "x", "year": 2026}') as unknown,
    ],
    [
      'huge string',
      {
        name: 'x'.repeat(100_000),
        year: 2026,
        countyId: '00000000-0000-4000-8000-000000000001',
        rubricVersionId: '00000000-0000-4000-8000-000000000002',
      },
    ],
    [
      'year out of range',
      {
        name: 'x',
        year: 1800,
        countyId: '00000000-0000-4000-8000-000000000001',
        rubricVersionId: '00000000-0000-4000-8000-000000000002',
      },
    ],
    ['not an object', 'DROP TABLE campaigns'],
    ['null', null],
  ];

  it.each(badInputs)(
    'refuses invalid input (%s) with INVALID_INPUT and writes nothing',
    async (_label, input) => {
      const before = snapshot();
      const result = await services.registry.call('campaigns.create', input);
      expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
      expect(snapshot()).toEqual(before);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    },
  );

  it('names the offending field in the error', async () => {
    const result = await services.registry.call('campaigns.overview', { id: 'not-a-uuid' });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', details: { path: 'id' } },
    });
  });

  it('answers NOT_FOUND for a well-formed id that does not exist, and writes nothing', async () => {
    const before = snapshot();
    const result = await services.registry.call('campaigns.delete', {
      id: '11111111-1111-4111-8111-111111111111',
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(snapshot()).toEqual(before);
  });

  it('turns unexpected exceptions into INTERNAL without leaking their text', async () => {
    const broken: Handlers = {
      ...handlers,
      'campaigns.list': () => {
        throw new Error('secret path /etc/x');
      },
    };
    const registry = createRegistry(broken, services.ctx);
    const result = await registry.call('campaigns.list', {});
    expect(result).toEqual({ ok: false, error: { code: 'INTERNAL', message: 'Internal error' } });
  });

  it('refuses to start when a handler is missing or unknown', () => {
    const { ['campaigns.list']: _dropped, ...missing } = handlers;
    expect(() => createRegistry(missing as Handlers, services.ctx)).toThrow(
      /Missing: campaigns.list/,
    );
    const extra = { ...handlers, 'campaigns.nuke': () => null } as unknown as Handlers;
    expect(() => createRegistry(extra, services.ctx)).toThrow(/unknown: campaigns.nuke/);
  });

  it('lists exactly the contract methods', () => {
    expect([...services.registry.methods].sort()).toEqual([...METHOD_NAMES].sort());
    expect(Object.keys(handlers).sort()).toEqual([...METHOD_NAMES].sort());
  });

  it('remembers the language preference', async () => {
    expect(await services.registry.call('preferences.get', {})).toEqual({
      ok: true,
      data: { language: 'zh-CN', operatorName: null },
    });
    await services.registry.call('preferences.update', { language: 'en' });
    expect(await services.registry.call('preferences.get', {})).toEqual({
      ok: true,
      data: { language: 'en', operatorName: null },
    });
    const bad = await services.registry.call('preferences.update', { language: 'fr' });
    expect(bad).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });
});
