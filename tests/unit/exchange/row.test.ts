import { describe, expect, it } from 'vitest';
import type { RowOp } from '../../../electron/services/exchange/row';
import { rowState } from '../../../electron/services/exchange/row';

/** The conflict rule on a row's operations (`row.ts`): cells, existence, heads, quiet columns. */
const op = (
  id: string,
  bases: string[],
  vals: Record<string, unknown> | null,
  actor = '王芳',
): RowOp => ({ op: id, bases, vals, actor });

const insert = op('a/1', [], { points: 3, remark: '', updated_at: 't0' });

describe('a row from its operations', () => {
  it('applies an edit made on what its writer saw, with no conflict', () => {
    const state = rowState([insert, op('b/1', ['a/1'], { points: 4 })]);
    expect(state.values).toEqual({ points: 4, remark: '', updated_at: 't0' });
    expect(state.heads).toEqual(['b/1']);
    expect([...state.cells.values()].every((cell) => cell.conflict.length === 0)).toBe(true);
  });

  it('sees no conflict when two laptops changed different columns apart', () => {
    const state = rowState([
      insert,
      op('b/1', ['a/1'], { points: 4 }, '李娜'),
      op('c/1', ['a/1'], { remark: '实地查看' }, '陈刚'),
    ]);
    expect(state.values).toMatchObject({ points: 4, remark: '实地查看' });
    expect(state.heads).toEqual(['b/1', 'c/1']);
    expect(state.cells.get('points')?.conflict).toEqual([]);
    expect(state.cells.get('remark')?.conflict).toEqual([]);
  });

  it('marks the same column changed apart to different values 待裁定, the later shown', () => {
    const state = rowState([
      insert,
      op('b/1', ['a/1'], { points: 4 }, '李娜'),
      op('c/1', ['a/1'], { points: 5 }, '陈刚'),
    ]);
    expect(state.values?.points).toBe(5);
    expect(state.cells.get('points')?.conflict.map((side) => [side.value, side.actor])).toEqual([
      ['5', '陈刚'],
      ['4', '李娜'],
    ]);
  });

  it('settles the conflict with an edit that saw both sides, even through another column', () => {
    const ops = [
      insert,
      op('b/1', ['a/1'], { points: 4 }),
      op('c/1', ['a/1'], { points: 5 }),
      // A later edit of the remark saw both heads; then the choice of 4.
      op('d/1', ['b/1', 'c/1'], { points: 4 }),
    ];
    const state = rowState(ops);
    expect(state.values?.points).toBe(4);
    expect(state.cells.get('points')?.conflict).toEqual([]);
    expect(state.heads).toEqual(['d/1']);
  });

  it('shows a delete on one laptop against an edit on another as a conflict of existence', () => {
    const state = rowState([insert, op('b/1', ['a/1'], null), op('c/1', ['a/1'], { points: 4 })]);
    expect(
      state.cells
        .get('$exists')
        ?.conflict.map((side) => side.value)
        .sort(),
    ).toEqual(['0', '1']);
    // The later stamp wins: the edit, so the row is kept with it.
    expect(state.values?.points).toBe(4);
    expect(state.lastValues.points).toBe(4);
  });

  it('deletes the row when the delete saw the latest edit', () => {
    const state = rowState([insert, op('b/1', ['a/1'], { points: 4 }), op('c/1', ['b/1'], null)]);
    expect(state.values).toBeNull();
    expect(state.cells.get('$exists')?.conflict).toEqual([]);
  });

  it('lets the latest bookkeeping value win without a conflict in quiet columns', () => {
    const state = rowState(
      [insert, op('b/1', ['a/1'], { updated_at: 't1' }), op('c/1', ['a/1'], { updated_at: 't2' })],
      new Set(['updated_at']),
    );
    expect(state.values?.updated_at).toBe('t2');
    expect(state.cells.get('updated_at')?.conflict).toEqual([]);
  });

  it('is the same whatever order the operations come in', () => {
    const ops = [
      insert,
      op('b/1', ['a/1'], { points: 4 }),
      op('c/1', ['a/1'], { points: 5, remark: '复核' }),
      op('d/1', ['b/1'], null),
    ];
    const expected = rowState(ops);
    for (const order of [
      [3, 2, 1, 0],
      [2, 0, 3, 1],
      [1, 3, 0, 2],
    ]) {
      const state = rowState(order.map((index) => ops[index]!));
      expect(state.values).toEqual(expected.values);
      expect(state.heads).toEqual(expected.heads);
      expect([...state.cells.entries()].sort()).toEqual([...expected.cells.entries()].sort());
    }
  });
});
