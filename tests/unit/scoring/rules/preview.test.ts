import { describe, expect, it } from 'vitest';
import { previewSheet } from '../../../../shared/scoring';
import { rubric } from './build';

const r = rubric([
  {
    code: 'A',
    passLine: 1500,
    items: [
      { code: 'P' },
      { code: 'Q' },
      { code: 'G', type: 'gate', max: 0, gate: { effect: 'cancel-star', min: 9000 } },
    ],
  },
  { code: 'B', passLine: 500, items: [{ code: 'R' }] },
]);

describe('one sheet previewed while it is filled in', () => {
  it('keeps the result blank but gives the sums entered so far', () => {
    const { result, soFar } = previewSheet(r, 'b', { P: { points: 800 }, R: { points: 600 } });
    expect(result).toMatchObject({ status: 'incomplete', total: null, dimensions: [] });
    expect(result.missing.map((m) => m.item)).toEqual(['Q', 'G']);
    expect(soFar.dimensions.map((d) => d.score)).toEqual([800, 600]);
    expect(soFar.total).toBe(1400);
  });

  it('is the result itself once every item is entered', () => {
    const preview = previewSheet(r, 'b', {
      P: { points: 800 },
      Q: { points: 900 },
      G: { fact: 9500 },
      R: { points: 600 },
    });
    expect(preview.result).toMatchObject({ status: 'rated', total: 2300, level: 2 });
    expect(preview.soFar).toBe(preview.result);
  });
});
