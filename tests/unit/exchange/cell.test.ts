import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CellOp } from '../../../electron/services/exchange/cell';
import { basesForEdit, cellState } from '../../../electron/services/exchange/cell';

const stamp = (minute: number, replica: string) =>
  `2026-12-04T08:${String(minute).padStart(2, '0')}:00.000Z-0000-${replica.repeat(16)}`;

function op(hlc: string, value: string | null, bases: string[], actor = '李明'): CellOp {
  return { hlc, value, bases, actor };
}

// The county (replica a) sets a score; the township (b) and the county change it apart.
const original = op(stamp(1, 'a'), '8', [], '县委组织部 王芳');
const township = op(stamp(5, 'b'), '9', [original.hlc], '云溪镇 李明');
const county = op(stamp(3, 'a'), '7', [original.hlc], '县委组织部 王芳');

describe('the conflict rule for one cell', () => {
  it('settles an edit made on the value it saw: no conflict, the edit wins', () => {
    const state = cellState([original, township]);
    expect(state.winner).toBe(township);
    expect(state.conflict).toEqual([]);
  });

  it('marks two edits made apart to different values 待裁定, the later stamp shown', () => {
    const state = cellState([original, county, township]);
    expect(state.winner.value).toBe('9');
    expect(state.conflict.map((o) => [o.value, o.actor])).toEqual([
      ['9', '云溪镇 李明'],
      ['7', '县委组织部 王芳'],
    ]);
  });

  it('sees no conflict when both laptops changed the cell to the same value', () => {
    const same = op(stamp(4, 'a'), '9', [original.hlc]);
    expect(cellState([original, same, township]).conflict).toEqual([]);
  });

  it('is resolved by choosing A, B or a new value: one edit naming every head', () => {
    const state = cellState([original, county, township]);
    for (const chosen of ['7', '9', '8.5']) {
      const resolution = op(stamp(9, 'a'), chosen, basesForEdit(state), '县委组织部 王芳');
      const after = cellState([original, county, township, resolution]);
      expect(after.conflict).toEqual([]);
      expect(after.winner.value).toBe(chosen);
    }
    // Naming only one head leaves the other one disagreeing.
    const partial = op(stamp(9, 'a'), '7', [county.hlc]);
    expect(cellState([original, county, township, partial]).conflict).toHaveLength(2);
  });

  it('is the same whatever order the operations arrived in, and however often', () => {
    const resolution = op(stamp(9, 'c'), '6', [county.hlc, township.hlc]);
    const later = op(stamp(7, 'c'), null, [township.hlc]);
    const all = [original, county, township, resolution, later];
    const expected = cellState(all);
    fc.assert(
      fc.property(
        fc.shuffledSubarray(all, { minLength: all.length, maxLength: all.length }),
        fc.array(fc.constantFrom(...all), { maxLength: 5 }),
        (order, repeats) => {
          expect(cellState([...order, ...repeats])).toEqual(expected);
        },
      ),
      { numRuns: 100 },
    );
    expect(expected.winner).toBe(resolution);
    expect(expected.conflict.map((o) => o.value)).toEqual(['6', null]);
  });
});
