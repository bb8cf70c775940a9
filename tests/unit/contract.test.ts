import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { contract, METHOD_NAMES } from '../../shared/api';
import { mergeContracts } from '../../shared/api/merge';
import { method } from '../../shared/api/method';
import { rankingContract } from '../../shared/api/ranking';
import { sheetsContract } from '../../shared/api/sheets';

const entry = method(z.strictObject({})).returns<number>();

describe('merging the contract parts', () => {
  it('throws on a method name that two parts list, naming it', () => {
    const first = { 'meetings.list': entry, 'meetings.open': entry };
    const second = { 'meetings.close': entry, 'meetings.open': entry };
    expect(() => mergeContracts(first, second)).toThrow(
      'Contract method meetings.open is listed twice',
    );
  });

  it('keeps every method of every part, each with its own entry', () => {
    const merged = mergeContracts({ 'a.one': entry }, rankingContract);
    expect(Object.keys(merged)).toEqual([
      'a.one',
      'ranking.compute',
      'ranking.page',
      'ranking.explain',
    ]);
    expect(merged['ranking.compute']).toBe(rankingContract['ranking.compute']);
  });

  it('the app’s contract is its parts, merged: every part’s methods, none lost', () => {
    for (const name of Object.keys(sheetsContract)) expect(METHOD_NAMES).toContain(name);
    expect(contract['scores.save']).toBe(sheetsContract['scores.save']);
    expect(new Set(METHOD_NAMES).size).toBe(METHOD_NAMES.length);
  });
});
