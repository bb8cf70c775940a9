import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppServices } from '../../../electron/services/app';
import { METHOD_NAMES } from '../../../shared/api';
import { call, tempDir, testServices } from '../support';

/**
 * Row 11 of the reliability table: the API given wrong input. Every method of the contract is
 * sent values no caller should send — wrong types, unknown keys, a `__proto__` key as JSON
 * carries it, strings of a megabyte — and must refuse each before its handler runs, naming the
 * method, with not one row of the database changed. Unknown method names, including the names
 * of Object.prototype's members, are refused too.
 */

const HUGE = 'x'.repeat(1_000_000);

/** Inputs no method accepts, each with a name for the failure message. */
const BAD_INPUTS: [string, () => unknown][] = [
  ['null', () => null],
  ['a number', () => 42],
  ['a string', () => 'campaigns'],
  ['an array', () => [{}]],
  ['a boolean', () => true],
  ['an unknown key', () => ({ unexpectedKey: 1 })],
  ['a __proto__ key from JSON', () => JSON.parse('{"__proto__": {"polluted": true}}') as unknown],
  ['a constructor key', () => ({ constructor: { prototype: { polluted: true } } })],
  [
    'megabyte strings under common names beside an unknown key',
    () => ({ id: HUGE, campaignId: HUGE, name: HUGE, reason: HUGE, unexpectedKey: HUGE }),
  ],
];

const UNKNOWN_METHODS = ['campaigns.nope', '__proto__', 'constructor', 'toString', '', HUGE];

let temp: ReturnType<typeof tempDir>;
let services: AppServices;

/** Row counts of every table: what "nothing written" is checked against. */
function rowCounts(): Record<string, number> {
  const tables = services.ctx.db
    .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
    .all() as { name: string }[];
  return Object.fromEntries(
    tables.map(({ name }) => [
      name,
      (services.ctx.db.prepare(`SELECT count(*) AS n FROM "${name}"`).get() as { n: number }).n,
    ]),
  );
}

beforeAll(async () => {
  temp = tempDir();
  services = testServices(`${temp.dir}/青山县.sqlite`, false);
  // Something to lose: a county with a township, so a stray write would show in the counts.
  const county = await call<{ id: string }>(services, 'counties.create', { name: '青山县' });
  await call(services, 'branchRegistry.addTownship', {
    countyId: county.id,
    name: '云溪镇',
    kind: 'township',
  });
});

afterAll(() => {
  services.close();
  temp.cleanup();
});

describe('the API given wrong input', () => {
  it.each(BAD_INPUTS)('refuses %s on every method, writing nothing', async (_what, input) => {
    const before = rowCounts();
    const accepted: string[] = [];
    for (const method of METHOD_NAMES) {
      const result = await services.registry.call(method, input());
      if (result.ok) accepted.push(method);
      else {
        expect(result.error.code, method).toBe('INVALID_INPUT');
        expect(result.error.message, method).toContain(method);
      }
    }
    expect(accepted).toEqual([]);
    expect(rowCounts()).toEqual(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses unknown methods, Object.prototype members among them', async () => {
    const before = rowCounts();
    for (const method of UNKNOWN_METHODS) {
      const result = await services.registry.call(method, {});
      expect(result.ok, method.slice(0, 20)).toBe(false);
      if (!result.ok) {
        expect(result.error.code).toBe('UNKNOWN_METHOD');
        expect(result.error.message.length).toBeLessThan(200);
      }
    }
    expect(rowCounts()).toEqual(before);
  });
});
